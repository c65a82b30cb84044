package io.triangulate.bench;

import io.triangulate.analysis.eventtype.EventTypeClassifier;
import io.triangulate.model.EventType;
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

import java.util.concurrent.TimeUnit;

/**
 * Speed of the event-type classifier: one CASE-style snippet, and one news article of about 600 words
 * (the classifier reads its first 6,000 characters). Target: well under 1 ms per article.
 *
 * <pre>java -cp target/triangulate.jar:target/lib/* org.openjdk.jmh.Main EventTypeBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventTypeBenchmark {
    static final String SNIPPET = "At least seven people were killed and eleven wounded when mortar shells fired by "
            + "militants struck a crowded market in the capital on Monday afternoon, witnesses said.";

    /** A made-up report written for this benchmark: lead, quotes, background, boilerplate. */
    static final String ARTICLE = String.join("\n",
            "Rockets hit near army base north of the capital; no casualties reported",
            "Two rockets landed inside a military base north of the capital late on Saturday, security officials said, "
                    + "the latest in a series of attacks on installations hosting foreign troops.",
            "Nobody was hurt in the attack, a spokesman for the joint operations command said in a statement, adding that "
                    + "the launch site had been found in an orchard about ten kilometres east of the base.",
            "Security forces recovered a launcher and three unused rockets at the site and opened an investigation. No "
                    + "group immediately claimed responsibility for the attack.",
            "The base was hit twice last month. In one of those attacks, a contractor was killed and several soldiers "
                    + "were wounded, prompting air strikes on positions of an armed group blamed for the rocket fire.",
            "Tensions have risen since then. Thousands of supporters of the group protested outside the embassy on "
                    + "Tuesday, and some protesters set fire to a reception area before police dispersed them with tear gas.",
            "Officials from both governments held talks this week on the future of the foreign presence in the country, "
                    + "and diplomats said a deal on a phased withdrawal could be agreed before the end of the year.",
            "Analysts say the rocket attacks are meant to put pressure on the government during the talks. \"They want "
                    + "to show they can strike whenever they like,\" said one researcher at a university in the capital.",
            "The defence ministry said it had deployed additional troops to the area and set up new checkpoints on the "
                    + "roads leading to the base. Residents said traffic was heavy on Sunday morning as vehicles were searched.",
            "Local farmers said they heard two loud explosions shortly before midnight and saw a fire near the perimeter "
                    + "wall. \"We are used to it now, but the children were scared,\" one of them said.",
            "Earlier this year a rocket struck a residential building near the airport, injuring a woman and her son. "
                    + "The authorities blamed the same group, which denied any involvement.",
            "The government has promised to bring those responsible to justice, but no one has been arrested for any of "
                    + "the attacks so far, according to a tally kept by a local monitoring group.",
            "Subscribe to our newsletter for the latest updates. We respect your privacy.");

    EventTypeClassifier classifier;

    @Setup public void setup() {
        classifier = EventTypeClassifier.create();
    }

    @Benchmark public EventType snippet() {
        return classifier.classify(SNIPPET, "en");
    }

    @Benchmark public EventType article() {
        return classifier.classify(ARTICLE, "en");
    }

    @Benchmark public EventType articleLanguageGuessed() {
        return classifier.classify(ARTICLE, null);
    }

    @Benchmark public EventTypeClassifier load() {
        return EventTypeClassifier.create();
    }
}
