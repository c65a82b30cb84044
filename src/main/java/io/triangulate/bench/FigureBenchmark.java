package io.triangulate.bench;

import io.triangulate.analysis.attribution.AttributionAnalyzer;
import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.model.Attribution;
import io.triangulate.model.Figure;
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
import org.openjdk.jmh.infra.Blackhole;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figure extraction and attribution on a 600-word news article written for the benchmark.
 * Run: {@code java -cp target/triangulate.jar:target/lib/* org.openjdk.jmh.Main FigureBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FigureBenchmark {
    /** About 600 words of invented gun-violence and conflict reporting, with figures, hedges and sources. */
    static final String ARTICLE = """
            Three people were killed and at least five others were wounded late Saturday when gunmen opened fire \
            outside a nightclub in the 1400 block of Harbor Street, police said. The shooting happened at about \
            1:45 a.m., according to a statement from the Riverton Police Department. Officers arriving at the scene \
            found two men dead on the sidewalk. A third victim, a 24-year-old woman, was taken to Mercy General \
            Hospital, where she later died. Of the five wounded, two were listed in critical condition on Sunday \
            afternoon, a hospital spokeswoman said. The other three suffered non-life-threatening injuries.
            Police arrested two men on Sunday morning and a third suspect was taken into custody later in the day, \
            Chief Alana Brooks told reporters at a news conference. "We believe this was a targeted attack," Brooks \
            said. Investigators recovered two handguns and a rifle from a car parked nearby. More than 40 shell \
            casings were found at the scene. The suspects, aged 19, 22 and 31, face charges of murder and attempted \
            murder, court records show. Bail was set at $2 million each.
            It is unclear whether the gunmen knew any of the victims. The attack may have been linked to a dispute \
            earlier in the evening, a witness said, but police have not confirmed a motive. It's possible that more \
            arrests will follow, investigators said. The club's owner said nobody on his staff was hurt.
            Residents said the neighbourhood has seen dozens of shootings this year. In March, a double homicide \
            two blocks away left a 17-year-old and his father dead. About 200 people gathered for a vigil on Sunday \
            evening. "How many more families have to bury their children?" asked Pastor Michael Reyes, who led the \
            vigil. The city council will discuss the shootings on Tuesday, council member Rosa Delgado said.
            Elsewhere, two Katyusha rockets landed near the international airport on Saturday evening, security \
            officials said. There were no casualties. According to the regional military command, a third rocket \
            fell in an empty field. The Daily Courier reported, citing the army, that two mortar shells also hit a \
            checkpoint north of the city. Nobody was injured in that attack either. Since October, thirteen rocket \
            attacks have targeted the airport, killing an American contractor in December and wounding four soldiers.
            Thousands of protesters marched through the capital on Friday, and more than 150 people were detained, \
            the interior ministry said. Between 10 and 15 police officers were injured in the clashes, officials \
            said, while several protesters were hospitalized. Human rights groups said the real number of injured \
            was probably higher. Three journalists are missing, according to a press freedom group.
            Analysts said the violence would likely continue. "The government appears to have lost control of the \
            streets," said Farid Haddad, a political scientist at the national university. It's not hard to imagine \
            that the unrest could spread to other cities in the coming weeks. Authorities say they have deployed \
            about 5,000 additional troops. A spokesman for the opposition, which called for new protests on Monday, \
            said its supporters would remain peaceful.
            Do you think the government should resign? Read our editorial standards. We are committed to accuracy \
            in all of our journalism. Subscribe to our newsletter for daily updates.
            In a separate incident on Sunday, a 15-year-old boy was shot in the leg while walking home from a \
            basketball court, police said. He was treated at a local hospital and released. No arrests have been \
            made, and police are asking anyone with information to call the tip line. A 33-year-old man was shot \
            and killed in his car on Monday night in the 200 block of Elm Avenue, the medical examiner's office said. \
            His name has not been released. Two other people in the car were not injured.
            """;

    FigureExtractor figures;
    AttributionAnalyzer attribution;
    List<String> sentences;

    @Setup public void setup() {
        figures = FigureExtractor.create();
        attribution = AttributionAnalyzer.create();
        sentences = Arrays.stream(ARTICLE.split("(?<=[.!?\"])\\s+")).filter(s -> !s.isBlank()).toList();
    }

    /** Every figure of the article. */
    @Benchmark public List<Figure> extractFigures() {
        return figures.extract(ARTICLE, "en");
    }

    /** The attribution of every sentence of the article. */
    @Benchmark public void attributeSentences(Blackhole bh) {
        for (String s : sentences) {
            Attribution a = attribution.attribute(s, "en");
            bh.consume(a);
        }
    }

    /** Both, as the analysis stage runs them. */
    @Benchmark public void figuresAndAttribution(Blackhole bh) {
        bh.consume(figures.extract(ARTICLE, "en"));
        for (String s : sentences) bh.consume(attribution.attribute(s, "en"));
    }
}
