package io.triangulate.bench;

import io.triangulate.eval.GoldData;
import io.triangulate.eval.HeapMeter;
import io.triangulate.grouping.CentroidBaseline;
import io.triangulate.grouping.Grouper;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Replays a synthetic stream ({@link SyntheticStream}, made from the GVA articles) through analysis and the
 * grouper, and through the plain TF-IDF centroid baseline, at several stream lengths, and reports for each
 * articles per second, time per article, peak heap and B-cubed / pairwise F1 against the synthetic events.
 * The grouper runs without history ({@code keepHistory(false)}): final stories are collected as they leave
 * the window, so its heap stays bounded however long the stream.
 */
public final class StreamBench {
    /** One measured run. */
    public record Run(String pipeline, long articles, double seconds, double cpuSeconds, double peakMb, double retainedMb,
                      double bcubedF1, double pairF1) {
        public double perSecond() { return articles / seconds; }

        public double microsPerArticle() { return seconds * 1e6 / articles; }

        /** CPU time of the replaying thread per article (garbage collection excluded): steadier than wall time on a shared machine. */
        public double cpuMicrosPerArticle() { return cpuSeconds * 1e6 / articles; }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the current thread in nanoseconds, or 0 where the JVM cannot measure it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
    }

    private final List<SyntheticStream.Template> templates;
    private final List<String> pool;
    private final Set<String> keep;
    private final int perDay;
    private final long seed;

    private StreamBench(List<SyntheticStream.Template> templates, List<String> pool, Set<String> keep, int perDay, long seed) {
        this.templates = templates;
        this.pool = pool;
        this.keep = keep;
        this.perDay = perDay;
        this.seed = seed;
    }

