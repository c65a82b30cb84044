package io.triangulate.cli;

import io.triangulate.analysis.eventtype.EventTypeClassifier;
import io.triangulate.model.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code triangulate classify}: the event type of each input text, as {@code {"id", "type"}} per line
 * (see interface.md); {@code --scores} adds the strongest types with their relative scores.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Print the event type (one of the 30 CASE-2021 codes) of each input text.")
public final class ClassifyCommand extends BatchCommand {
    @Option(names = "--scores", description = "also print a \"scores\" object with the best types and their relative scores")
    boolean withScores;

    @Option(names = "--language", description = "ISO 639-1 language of inputs that do not give one (default: guessed)")
    String language;

    private final EventTypeClassifier classifier = EventTypeClassifier.create();

    @Override protected Map<String, Object> process(Item item) {
        String lang = item.language() != null ? item.language() : language;
        Map<String, Object> out = new LinkedHashMap<>();
        if (!withScores) {
            out.put("type", classifier.classify(item.text(), lang).name());
            return out;
        }
        Map<EventType, Double> scores = classifier.scores(item.text(), lang);
        out.put("type", classifier.classify(item.text(), lang).name());
        Map<String, Double> top = new LinkedHashMap<>();
        scores.entrySet().stream()
                .sorted(Map.Entry.<EventType, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(5)
                .filter(e -> e.getValue() > 0)
                .forEach(e -> top.put(e.getKey().name(), Math.round(e.getValue() * 1000) / 1000.0));
        out.put("scores", top);
        return out;
    }
}
