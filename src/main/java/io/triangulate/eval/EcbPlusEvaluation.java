package io.triangulate.eval;

import io.triangulate.grouping.CentroidBaseline;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.Article;
import io.triangulate.model.Story;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Telling the same event from a similar one on ECB+ (topics 1–25: each topic holds two similar events).
 * All documents are grouped together in one run (publication order where the {@code …ecbplus} half gives
 * dates, the undated {@code …ecb} half after them, in file order) and scored with B-cubed and pairwise F1
 * against {@code event}. Split by topic ({@link Split#heldOut}). Beside it, the plain TF-IDF centroid baseline
 * (threshold chosen on the tuning topics).
 */
public final class EcbPlusEvaluation implements Evaluation {
    private final StoryPipeline pipeline;

    public EcbPlusEvaluation() { this(StoryPipeline.standard()); }

    EcbPlusEvaluation(StoryPipeline pipeline) { this.pipeline = pipeline; }

    @Override public String name() { return "ecbplus"; }

    @Override public String description() {
        return "same-event grouping (B-cubed, pairwise) on ECB+, two similar events per topic, with the TF-IDF baseline";
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        List<GoldData.EcbDocument> docs = GoldData.ecbplus(dataDir);
        List<Article> articles = new ArrayList<>();
        Map<String, String> gold = new HashMap<>(), topic = new HashMap<>();
        for (GoldData.EcbDocument d : docs) {
            articles.add(d.article());
            gold.put(d.article().id(), d.event());
            topic.put(d.article().id(), d.topic());
        }
        Predicate<String> held = id -> Split.heldOut(topic.get(id));
        Predicate<String> tune = held.negate();

        long t0 = System.nanoTime();
        AnalysisResult result = pipeline.run(articles);
        double secs = (System.nanoTime() - t0) / 1e9;
        Map<String, String> predicted = new HashMap<>();
        for (Story s : result.stories()) for (String a : s.articles()) predicted.put(a, s.id());

        List<Metric> metrics = new ArrayList<>();
        ClusterScores all = ClusterScores.of(predicted, gold, x -> true);
        ClusterScores tu = ClusterScores.of(predicted, gold, tune);
        ClusterScores ho = ClusterScores.of(predicted, gold, held);
        metrics.add(Metric.fraction("B-cubed precision", all.bcubedP(), tu.bcubedP(), ho.bcubedP(), null));
        metrics.add(Metric.fraction("B-cubed recall", all.bcubedR(), tu.bcubedR(), ho.bcubedR(), null));
        metrics.add(Metric.fraction("B-cubed F1", all.bcubedF1(), tu.bcubedF1(), ho.bcubedF1(), "≥ 0.92"));
        metrics.add(Metric.fraction("pairwise F1", all.pairF1(), tu.pairF1(), ho.pairF1(), null));

        double bestT = 0.3, bestF = -1;
        Map<String, String> best = null;
        for (double t = 0.05; t <= 0.61; t += 0.05) {
            Map<String, String> p = baseline(articles, t);
            double f = ClusterScores.of(p, gold, tune).bcubedF1();
            if (f > bestF) { bestF = f; bestT = t; best = p; }
        }
        ClusterScores ball = ClusterScores.of(best, gold, x -> true);
        ClusterScores btu = ClusterScores.of(best, gold, tune);
        ClusterScores bho = ClusterScores.of(best, gold, held);
        metrics.add(Metric.fraction("TF-IDF baseline B-cubed F1", ball.bcubedF1(), btu.bcubedF1(), bho.bcubedF1(), "≈ 0.86"));
        metrics.add(Metric.fraction("TF-IDF baseline pairwise F1", ball.pairF1(), btu.pairF1(), bho.pairF1(), null));
        metrics.add(Metric.quantity("throughput (whole pipeline)", articles.size() / secs, "articles/s", null));

        List<String> notes = new ArrayList<>();
        var topics = new HashSet<>(topic.values());
        notes.add(String.format(Locale.ROOT, "%d documents, %d topics, %d gold events, %d stories; pipeline: %s",
                articles.size(), topics.size(), new HashSet<>(gold.values()).size(), result.stories().size(), pipeline.name()));
        notes.add(String.format(Locale.ROOT, "TF-IDF centroid baseline: no window, cosine threshold %.2f chosen on the tuning topics", bestT));
        return new EvalReport(name(), "ecbplus", metrics, notes);
    }

    static Map<String, String> baseline(List<Article> articles, double threshold) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        CentroidBaseline b = new CentroidBaseline(Integer.MAX_VALUE / 4, threshold);
        Map<String, String> out = new HashMap<>();
        for (Article a : ordered) out.put(a.id(), b.add(a.title(), a.text(), a.published()));
        return out;
    }
}