    /** Builds the templates from {@code gva/articles.jsonl} under the data folder. */
    public static StreamBench fromGva(Path dataDir, int perDay, long seed) throws IOException {
        Map<String, List<Article>> byIncident = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (GoldData.GvaArticle g : GoldData.gvaArticles(dataDir)) {
            byIncident.computeIfAbsent(g.incident(), k -> new ArrayList<>()).add(g.article());
            texts.add(g.article().text());
        }
        List<SyntheticStream.Template> templates = new ArrayList<>();
        for (List<Article> arts : byIncident.values()) {
            arts.sort(java.util.Comparator.comparing(Article::published));
            List<String> titles = new ArrayList<>(), bodies = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (Article a : arts) {
                sources.add(a.source() == null ? "unknown" : a.source());
                titles.add(a.title() == null ? "" : a.title());
                bodies.add(a.text());
                offsets.add((int) ChronoUnit.DAYS.between(arts.get(0).published(), a.published()));
            }
            templates.add(new SyntheticStream.Template(titles, bodies, offsets, sources));
        }
        Map<String, Integer> caps = SyntheticStream.capitalisedWords(texts);
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(caps.entrySet());
        sorted.sort((a, b) -> b.getValue() - a.getValue());
        Set<String> keep = new HashSet<>();
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i < 400) keep.add(sorted.get(i).getKey());
            else if (sorted.get(i).getValue() >= 2) pool.add(sorted.get(i).getKey());
        }
        return new StreamBench(templates, pool, keep, perDay, seed);
    }

    public SyntheticStream stream(long n) { return new SyntheticStream(templates, pool, keep, n, perDay, seed); }

    /** Runs analysis + grouping over {@code n} articles. */
    public Run grouper(long n, Function<Article, AnalysedArticle> analysis, String name) {
        int[] pred = new int[(int) n];
        long[] gold = new long[(int) n];
        Grouper g = Grouper.builder().keepHistory(false).onEvicted(c -> record(c, pred)).build();
        HeapMeter.reset();
        long nanos = 0, cpu = 0;
        SyntheticStream s = stream(n);
        int i = 0;
        while (s.hasNext()) {
            SyntheticStream.Item it = s.next();
            gold[i++] = it.event();
            long t0 = System.nanoTime(), c0 = cpuNanos();
            g.add(analysis.apply(it.article()));
            nanos += System.nanoTime() - t0;
            cpu += cpuNanos() - c0;
        }
        double peak = HeapMeter.peakMb();
        double retained = HeapMeter.retainedMb();
        for (Grouper.Cluster c : g.clusters()) record(c, pred);
        double[] f = scores(pred, gold);
        return new Run(name, n, nanos / 1e9, cpu / 1e9, peak, retained, f[0], f[1]);
    }

    /** Runs the TF-IDF centroid baseline (7-day window) over the same {@code n} articles. */
    public Run baseline(long n, double threshold) {
        int[] pred = new int[(int) n];
        long[] gold = new long[(int) n];
        CentroidBaseline b = new CentroidBaseline(7, threshold);
        HeapMeter.reset();
        long nanos = 0, cpu = 0;
        SyntheticStream s = stream(n);
        int i = 0;
        while (s.hasNext()) {
            SyntheticStream.Item it = s.next();
            gold[i] = it.event();
            Article a = it.article();
            long t0 = System.nanoTime(), c0 = cpuNanos();
            String id = b.add(a.title(), a.text(), a.published());
            nanos += System.nanoTime() - t0;
            cpu += cpuNanos() - c0;
            pred[i++] = Integer.parseInt(id.substring(1));
        }
        double peak = HeapMeter.peakMb();
        double retained = HeapMeter.retainedMb();
        double[] f = scores(pred, gold);
        return new Run(String.format(Locale.ROOT, "TF-IDF centroid baseline (7 days, cos ≥ %.2f)", threshold), n, nanos / 1e9, cpu / 1e9, peak, retained, f[0], f[1]);
    }

    private static void record(Grouper.Cluster c, int[] pred) {
        int story = Integer.parseInt(c.id().substring(1));
        for (String a : c.articles()) pred[Integer.parseInt(a.substring(1))] = story;
    }

    /** B-cubed F1 and pairwise F1 of predicted story numbers against gold event numbers. */
    static double[] scores(int[] pred, long[] gold) {
        int n = pred.length;
        Map<Integer, Integer> ps = new HashMap<>();
        Map<Long, Integer> gs = new HashMap<>();
        Map<Long, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ps.merge(pred[i], 1, Integer::sum);
            gs.merge(gold[i], 1, Integer::sum);
            both.merge(((long) pred[i] << 32) ^ gold[i] * 0x9E3779B97F4A7C15L, 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (int i = 0; i < n; i++) {
            int c = both.get(((long) pred[i] << 32) ^ gold[i] * 0x9E3779B97F4A7C15L);
            p += (double) c / ps.get(pred[i]);
            r += (double) c / gs.get(gold[i]);
        }
        p /= n;
        r /= n;
        double tp = 0, pp = 0, gp = 0;
        for (int c : both.values()) tp += (double) c * (c - 1) / 2;
        for (int c : ps.values()) pp += (double) c * (c - 1) / 2;
        for (int c : gs.values()) gp += (double) c * (c - 1) / 2;
        double pwP = pp == 0 ? 1 : tp / pp, pwR = gp == 0 ? 1 : tp / gp;
        return new double[]{f1(p, r), f1(pwP, pwR)};
    }

    private static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }

    /** Prints the runs as a Markdown table, with each run's time per article relative to the first of its pipeline. */
    public static void print(List<Run> runs, PrintStream out) {
        out.println("| articles | pipeline | articles/s | µs/article | vs smallest | CPU µs/article (vs smallest) | peak heap (pools) | live heap at end | B-cubed F1 | pairwise F1 |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Run> first = new HashMap<>();
        for (Run r : runs) {
            Run base = first.computeIfAbsent(r.pipeline(), k -> r);
            out.printf(Locale.ROOT, "| %,d | %s | %.0f | %.1f | %.2f× | %.1f (%.2f×) | %.0f MB | %.0f MB | %.3f | %.3f |%n", r.articles(), r.pipeline(),
                    r.perSecond(), r.microsPerArticle(), r.microsPerArticle() / base.microsPerArticle(),
                    r.cpuMicrosPerArticle(), base.cpuMicrosPerArticle() == 0 ? 0 : r.cpuMicrosPerArticle() / base.cpuMicrosPerArticle(),
                    r.peakMb(), r.retainedMb(), r.bcubedF1(), r.pairF1());
        }
    }
}
