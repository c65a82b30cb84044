package io.triangulate.grouping;

import io.triangulate.eval.ClusterScores;
import io.triangulate.eval.GoldData;
import io.triangulate.eval.Split;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.EventType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Developer tool (not a test): grid search of the grouping weights on the TUNING part of gva and ecbplus.
 * Run: java -cp target/classes:target/test-classes:target/lib/* io.triangulate.grouping.TuneGrouping [../shared/data]
 */
public final class TuneGrouping {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Map<String, String> gold = new HashMap<>(), egold = new HashMap<>(), etopic = new HashMap<>();
        List<AnalysedArticle> arts = TuneData.gva(data, gold);
        List<AnalysedArticle> earts = TuneData.ecb(data, egold, etopic);
        double[] ths = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[]{0};
        int win = args.length > 2 ? Integer.parseInt(args[2]) : 14;
        double[] ats = args.length > 3 ? java.util.Arrays.stream(args[3].split(",")).mapToDouble(Double::parseDouble).toArray() : new double[]{0.35};
        for (double at : ats)
        for (double th : ths) {
            Function<Void, Grouper> mk = v -> Grouper.builder().indexTerms(Integer.getInteger("it", 12)).maxCandidates(Integer.getInteger("mc", 30)).threshold(th).mergeThreshold(Math.max(th + 4, 4)).windowDays(win)
                    .archiveDays(at > 0 ? 365 : 0).archiveThreshold(at).build();
            long t0 = System.nanoTime();
            Grouper gr = mk.apply(null);
            for (AnalysedArticle a : arts) gr.add(a);
            double secs = (System.nanoTime() - t0) / 1e9;
            Map<String, String> pred = new HashMap<>();
            for (var c : gr.clusters()) for (String a : c.articles()) pred.put(a, c.id());
            ClusterScores tu = ClusterScores.of(pred, gold, id -> !Split.heldOut(gold.get(id)));
            Grouper ge = mk.apply(null);
            for (AnalysedArticle a : earts) ge.add(a);
            Map<String, String> epred = new HashMap<>();
            for (var c : ge.clusters()) for (String a : c.articles()) epred.put(a, c.id());
            ClusterScores et = ClusterScores.of(epred, egold, id -> !Split.heldOut(etopic.get(id)));
            System.out.printf(Locale.ROOT, "at=%.2f th=%.2f win=%d | gva bc P %.3f R %.3f F %.3f pw F %.3f (P %.3f R %.3f) | ecb bc F %.3f pw %.3f | %.1fs changes %d%n",
                    at, th, win, tu.bcubedP(), tu.bcubedR(), tu.bcubedF1(), tu.pairF1(), tu.pairP(), tu.pairR(), et.bcubedF1(), et.pairF1(), secs, gr.changes().size());
        }
    }

    static AnalysedArticle minimal(Article a) {
        return new AnalysedArticle(a, a.text(), "en", a.published(), false, List.of(), List.of(), List.of(), List.of(),
                EventType.OTHER, List.of());
    }
}
