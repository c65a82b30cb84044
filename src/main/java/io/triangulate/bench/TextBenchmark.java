package io.triangulate.bench;

import io.triangulate.analysis.language.LanguageDetector;
import io.triangulate.analysis.text.SentenceSplitter;
import io.triangulate.analysis.text.Terms;
import io.triangulate.analysis.text.TextSpan;
import io.triangulate.clean.Cleaned;
import io.triangulate.clean.Cleaner;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The text stages on one 600-word news article (written for this benchmark, with promotion, a poll, an
 * embedded post and a footer): cleaning, language identification, sentence splitting, content terms,
 * and all four in sequence. Budget: under 2 ms for all four (the whole pipeline has 10 ms per article).
 *
 * <p>Run: {@code ./mvnw -q -B -o -DskipTests package && java -cp 'target/triangulate.jar:target/lib/*'
 * org.openjdk.jmh.Main TextBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {
    private String raw;
    private String cleaned;
    private Cleaner cleaner;
    private LanguageDetector detector;
    private SentenceSplitter splitter;
    private Terms terms;

    /** The 600-word benchmark article without its date line, as ingest gives it. */
    static String article600() throws IOException {
        try (InputStream in = TextBenchmark.class.getResourceAsStream("article-600.txt")) {
            if (in == null) throw new IllegalStateException("article-600.txt is missing from the class path");
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.substring(s.indexOf('\n') + 1);
        }
    }

    @Setup public void setup() throws IOException {
        raw = article600();
        cleaner = Cleaner.create();
        detector = LanguageDetector.create().warmUp();
        splitter = SentenceSplitter.create();
        terms = Terms.create();
        cleaned = cleaner.clean(raw, "en").text();
    }

    @Benchmark public Cleaned clean() { return cleaner.clean(raw, "en"); }

    @Benchmark public String language() { return detector.detect(raw); }

    @Benchmark public List<TextSpan> sentences() { return splitter.split(cleaned, "en"); }

    @Benchmark public List<String> terms() { return terms.terms(cleaned, "en"); }

    /** What the pipeline does per article: detect, clean, split, terms. */
    @Benchmark public int all() {
        String lang = detector.detect(raw);
        Cleaned c = cleaner.clean(raw, lang);
        return splitter.split(c.text(), lang).size() + terms.terms(c.text(), lang).size();
    }
}
