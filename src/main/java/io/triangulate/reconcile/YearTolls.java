package io.triangulate.reconcile;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * A year's toll: a count of the dead or hurt said in a sentence about a year ("165 people were murdered in the
 * city in 2015", "so far this year, 47 people have been killed", "drunk drivers kill thousands every year") counts
 * many incidents, never the one a report tells. Its figures are no claim of the event's toll, even where no other
 * report gives one. Only counts of two or more: a lone victim said beside a year ("the city's 20th homicide this
 * year") is the incident's. English.
 */
final class YearTolls {
    private static final Pattern YEAR = Pattern.compile(
            "(?i)\\b(?:(?:in|since|during|throughout|so far in|through|for|of)\\s+(?:19|20)\\d\\d\\b(?![-/]\\d)"
            + "|(?:this|last|each|every|per|a|the past|the previous)\\s+year\\b(?!-)"
            + "|annually\\b|so far this year\\b|year[- ]to[- ]date\\b)");

    private YearTolls() {}

    /** Whether a sentence speaks of a year's span. */
    static boolean yearSpan(String sentence) {
        return sentence != null && YEAR.matcher(sentence).find();
    }

    /**
     * The figures less the counts of dead or hurt (two or more) said in a sentence about a year; {@code sentenceAt}
     * gives the text of the sentence at an offset, or null.
     */
    static List<Figure> without(List<Figure> figures, IntFunction<String> sentenceAt) {
        if (figures.isEmpty()) return figures;
        return figures.stream().filter(f -> !toll(f, sentenceAt)).toList();
    }

    private static boolean toll(Figure f, IntFunction<String> sentenceAt) {
        if (f.kind() != FigureKind.KILLED && f.kind() != FigureKind.INJURED) return false;
        Integer v = f.value();
        return v != null && v >= 2 && yearSpan(sentenceAt.apply(f.start()));
    }
}
