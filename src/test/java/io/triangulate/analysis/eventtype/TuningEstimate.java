package io.triangulate.analysis.eventtype;

import io.triangulate.eval.Split;
import io.triangulate.model.EventType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A generalisation estimate on the <b>tuning part only</b> of the CASE-2021 snippets (the held-out snippets
 * are skipped before they are read): each tuning snippet is classified with the lexicon cues that fire in it
 * and in at most k tuning snippets in all removed (leave-one-out over rare vocabulary), which mimics a new
 * snippet whose phrasing the lexicon has not seen. Run by hand, not part of the suite:
 * {@code java -cp target/classes:target/test-classes:target/lib/* io.triangulate.analysis.eventtype.TuningEstimate [k] [-v]}.
 */
final class TuningEstimate {
    record Snippet(String id, String text, EventType gold) {}

    public static void main(String[] args) throws Exception {
        String env = System.getenv("TRIANGULATE_DATA");
        if (args.length > 0 && args[0].equals("gva")) {
            // The tuning gun-violence articles not typed ATTACK, with their type (to compare two versions).
            EventTypeClassifier c = EventTypeClassifier.create();
            Path g = Path.of(env != null ? env : "../shared/data").resolve("gva/articles.jsonl");
            for (String line : Files.readAllLines(g, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                var node = io.triangulate.json.Json.mapper().readTree(line);
                String id = node.path("id").asText();
                if (Split.heldOut(id)) continue;
                String title = node.path("title").asText("");
                EventType t = c.classify((title.isBlank() ? "" : title + "\n") + node.path("text").asText(""), "en");
                if (args.length > 1 && args[1].equals(id)) {
                    String text = (title.isBlank() ? "" : title + "\n") + node.path("text").asText("");
                    System.out.println(text.substring(0, Math.min(1500, text.length())));
                    System.out.println(c.explain(text, "en"));
                    System.out.println(c.scores(text, "en").entrySet().stream().filter(e -> e.getValue() > 0.05).toList());
                }
                if (t != EventType.ATTACK && args.length == 1) System.out.println(id + "\t" + t);
            }
            return;
        }
        Path f = Path.of(env != null ? env : "../shared/data").resolve("event-types/case2021-snippets-dev.tsv");
        List<Snippet> tune = new ArrayList<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t");
            if (c.length < 3 || Split.heldOut(c[0].strip())) continue; // held-out: never read
            tune.add(new Snippet(c[0].strip(), c[1], EventType.valueOf(c[2].strip())));
        }
        if (args.length > 0 && args[0].equals("preds")) {
            // Each tuning snippet's gold and predicted type (to compare two versions).
            Lexicon lex = Lexicon.load(Lang.EN);
            for (Snippet s : tune) System.out.println(s.id() + "\t" + s.gold() + "\t" + classify(lex, s.text()));
            return;
        }
        if (args.length > 0 && args[0].equals("folds")) {
            folds(tune, Lexicon.load(Lang.EN), List.of(args).contains("-v"), List.of(args).contains("-w"));
            return;
        }
        int verboseK = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        boolean verbose = List.of(args).contains("-v");
        Lexicon lex = Lexicon.load(Lang.EN);

        // Which cues fire in which snippets.
        List<Set<Cue>> fired = new ArrayList<>();
        Map<Cue, Integer> df = new IdentityHashMap<>();
        for (Snippet s : tune) {
            Set<Cue> cues = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Lexicon.Match m : lex.match(Tokenizer.tokenize(s.text(), Lang.EN))) cues.add(m.cue());
            fired.add(cues);
            for (Cue c : cues) df.merge(c, 1, Integer::sum);
        }
        List<EventType> full = new ArrayList<>();
        for (Snippet s : tune) full.add(classify(lex, s.text()));
        System.out.printf(Locale.ROOT, "tuning (%d snippets): weighted F1 %.3f accuracy %.3f%n", tune.size(),
                weightedF1(tune, full), accuracy(tune, full));
        for (int k = 1; k <= 3; k++) {
            List<EventType> pred = new ArrayList<>();
            for (int i = 0; i < tune.size(); i++) {
                Set<Cue> drop = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Cue c : fired.get(i)) if (df.get(c) <= k) drop.add(c);
                pred.add(drop.isEmpty() ? full.get(i) : classify(lex.without(drop), tune.get(i).text()));
            }
            System.out.printf(Locale.ROOT, "leave-rare-cues-out k=%d: weighted F1 %.3f accuracy %.3f%n", k,
                    weightedF1(tune, pred), accuracy(tune, pred));
            if (k == verboseK) {
                Map<String, Integer> conf = new TreeMap<>();
                for (int i = 0; i < tune.size(); i++) {
                    if (pred.get(i) != tune.get(i).gold()) conf.merge(tune.get(i).gold() + " -> " + pred.get(i), 1, Integer::sum);
                }
                conf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
                if (verbose) {
                    for (int i = 0; i < tune.size(); i++) {
                        Snippet s = tune.get(i);
                        if (pred.get(i) == s.gold()) continue;
                        System.out.println("\n" + s.id() + " gold " + s.gold() + " full " + full.get(i) + " k" + k + " " + pred.get(i));
                        System.out.println("  " + s.text());
                        StringBuilder rare = new StringBuilder();
                        for (Cue c : fired.get(i)) if (df.get(c) <= k) rare.append(" [").append(c.source()).append(']');
                        System.out.println("  rare:" + rare);
                    }
                }
            }
        }
    }

    /** Number of folds of {@link #folds}. */
    static final int FOLDS = 5;

    /** The fold of a tuning snippet: a hash of its id, independent of the held-out split's. */
    static int fold(String id) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(("fold:" + id).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % FOLDS);
    }

    /**
     * The stricter estimate: the tuning snippets split into {@value #FOLDS} folds by a hash of their id; each
     * fold is classified without every cue whose tuning support lies entirely inside that fold (the cue was
     * learnt from those snippets), so a fold is scored as unseen text. Prints the weighted F1 and accuracy over
     * all folds, per fold, the confusions and, with {@code -v}, the snippets it gets wrong with the cues dropped.
     */
    static void folds(List<Snippet> tune, Lexicon lex, boolean verbose, boolean words) {
        List<Set<Cue>> fired = new ArrayList<>();
        Map<Cue, Set<Integer>> foldsOf = new IdentityHashMap<>();
        // With -w, also each word-class member combination on its own ("hurl … stone"): a member added for one
        // snippet was learnt from it as much as a cue was.
        Map<String, Set<Integer>> wordFolds = new java.util.HashMap<>();
        List<Set<String>> firedWords = new ArrayList<>();
        for (Snippet s : tune) {
            Set<Cue> cues = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<String> keys = new java.util.HashSet<>();
            List<Token> tokens = Tokenizer.tokenize(s.text(), Lang.EN);
            for (Lexicon.Match m : lex.match(tokens)) {
                cues.add(m.cue());
                keys.add(Lexicon.wordsKey(m, tokens));
            }
            fired.add(cues);
            firedWords.add(keys);
            for (Cue c : cues) foldsOf.computeIfAbsent(c, x -> new java.util.HashSet<>()).add(fold(s.id()));
            for (String k : keys) wordFolds.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(fold(s.id()));
        }
        List<EventType> pred = new ArrayList<>(Collections.nCopies(tune.size(), (EventType) null));
        List<Set<Cue>> dropped = new ArrayList<>(Collections.nCopies(tune.size(), (Set<Cue>) null));
        for (int f = 0; f < FOLDS; f++) {
            Set<Cue> drop = Collections.newSetFromMap(new IdentityHashMap<>());
            for (var e : foldsOf.entrySet()) if (e.getValue().equals(Set.of(f))) drop.add(e.getKey());
            Set<String> dropWords = new java.util.HashSet<>();
            if (words) for (var e : wordFolds.entrySet()) if (e.getValue().equals(Set.of(f))) dropWords.add(e.getKey());
            Lexicon without = lex.without(drop);
            if (words) without = without.withoutWords(dropWords);
            List<Snippet> gold = new ArrayList<>();
            List<EventType> p = new ArrayList<>();
            for (int i = 0; i < tune.size(); i++) {
                if (fold(tune.get(i).id()) != f) continue;
                EventType t = classify(without, tune.get(i).text());
                pred.set(i, t);
                Set<Cue> d = Collections.newSetFromMap(new IdentityHashMap<>());
                for (Cue c : fired.get(i)) if (drop.contains(c)) d.add(c);
                if (words) for (String k : firedWords.get(i)) if (dropWords.contains(k)) d.add(new Cue(Set.of(), 0, List.of(new Cue.Exact(k)), k));
                dropped.set(i, d);
                gold.add(tune.get(i));
                p.add(t);
            }
            System.out.printf(Locale.ROOT, "  fold %d: %d snippets, %d cues dropped, weighted F1 %.3f accuracy %.3f%n", f,
                    gold.size(), drop.size(), weightedF1(gold, p), accuracy(gold, p));
        }
        System.out.printf(Locale.ROOT, "%d-fold unseen-cue estimate: weighted F1 %.3f accuracy %.3f%n", FOLDS,
                weightedF1(tune, pred), accuracy(tune, pred));
        Map<String, Integer> conf = new TreeMap<>();
        for (int i = 0; i < tune.size(); i++) {
            if (pred.get(i) != tune.get(i).gold()) conf.merge(tune.get(i).gold() + " -> " + pred.get(i), 1, Integer::sum);
        }
        conf.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
        if (!verbose) return;
        for (int i = 0; i < tune.size(); i++) {
            Snippet s = tune.get(i);
            if (pred.get(i) == s.gold()) continue;
            System.out.println("\n" + s.id() + " gold " + s.gold() + " folds " + pred.get(i));
            System.out.println("  " + s.text());
            StringBuilder d = new StringBuilder();
            for (Cue c : dropped.get(i)) d.append(" [").append(c.source()).append(']');
            System.out.println("  dropped:" + d);
        }
    }

    static EventType classify(Lexicon lex, String text) {
        List<Token> tokens = Tokenizer.tokenize(text, Lang.EN);
        double[] s = TypeRules.score(Evidence.of(lex.match(tokens), tokens.size()));
        int best = EventType.OTHER.ordinal();
        for (int i = 0; i < s.length; i++) if (s[i] > s[best]) best = i;
        return EventType.values()[best];
    }

    static double accuracy(List<Snippet> gold, List<EventType> pred) {
        int ok = 0;
        for (int i = 0; i < gold.size(); i++) if (gold.get(i).gold() == pred.get(i)) ok++;
        return ok / (double) gold.size();
    }

    static double weightedF1(List<Snippet> gold, List<EventType> pred) {
        Map<EventType, int[]> c = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) c.put(t, new int[3]);
        for (int i = 0; i < gold.size(); i++) {
            EventType g = gold.get(i).gold(), p = pred.get(i);
            if (g == p) c.get(g)[0]++;
            else {
                c.get(p)[1]++;
                c.get(g)[2]++;
            }
        }
        double sum = 0;
        for (int[] x : c.values()) {
            int support = x[0] + x[2];
            if (support == 0) continue;
            double p = x[0] + x[1] == 0 ? 0 : x[0] / (double) (x[0] + x[1]), r = x[0] / (double) support;
            sum += support * (p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
        return sum / gold.size();
    }
}
