package io.triangulate.bench;

import io.triangulate.analysis.Analyzer;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The whole analysis stage on one 600-word news article written for the benchmarks (the one of
 * {@link TextBenchmark}): cleaning, sentences, attribution, times, places, figures, type and event
 * mentions, as {@code analyze} and {@code ingest} run it for every article. Budget (issue 3): under 10 ms.
 * Single-threaded, so average time is CPU time. The gazetteer is loaded in the set-up, not measured here.
 *
 * <p>Run with a JDK of at least 21 for the fork too (docs/benchmarks.md): {@code "$JAVA_HOME/bin/java" -cp
 * 'target/triangulate.jar:target/lib/*' org.openjdk.jmh.Main AnalyzerBenchmark -jvm "$JAVA_HOME/bin/java"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {
    private Analyzer analyzer;
    private Article english;
    private Article undetected;

    @Setup public void setup() throws IOException {
        String text = TextBenchmark.article600();
        analyzer = Analyzer.create();
        LocalDate published = LocalDate.of(2024, 3, 18);
        english = new Article("bench-600", "Benchmark Herald", null, null, published, "en", text, "bench");
        undetected = new Article("bench-600", "Benchmark Herald", null, null, published, null, text, "bench");
    }

    /** An article whose language the source declares. */
    @Benchmark public AnalysedArticle analyseDeclaredLanguage() {
        return analyzer.analyse(english);
    }

    /** The same article with its language identified from the text. */
    @Benchmark public AnalysedArticle analyseDetectedLanguage() {
        return analyzer.analyse(undetected);
    }
}
