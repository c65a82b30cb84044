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
                        case "w" -> b.windowDays((int) v);
                        case "span" -> b.maxSpanDays((int) v);
                        case "dens" -> b.densityReference(v);
                        case "th" -> b.threshold(v).mergeThreshold(Math.max(v, 6));
                        case "mc" -> b.maxCandidates((int) v);
                        case "it" -> b.indexTerms((int) v);
                        case "ad" -> b.archiveDays((int) v);
                        case "at" -> b.archiveThreshold(v);
                        case "late" -> b.latenessDays((int) v);
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
        for (AnalysedArticle a : arts) g.add(a);
        Map<String, String> pred = new HashMap<>();
        for (var c : g.clusters()) for (String a : c.articles()) pred.put(a, c.id());
        ClusterScores tu = ClusterScores.of(pred, gold, id -> !Split.heldOut(splitKey.apply(id)));
        ClusterScores ho = ClusterScores.of(pred, gold, id -> Split.heldOut(splitKey.apply(id)));
        return String.format(Locale.ROOT, "tune bc %.3f (P %.3f R %.3f) pw %.3f  held bc %.3f pw %.3f",
                tu.bcubedF1(), tu.bcubedP(), tu.bcubedR(), tu.pairF1(), ho.bcubedF1(), ho.pairF1());
    }

    static List<AnalysedArticle> prepare(Triangulate t, List<Article> arts) {
        List<AnalysedArticle> an = new ArrayList<>(arts.parallelStream().map(t::analyse).toList());
        List<AnalysedArticle> dated = new ArrayList<>();
        for (AnalysedArticle a : an) dated.add(t.datedByNeighbours(a, an));
        dated.sort(Comparator.comparing(AnalysedArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return dated;
    }
}
