package io.triangulate.cli;

import io.triangulate.bench.StreamBench;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code triangulate bench}: replays a synthetic stream made from the GVA articles (re-dated, names and numbers
 * swapped, sentences shuffled: new events) through the pipeline and the TF-IDF baseline at several lengths.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Replay a synthetic news stream (GVA articles re-dated and perturbed) through analysis + grouping",
                "and through the plain TF-IDF centroid baseline; print articles/s, time per article, peak heap and",
                "B-cubed / pairwise F1 at each size. 1,000,000 articles take long (hours with full analysis):",
                "ask for it with --sizes 10000,100000,1000000."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--data", description = "the gold data folder holding gva/ (default: ../shared/data)")
    Path data = Path.of("..", "shared", "data");

    @Option(names = "--sizes", split = ",", description = "stream lengths (default: 10000,100000)")
    List<Long> sizes = new ArrayList<>(List.of(10_000L, 100_000L));

    @Option(names = "--per-day", description = "articles per day of stream time (default: 500)")
    int perDay = 500;

    @Option(names = "--seed", description = "random seed of the stream (default: 1)")
    long seed = 1;

    @Option(names = "--analysis", description = "full (the whole analysis before grouping) or none (grouping on text only); default: full")
    String analysis = "full";

    @Option(names = "--baseline-threshold", description = "cosine threshold of the TF-IDF baseline (default: 0.20, the value the gva evaluation chooses on its tuning part)")
    double baselineThreshold = 0.20;

    @Option(names = "--baseline-max", description = "largest stream length the baseline is run at (default: 100000; it compares "
            + "each article with every story of its window, about 3 ms per article here, so 1,000,000 would take about an hour)")
    long baselineMax = 100_000;

    @Option(names = "--no-baseline", description = "skip the baseline runs")
    boolean noBaseline;

    @Override public Integer call() throws Exception {
        if (!Files.isRegularFile(data.resolve("gva").resolve("articles.jsonl"))) {
            System.err.println("triangulate: bench: no gva/articles.jsonl under " + data.toAbsolutePath() + " (pass --data DIR)");
            return Main.NOTHING_PROCESSED;
        }
        for (long n : sizes)
            if (n < 1 || n > Integer.MAX_VALUE) throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--sizes must be between 1 and " + Integer.MAX_VALUE + ", not " + n);
        Function<Article, AnalysedArticle> an = analyser();
        String name = analysis.equals("none") ? "grouper (text only)" : "analysis + grouper";
        StreamBench b = StreamBench.fromGva(data, perDay, seed);
        System.err.println("bench: warming up on 3,000 articles");
        b.grouper(3_000, an, name);
        if (!noBaseline) b.baseline(3_000, baselineThreshold);
        List<StreamBench.Run> runs = new ArrayList<>();
        for (long n : sizes) {
            System.err.printf("bench: %,d articles through %s%n", n, name);
            runs.add(b.grouper(n, an, name));
            if (!noBaseline && n <= baselineMax) {
                System.err.printf("bench: %,d articles through the TF-IDF baseline%n", n);
                runs.add(b.baseline(n, baselineThreshold));
            }
        }
        runs.sort(java.util.Comparator.comparing(StreamBench.Run::pipeline).reversed().thenComparingLong(StreamBench.Run::articles));
        StreamBench.print(runs, System.out);
        System.out.printf("%nstream: %d articles/day, seed %d; time is analysis + grouping only (stream generation excluded); "
                + "peak heap is the sum of heap pools' peaks during the run (garbage included); live heap is what is in use after a "
                + "full GC at the end (the grouper, its index and the gold/prediction arrays; with full analysis also the gazetteer).%n", perDay, seed);
        return Main.OK;
    }

    private Function<Article, AnalysedArticle> analyser() {
        return switch (analysis) {
            case "full" -> io.triangulate.Triangulate.create()::analyse;
            case "none" -> a -> new AnalysedArticle(a, a.text(), a.language(), a.published(), false, List.of(),
                    List.of(), List.of(), List.of(), EventType.OTHER, List.of());
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--analysis must be full or none, not '" + analysis + "'");
        };
    }
}
