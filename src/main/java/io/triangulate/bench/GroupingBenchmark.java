package io.triangulate.bench;

import io.triangulate.grouping.Grouper;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.EventType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JMH: grouping one article into a populated index (the grouper already holds {@code populated} articles of the
 * synthetic stream, i.e. a full time window at 500 articles a day). Each invocation adds the next article of the
 * stream, so the index stays at its steady-state size. Needs the gva data (system property
 * {@code triangulate.data}, default {@code ../shared/data}). Run after {@code ./mvnw -DskipTests package}:
 * {@code java -cp "target/triangulate.jar:target/lib/*" org.openjdk.jmh.Main GroupingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GroupingBenchmark {
    @Param({"20000"})
    public int populated;

    private Grouper grouper;
    private SyntheticStream stream;
    private List<AnalysedArticle> next = new ArrayList<>();
    private int i;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path data = Path.of(System.getProperty("triangulate.data", "../shared/data"));
        StreamBench b = StreamBench.fromGva(data, 500, 7);
        stream = b.stream(Integer.MAX_VALUE);
        grouper = Grouper.builder().keepHistory(false).build();
        for (int k = 0; k < populated; k++) grouper.add(minimal(stream.next().article()));
    }

    /** Prepares the articles of the next iteration (not measured). */
    @Setup(Level.Iteration)
    public void prepare() {
        next = new ArrayList<>();
        i = 0;
        while (next.size() < BATCH) next.add(minimal(stream.next().article()));
    }

    private static final int BATCH = 40_000;

    static AnalysedArticle minimal(Article a) {
        return new AnalysedArticle(a, a.text(), a.language(), a.published(), false, List.of(), List.of(), List.of(),
                List.of(), EventType.OTHER, List.of());
    }

    /** Adds the next article of the stream; returns its story id. */
    @Benchmark
    public String addOneArticle() {
        if (i >= next.size()) throw new IllegalStateException("an iteration ran past its " + BATCH + " prepared articles");
        return grouper.add(next.get(i++));
    }
}
