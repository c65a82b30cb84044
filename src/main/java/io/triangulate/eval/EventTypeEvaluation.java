package io.triangulate.eval;

import io.triangulate.analysis.eventtype.EventTypeClassifier;
import io.triangulate.model.EventType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Event typing on CASE-2021 Task 2 ({@code event-types/case2021-snippets-dev.tsv}): weighted, micro and macro
 * F1 over the 30 codes, on the tuning and held-out parts (split by snippet id), with a per-type summary
 * (precision, recall, support and the commonest confusion) in the notes.
 */
public final class EventTypeEvaluation implements Evaluation {
    static final String FILE = "event-types/case2021-snippets-dev.tsv";

    @Override public String name() {
        return "case2021";
    }

    @Override public String description() {
        return "event type of CASE-2021 Task 2 snippets (30 codes): weighted / micro / macro F1";
    }

    /** One labelled snippet with the classifier's answer. */
    record Item(String id, String text, EventType gold, EventType predicted, boolean heldOut) {}

    /** Reads the snippets and classifies each one. */
    static List<Item> classify(Path dataDir, EventTypeClassifier c) throws IOException {
        Path f = dataDir.resolve(FILE);
        if (!Files.isRegularFile(f)) throw new NoSuchFileException(f.toString(), null, "CASE-2021 snippets not found");
        List<Item> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t");
            if (cols.length < 3) continue;
            EventType gold;
            try {
                gold = EventType.valueOf(cols[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IOException(f + ":" + (i + 1) + ": unknown type " + cols[2]);
            }
            String id = cols[0].strip();
            items.add(new Item(id, cols[1], gold, c.classify(cols[1], "en"), Split.heldOut(id)));
        }
        return items;
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        EventTypeClassifier c = EventTypeClassifier.create();
        List<Item> all = classify(dataDir, c);
        List<Item> tune = all.stream().filter(i -> !i.heldOut()).toList();
        List<Item> held = all.stream().filter(Item::heldOut).toList();
        Scores sa = Scores.of(all), st = Scores.of(tune), sh = Scores.of(held);
        List<Metric> metrics = List.of(
                Metric.fraction("weighted F1", sa.weightedF1, st.weightedF1, sh.weightedF1, "≥ 0.80"),
                Metric.fraction("micro F1 (accuracy)", sa.microF1, st.microF1, sh.microF1, null),
                Metric.fraction("macro F1", sa.macroF1, st.macroF1, sh.macroF1, null));
        List<Metric> withGva = new ArrayList<>(metrics);
        double[] gva = gvaAttackShare(dataDir, c);
        if (gva != null) withGva.add(Metric.fraction("gva articles typed ATTACK (gun violence)", gva[0], gva[1], gva[2], null));
        metrics = withGva;
        long t0 = System.nanoTime();
        int reps = 0;
        do {
            for (Item i : all) c.classify(i.text(), "en");
            reps++;
        } while (System.nanoTime() - t0 < 1_000_000_000L);
        double perSnippetUs = (System.nanoTime() - t0) / 1e3 / (reps * (double) all.size());
        List<Metric> withSpeed = new ArrayList<>(metrics);
        withSpeed.add(Metric.quantity("time per snippet", perSnippetUs, "µs", null));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%d snippets: %d tuning, %d held out (Split.heldOut(id)); rule-based lexicon classifier, no learned weights",
                all.size(), tune.size(), held.size()));
        notes.addAll(sa.perType());
        return new EvalReport(name(), FILE, withSpeed, notes);
    }

    /**
     * Share of the gun-violence articles of {@code gva/articles.jsonl} (title and text) typed ATTACK: all,
     * tuning and held-out parts by article id; null when the file is absent.
     */
    static double[] gvaAttackShare(Path dataDir, EventTypeClassifier c) throws IOException {
        Path f = dataDir.resolve("gva/articles.jsonl");
        if (!Files.isRegularFile(f)) return null;
        int[] n = new int[3], hit = new int[3];
        try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) continue;
                var node = io.triangulate.json.Json.mapper().readTree(line);
                String id = node.path("id").asText();
                String title = node.path("title").asText("");
                String text = (title.isBlank() ? "" : title + "\n") + node.path("text").asText("");
                boolean attack = c.classify(text, "en") == EventType.ATTACK;
                int part = Split.heldOut(id) ? 2 : 1;
                n[0]++;
                n[part]++;
                if (attack) {
                    hit[0]++;
                    hit[part]++;
                }
            }
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) out[i] = n[i] == 0 ? 0 : hit[i] / (double) n[i];
        return out;
    }

    /** Precision, recall and F1 per type, and their averages. */
    static final class Scores {
        final Map<EventType, int[]> counts = new EnumMap<>(EventType.class); // tp, fp, fn
        final Map<EventType, Map<EventType, Integer>> confusion = new EnumMap<>(EventType.class);
        double weightedF1, microF1, macroF1;

        static Scores of(List<Item> items) {
            Scores s = new Scores();
            for (EventType t : EventType.values()) s.counts.put(t, new int[3]);
            int correct = 0;
            for (Item i : items) {
                if (i.gold() == i.predicted()) {
                    s.counts.get(i.gold())[0]++;
                    correct++;
                } else {
                    s.counts.get(i.predicted())[1]++;
                    s.counts.get(i.gold())[2]++;
                    s.confusion.computeIfAbsent(i.gold(), k -> new EnumMap<>(EventType.class)).merge(i.predicted(), 1, Integer::sum);
                }
            }
            s.microF1 = items.isEmpty() ? 0 : correct / (double) items.size();
            double wsum = 0, msum = 0;
            int present = 0;
            for (EventType t : EventType.values()) {
                int[] c = s.counts.get(t);
                int support = c[0] + c[2];
                if (support == 0) continue;
                double f = f1(c);
                wsum += f * support;
                msum += f;
                present++;
            }
            s.weightedF1 = items.isEmpty() ? 0 : wsum / items.size();
            s.macroF1 = present == 0 ? 0 : msum / present;
            return s;
        }

        static double f1(int[] c) {
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        List<String> perType() {
            List<String> out = new ArrayList<>();
            List<EventType> types = new ArrayList<>(List.of(EventType.values()));
            types.sort(Comparator.comparing(EventType::name));
            for (EventType t : types) {
                int[] c = counts.get(t);
                int support = c[0] + c[2];
                if (support == 0 && c[1] == 0) continue;
                double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
                double r = support == 0 ? 0 : c[0] / (double) support;
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                        "%s: P %.2f R %.2f F1 %.2f (n=%d)", t, p, r, f1(c), support));
                Map<EventType, Integer> conf = confusion.get(t);
                if (conf != null && !conf.isEmpty()) {
                    sb.append("; missed as ");
                    conf.entrySet().stream().sorted(Map.Entry.<EventType, Integer>comparingByValue().reversed()).limit(3)
                            .forEach(e -> sb.append(e.getKey()).append('×').append(e.getValue()).append(' '));
                }
                out.add(sb.toString().strip());
            }
            return out;
        }
    }
}
