package io.triangulate.grouping;

import io.triangulate.Triangulate;
import io.triangulate.eval.ClusterScores;
import io.triangulate.eval.GoldData;
import io.triangulate.eval.Split;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Developer tool (not a test): analyses gva and ecbplus once as the facade does (undated articles dated by the
 * batch), then groups them under several configurations and prints tuning and held-out figures.
 * Args: dataDir. System property {@code sets}: gva,ecb.
 */
public final class GroupLab {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String sets = System.getProperty("sets", "gva,ecb");
        Triangulate t = Triangulate.create();
        Map<String, String> ggold = new HashMap<>(), egold = new HashMap<>(), etopic = new HashMap<>();
        List<AnalysedArticle> gva = List.of(), ecb = List.of();
        if (sets.contains("gva")) {
            List<Article> arts = new ArrayList<>();
            for (var g : GoldData.gvaArticles(data)) { arts.add(g.article()); ggold.put(g.article().id(), g.incident()); }
            gva = prepare(t, arts);
        }
        if (sets.contains("ecb")) {
            List<Article> arts = new ArrayList<>();
            for (var d : GoldData.ecbplus(data)) { arts.add(d.article()); egold.put(d.article().id(), d.event()); etopic.put(d.article().id(), d.topic()); }
            ecb = prepare(t, arts);
        }
        String why = System.getProperty("why");
        if (why != null) {
            SignatureExtractor ex = new SignatureExtractor(new Vocabulary(2_000_000), 120, 12);
            Map<String, Signature> sig = new java.util.LinkedHashMap<>();
            for (AnalysedArticle a : ecb) sig.put(a.id(), ex.extract(a));
            Scorer sc = Scorer.standard();
            for (String x : sig.keySet()) for (String y : sig.keySet()) {
                if (x.compareTo(y) >= 0 || !etopic.get(x).equals(why) || !etopic.get(y).equals(why)) continue;
                double[] f = sc.features(sig.get(x), sig.get(y));
                System.out.printf(Locale.ROOT, "%s %s %s score %.2f tc %.2f kc %.2f title %.2f dates %d/%d rare %.0f sameDay %.0f gap %.2f near %.0f far %.0f%n",
                        egold.get(x).equals(egold.get(y)) ? "SAME" : "diff", x, y, sc.score(sig.get(x), sig.get(y)), f[0], f[1], f[18],
                        sig.get(x).date(), sig.get(y).date(), f[19], f[6], f[8], f[4], f[5]);
            }
            return;
        }
        Map<String, Supplier<Grouper>> configs = new java.util.LinkedHashMap<>();
        configs.put("default", () -> Grouper.builder().build());
        for (String spec : System.getProperty("cfg", "").split(";")) {
            if (spec.isBlank()) continue;
            configs.put(spec, () -> {
                Grouper.Builder b = Grouper.builder();
                for (String kv : spec.split(",")) {
                    String[] p = kv.split("=");
                    double v = Double.parseDouble(p[1]);
                    switch (p[0]) {
                        case "cc" -> b.centroidCosine(v);
                        case "cent" -> b.centroid(v != 0);
                        case "noaf" -> b.archiveFull(Double.POSITIVE_INFINITY, 2);
                        case "uat" -> b.undatedArchiveThreshold(v);
                        case "uol" -> b.undatedOverLive(v, 1);
                        case "adist" -> b.archiveDistinctive((int) v);
                        case "old" -> b.oldStoryScore(v);
                        case "uol0" -> b.undatedOverLive(v, 0);
                        case "uol2" -> b.undatedOverLive(v, 2);
                        case "uol3" -> b.undatedOverLive(v, 3);
                        case "uad" -> b.undatedArchiveDays((int) v);
                        case "co" -> b.conflictOverride(v, 3);
                        case "co6" -> b.conflictOverride(v, 6);
                        case "co99" -> b.conflictOverride(v, 9999);
                        case "cod" -> b.conflictOverride(2, (int) v);
                        case "split" -> b.splitting(v != 0);
                        case "ps" -> b.pastSpan(v != 0);
                        case "af" -> b.archiveFull(v, 1);
                        case "af2" -> b.archiveFull(v, 2);
                        case "af0" -> b.archiveFull(v, 0);
                        case "lm" -> b.linkMerge(v);
                        case "sum" -> b.summaryScore(v != 0);
                        case "w" -> b.windowDays((int) v);
                        case "span" -> b.maxSpanDays((int) v);
                        case "dens" -> b.densityReference(v);
                        case "th" -> b.threshold(v).mergeThreshold(Math.max(v, 6));
                        case "mc" -> b.maxCandidates((int) v);
                        case "it" -> b.indexTerms((int) v);
                        case "ad" -> b.archiveDays((int) v);
                        case "mt" -> b.mergeThreshold(v);
                        case "at" -> b.archiveThreshold(v);
                        case "late" -> b.latenessDays((int) v);
                        case "ne" -> b.newEventDays((int) v);
                        case "da" -> b.dateAnchor(v != 0);
                        case "nn" -> b.newEventNames((int) v);
                        case "rs" -> b.reviveSpan(v != 0);
                        case "ri" -> b.reviveIndex((int) v);
                        case "am" -> b.archiveMembers((int) v, 2);
                        case "kb" -> b.archiveMembers(5, v);
                        case "ood" -> b.oldOwnDay(v);
                        case "ls" -> b.laterSpan(v != 0);
                        case "lod" -> b.laterOwnDay(v, 30);
                        case "lod14" -> b.laterOwnDay(v, 14);
                        case "lod60" -> b.laterOwnDay(v, 60);
                        case "ma" -> { double[] cur = amounts(spec); b.scorer(Scorer.standard().withAmounts(cur[0], cur[1])); }
                        case "mc2", "cc0" -> { }
                        case "cw" -> b.coreNames(v, centre(spec));
                        case "rec" -> b.recalledScore(v);
                        case "town" -> b.townDayFloor(v);
                        case "plb" -> b.placelessBar(v);
                        case "usb" -> b.undatedSummaryBar(v);
                        case "usl" -> b.summaryLast(v != 0);
                        case "usm" -> b.summaryMargin(v);
                        case "adb" -> b.archiveDayBar(v);
                        case "pss" -> b.pastSpanScore(v);
                        case "rus" -> b.roundUpStreets((int) v);
                        case "ned" -> b.newEventDistinctive((int) v);
                        default -> throw new IllegalArgumentException(kv);
                    }
                }
                return b.build();
            });
        }
        for (var e : configs.entrySet()) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s", e.getKey()));
            if (!gva.isEmpty()) sb.append(" | gva ").append(score(e.getValue().get(), gva, ggold, id -> ggold.get(id)));
            if (!ecb.isEmpty()) sb.append(" | ecb ").append(score(e.getValue().get(), ecb, egold, etopic::get));
            System.out.println(sb);
        }
    }

    static String score(Grouper g, List<AnalysedArticle> arts, Map<String, String> gold, java.util.function.Function<String, String> splitKey) {
        String trace = System.getProperty("trace");
        int seen = 0;
        long nanos = 0;
        for (AnalysedArticle a : arts) {
            long t0 = System.nanoTime();
            String st = g.add(a);
            nanos += System.nanoTime() - t0;
            if (trace != null && java.util.Set.of(trace.split(",")).contains(splitKey.apply(a.id()))) System.out.println("  " + a.id() + " -> " + st + " " + a.published());
            var ch = g.changes();
            for (var c : ch.subList(seen, ch.size())) if (trace != null && c.articles().stream().anyMatch(x -> java.util.Set.of(trace.split(",")).contains(splitKey.apply(x)))) System.out.println("    change " + c);
            seen = ch.size();
        }
        Map<String, String> pred = new HashMap<>();
        for (var c : g.clusters()) for (String a : c.articles()) pred.put(a, c.id());
        if (System.getProperty("dump") != null) {
            StringBuilder sb = new StringBuilder();
            for (AnalysedArticle a : arts) sb.append(a.id()).append('\t').append(pred.get(a.id())).append('\t').append(a.published()).append('\n');
            try { java.nio.file.Files.writeString(Path.of(System.getProperty("dump")), sb); } catch (java.io.IOException ex) { throw new RuntimeException(ex); }
        }
        if (Boolean.getBoolean("frag")) fragments(arts, pred, gold, splitKey);
        ClusterScores tu = ClusterScores.of(pred, gold, id -> !Split.heldOut(splitKey.apply(id)));
        ClusterScores ho = ClusterScores.of(pred, gold, id -> Split.heldOut(splitKey.apply(id)));
        ClusterScores al = ClusterScores.of(pred, gold, id -> true);
        if (Boolean.getBoolean("detail")) {
            Map<String, Map<String, Integer>> byGold = new java.util.TreeMap<>();
            for (var a : pred.entrySet()) byGold.computeIfAbsent(gold.get(a.getKey()), k -> new java.util.TreeMap<>()).merge(a.getValue(), 1, Integer::sum);
            Map<String, Map<String, Integer>> byPred = new HashMap<>();
            for (var a : pred.entrySet()) byPred.computeIfAbsent(a.getValue(), k -> new java.util.TreeMap<>()).merge(gold.get(a.getKey()), 1, Integer::sum);
            for (var e : byGold.entrySet()) {
                if (Split.heldOut(splitKey.apply(arts.stream().filter(x -> gold.get(x.id()).equals(e.getKey())).findFirst().get().id()))) continue;
                StringBuilder sb = new StringBuilder(e.getKey() + ":");
                e.getValue().forEach((c, n) -> sb.append(' ').append(c).append('x').append(n).append(byPred.get(c).size() > 1 ? byPred.get(c).toString() : ""));
                System.out.println(sb);
            }
        }
        if (Boolean.getBoolean("timing")) System.out.printf(Locale.ROOT, "grouping %d articles: %.0f ms%n", arts.size(), nanos / 1e6);
        return String.format(Locale.ROOT, "all bc %.4f (P %.4f) tune bc %.4f (P %.4f R %.4f) pw %.4f  held bc %.4f pw %.4f",
                al.bcubedF1(), al.bcubedP(), tu.bcubedF1(), tu.bcubedP(), tu.bcubedR(), tu.pairF1(), ho.bcubedF1(), ho.pairF1());
    }

    /** For each tuning gold event split over stories: each minor fragment's best pair score to the largest, and day gap. */
    static void fragments(List<AnalysedArticle> arts, Map<String, String> pred, Map<String, String> gold, java.util.function.Function<String, String> splitKey) {
        SignatureExtractor ex = new SignatureExtractor(new Vocabulary(2_000_000), 120, 12);
        Scorer sc = Scorer.standard();
        Map<String, Signature> sig = new HashMap<>();
        Map<String, AnalysedArticle> byId = new HashMap<>();
        for (AnalysedArticle a : arts) { sig.put(a.id(), ex.extract(a)); byId.put(a.id(), a); }
        Map<String, Map<String, List<String>>> byGold = new java.util.TreeMap<>();
        for (AnalysedArticle a : arts) {
            if (Split.heldOut(splitKey.apply(a.id()))) continue;
            byGold.computeIfAbsent(gold.get(a.id()), k -> new java.util.LinkedHashMap<>()).computeIfAbsent(pred.get(a.id()), k -> new ArrayList<>()).add(a.id());
        }
        for (var e : byGold.entrySet()) {
            if (e.getValue().size() < 2) continue;
            List<List<String>> fr = new ArrayList<>(e.getValue().values());
            fr.sort((x, y) -> y.size() - x.size());
            List<String> main = fr.get(0);
            for (List<String> f : fr.subList(1, fr.size())) {
                double best = -99; long gap = 9999; String bx = null, by = null; boolean conf = false;
                for (String x : f) for (String y : main) {
                    double s = sc.score(sig.get(x), sig.get(y));
                    if (s > best) { best = s; bx = x; by = y; conf = sc.conflict(sig.get(x), sig.get(y)); }
                    var px = byId.get(x).published(); var py = byId.get(y).published();
                    if (px != null && py != null) gap = Math.min(gap, Math.abs(px.toEpochDay() - py.toEpochDay()));
                }
                Signature a = sig.get(bx), b = sig.get(by);
                Map<String, Integer> ca = new java.util.TreeMap<>(), cb = new java.util.TreeMap<>();
                for (var q : pred.entrySet()) {
                    if (q.getValue().equals(pred.get(bx))) ca.merge(gold.get(q.getKey()), 1, Integer::sum);
                    if (q.getValue().equals(pred.get(by))) cb.merge(gold.get(q.getKey()), 1, Integer::sum);
                }
                System.out.println("  STORIES " + ca + " / " + cb);
                System.out.printf(Locale.ROOT, "FRAG %s main %d frag %d best %.2f conflict %s pubgap %d | %s d%d%s pl%d k%s i%s len%d | %s d%d%s pl%d k%s i%s len%d | f %s%n", e.getKey(), main.size(), f.size(), best, conf, gap,
                        bx, a.date(), a.dateExplicit() ? "!" : "", a.places().length, a.killed(), a.injured(), byId.get(bx).article().text().length(),
                        by, b.date(), b.dateExplicit() ? "!" : "", b.places().length, b.killed(), b.injured(), byId.get(by).article().text().length(),
                        java.util.Arrays.toString(java.util.Arrays.stream(sc.features(a, b)).map(v -> Math.round(v * 100) / 100.0).toArray()));
            }
        }
    }

    static double centre(String spec) {
        for (String kv : spec.split(",")) if (kv.startsWith("cc0=")) return Double.parseDouble(kv.substring(4));
        return 0.4;
    }

    /** ma=agree,mc2=conflict from a spec. */
    static double[] amounts(String spec) {
        double[] r = {0, 0};
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=");
            if (p[0].equals("ma")) r[0] = Double.parseDouble(p[1]);
            if (p[0].equals("mc2")) r[1] = Double.parseDouble(p[1]);
        }
        return r;
    }

    static List<AnalysedArticle> prepare(Triangulate t, List<Article> arts) {
        List<AnalysedArticle> an = new ArrayList<>(arts.parallelStream().map(t::analyse).toList());
        List<AnalysedArticle> dated = new ArrayList<>();
        for (AnalysedArticle a : an) dated.add(t.datedByNeighbours(a, an));
        dated.sort(Comparator.comparing(AnalysedArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return dated;
    }
}
