package io.triangulate.bench;

import io.triangulate.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endless, reproducible stream of news articles about new events, made from template incidents (the
 * articles of one real incident). Each synthetic event takes one template incident, a new date (the stream
 * advances at a fixed number of articles per day) and its own perturbation, applied alike to all its
 * articles: every capitalised word that is not a common word is swapped for another from the pool (so
 * victims, streets and towns change), every number is shifted, and sentences are shuffled within
 * paragraphs and a quarter of them dropped (per article). Articles keep their template's publication offsets (clipped to 30 days) and are
 * emitted in publication order. The gold event of each article is known.
 */
public final class SyntheticStream implements Iterator<SyntheticStream.Item> {
    /** One article of the stream with its gold event number. */
    public record Item(Article article, long event) {}

    /** A template: the articles of one real incident, with their publication offsets in days. */
    public record Template(List<String> titles, List<String> texts, List<Integer> offsets, List<String> sources) {}

    private static final Pattern CAP = Pattern.compile("\\b\\p{Lu}[\\p{Ll}'’]{2,}\\b");
    private static final Pattern NUM = Pattern.compile("\\b\\d{1,4}\\b");
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“])");

    private final List<Template> templates;
    private final List<String> pool;
    private final java.util.Set<String> keep;
    private final long total;
    private final int perDay;
    private final LocalDate start;
    private final long seed;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>((a, b) -> a.day != b.day ? Long.compare(a.day, b.day) : Long.compare(a.seq, b.seq));
    private long emitted, events, made, seq;

    private record Pending(long day, long seq, long event, int template, int index) {}

    /**
     * @param templates the template incidents
     * @param pool      replacement words (capitalised words seen in the templates)
     * @param keep      capitalised words never swapped (days, months, common sentence openers)
     * @param total     how many articles to emit
     * @param perDay    articles per day of stream time
     * @param seed      random seed (the stream is reproducible)
     */
    public SyntheticStream(List<Template> templates, List<String> pool, java.util.Set<String> keep, long total, int perDay, long seed) {
        if (templates.isEmpty()) throw new IllegalArgumentException("no template incidents");
        this.templates = templates;
        this.pool = pool;
        this.keep = keep;
        this.total = total;
        this.perDay = perDay;
        this.start = LocalDate.of(2030, 1, 1);
        this.seed = seed;
    }

    @Override public boolean hasNext() { return emitted < total; }

    @Override public Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        // create events until the earliest pending article is not after the current stream day
        while (pending.isEmpty() || pending.peek().day > made / perDay) {
            long day = made / perDay;
            Random r = new Random(seed * 1_000_003L + events);
            int t = r.nextInt(templates.size());
            Template tp = templates.get(t);
            for (int i = 0; i < tp.texts().size(); i++) {
                pending.add(new Pending(day + Math.min(30, tp.offsets().get(i)), seq++, events, t, i));
                made++;
            }
            events++;
        }
        Pending p = pending.poll();
        Item item = new Item(render(p), p.event);
        emitted++;
        return item;
    }

    private Article render(Pending p) {
        Template tp = templates.get(p.template);
        Random ev = new Random(seed * 7_919L + p.event);
        Map<String, String> names = new HashMap<>();
        int shift = 1 + ev.nextInt(9);
        Random art = new Random(seed * 31L + p.seq);
        String title = perturb(tp.titles().get(p.index), names, ev, shift);
        StringBuilder body = new StringBuilder();
        for (String para : tp.texts().get(p.index).split("\n")) {
            List<String> sents = new ArrayList<>(List.of(SENTENCE.split(para)));
            if (sents.size() > 2) Collections.shuffle(sents.subList(1, sents.size()), art);
            for (int k = sents.size() - 1; k >= 1; k--) if (art.nextDouble() < 0.25) sents.remove(k);
            body.append(perturb(String.join(" ", sents), names, ev, shift)).append('\n');
        }
        String text = body.toString().trim();
        if (text.isEmpty()) text = title.isEmpty() ? "(empty)" : title;
        return new Article("x" + emitted, tp.sources().get(p.index), null, title, start.plusDays(p.day), "en", text, "synthetic:" + p.seq);
    }

    private String perturb(String s, Map<String, String> names, Random ev, int shift) {
        if (s == null) return "";
        Matcher m = CAP.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String rep = keep.contains(w) ? w : names.computeIfAbsent(w, k -> pool.get(ev.nextInt(pool.size())));
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        m = NUM.matcher(sb);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group());
            String rep = n >= 1900 && n <= 2100 ? m.group() : Integer.toString(n + shift);
            m.appendReplacement(out, rep);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Capitalised words found in the texts, most frequent first (the replacement pool's source). */
    public static Map<String, Integer> capitalisedWords(List<String> texts) {
        Map<String, Integer> c = new HashMap<>();
        for (String t : texts) {
            Matcher m = CAP.matcher(t);
            while (m.find()) c.merge(m.group(), 1, Integer::sum);
        }
        return c;
    }

    /** Number of events started so far. */
    public long events() { return events; }
}
