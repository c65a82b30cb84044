package io.triangulate.bench;

import io.triangulate.analysis.time.TimeExtractor;
import io.triangulate.model.TimeMention;
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
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time-expression tagging of one 600-word news article (target: under 1 ms). The article is built from
 * sentences written for this benchmark, dense in dates, weekdays, durations and numbers.
 * Run: {@code java -cp target/triangulate.jar:target/lib/* io.triangulate.bench.TimeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimeBenchmark {
    private static final String[] SENTENCES = {
        "Two rockets struck near the embassy on Saturday evening, security officials said on Sunday.",
        "The attack came two days after protesters stormed the compound on Tuesday, and a week after the strike of October 27.",
        "Nobody was hurt, according to a statement released at 8 p.m. local time by the joint operations command.",
        "Officials said 1,200 troops had been deployed in the area over the past three months, up from 800 last year.",
        "The ministry will hold talks next week, and a delegation is expected in the capital on Monday morning.",
        "Prices of fuel rose 4.5 percent in December and have doubled since 2019, traders in the main market said.",
        "A curfew that began at midnight Friday was lifted early on Saturday, the governor told reporters.",
        "Since January 1, 2013, the city has been hit by dozens of such attacks, most of them at night.",
        "The base, about 80 kilometers north of the capital, hosts several hundred soldiers and a fleet of drones.",
        "Every Monday the council publishes a report on the security situation in the eleven districts.",
        "Witnesses described a loud explosion followed by sirens that lasted nearly an hour.",
        "The prime minister, who took office in May, has promised an inquiry within 30 days.",
    };

    private TimeExtractor extractor;
    private String article;
    private final LocalDate reference = LocalDate.of(2020, 1, 4);

    @Setup public void setUp() {
        extractor = TimeExtractor.builder().build();
        StringBuilder sb = new StringBuilder();
        int words = 0;
        for (int k = 0; words < 600; k++) {
            String s = SENTENCES[k % SENTENCES.length];
            sb.append(s).append(k % 4 == 3 ? "\n\n" : " ");
            words += s.split("\\s+").length;
        }
        article = sb.toString();
    }

    /** One 600-word English article. */
    @Benchmark public List<TimeMention> article600Words() {
        return extractor.extract(article, "en", reference);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(TimeBenchmark.class.getSimpleName()).build()).run();
    }
}
