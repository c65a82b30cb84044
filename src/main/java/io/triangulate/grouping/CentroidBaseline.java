package io.triangulate.grouping;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain TF-IDF centroid clustering that grouping is measured against: each article (title and text, in
 * arrival order) joins the story whose centroid is most cosine-similar, among the stories updated within
 * the window before its publication date, when the cosine reaches the threshold; otherwise it starts a story.
 * Document frequencies are counted online. No names, places, dates or figures: vocabulary only.
 */
public final class CentroidBaseline {
    private final int windowDays;
    private final double threshold;
    private final Vocabulary vocab = new Vocabulary(2_000_000);
    private final ArrayDeque<Centroid> live = new ArrayDeque<>();
    private int next = 1;

    private static final class Centroid {
        final String id;
        final Map<Integer, Double> sum = new HashMap<>();
        double norm2;
        long last;

        Centroid(String id) { this.id = id; }

        void add(SparseVector v) {
            for (int i = 0; i < v.size(); i++) {
                int id = v.ids()[i];
                double old = sum.getOrDefault(id, 0.0), now = old + v.weights()[i];
                norm2 += now * now - old * old;
                sum.put(id, now);
            }
        }

        double cosine(SparseVector v) {
            double s = 0;
            for (int i = 0; i < v.size(); i++) {
                Double w = sum.get(v.ids()[i]);
                if (w != null) s += w * v.weights()[i];
            }
            return norm2 <= 0 ? 0 : s / Math.sqrt(norm2);
        }
    }

    /**
     * @param windowDays stories not updated within this many days before an article are not compared (7 in the issue)
     * @param threshold  cosine at or above which an article joins a story
     */
    public CentroidBaseline(int windowDays, double threshold) {
        this.windowDays = windowDays;
        this.threshold = threshold;
    }

    /** Adds one article; returns its story id. A null date compares it with every live story. */
    public String add(String title, String text, LocalDate published) {
        Map<Integer, Integer> tf = new HashMap<>();
        if (title != null) for (String t : Tokenizer.tokens(title)) tf.merge(vocab.id("w:" + t), 1, Integer::sum);
        for (String t : Tokenizer.tokens(text)) tf.merge(vocab.id("w:" + t), 1, Integer::sum);
        vocab.countDocument(new ArrayList<>(tf.keySet()));
        Map<Integer, Double> w = new HashMap<>();
        tf.forEach((id, c) -> w.put(id, (1 + Math.log(c)) * vocab.idf(id)));
        SparseVector v = SparseVector.of(w, Integer.MAX_VALUE);
        long day = published == null ? Long.MIN_VALUE : published.toEpochDay();
        if (published != null) {
            // the deque is ordered by last update; drop what fell out of the window
            while (!live.isEmpty() && live.peekFirst().last < day - windowDays) live.pollFirst();
        }
        Centroid best = null;
        double bestSim = -1;
        for (Centroid c : live) {
            if (published != null && c.last != Long.MIN_VALUE && Math.abs(day - c.last) > windowDays) continue;
            double s = c.cosine(v);
            if (s > bestSim) { bestSim = s; best = c; }
        }
        Centroid target;
        if (best != null && bestSim >= threshold) {
            target = best;
            live.remove(best);
        } else {
            target = new Centroid("b" + next++);
        }
        target.add(v);
        target.last = Math.max(target.last == 0 ? Long.MIN_VALUE : target.last, day);
        live.addLast(target);
        return target.id;
    }

    /** Stories currently compared against. */
    public int liveStories() { return live.size(); }

    List<String> liveIds() {
        List<String> out = new ArrayList<>();
        for (Centroid c : live) out.add(c.id);
        return out;
    }
}
