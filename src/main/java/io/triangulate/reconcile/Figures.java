package io.triangulate.reconcile;

import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One article's figure per kind for one event. Killed and injured follow
 * {@link FigureExtractor#summarise}: the largest count, and people "shot" less those who died count as
 * injured. Each is carried by the figure that says it (for a derived injured count, the "shot" figure),
 * with the value it stands for. Other kinds take the largest exact count, else a bound. A killed or injured
 * 1 said by a singular phrase with no count ("a man was slain") is a lower bound: at least one. An injured 0
 * derived from people shot who all died ("a man was shot and died") is one too: at least 0, since the
 * article names no other wounded but does not say there were none; a stated 0 ("no one else was hurt") stays 0.
 * Likewise any count read from a phrase with no count word ("murder-suicide": two dead) is at least that many.
 */
final class Figures {
    /** A figure as one article gives it for the event: the value and the phrase that says it. */
    record Given(int value, Integer min, Integer max, Figure figure) {}

    /**
     * A count in the words of a figure: digits or a number word. Without one, a singular phrase ("a man was
     * slain", "Teen shot") names a victim without saying he was the only one: it agrees with any count.
     */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "(?iu)\\d|\\b(?:one|single|lone|only|sole|two|both|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|hundred|dozen"
            + "|double|triple|quadruple)\\b");

    private Figures() {}

    static Map<FigureKind, Given> perKind(List<Figure> figures) {
        return perKind(figures, FigureExtractor.tally(figures));
    }

    /** As {@link #perKind(List)}, with the figures' tally already made ({@link FigureExtractor#tally}). */
    static Map<FigureKind, Given> perKind(List<Figure> figures, FigureExtractor.Tally sum) {
        Map<FigureKind, Given> out = new EnumMap<>(FigureKind.class);
        put(out, FigureKind.KILLED, sum.killed(), figures);
        put(out, FigureKind.INJURED, sum.injured(), figures);
        for (Figure f : figures) {
            FigureKind k = f.kind();
            if (k == FigureKind.KILLED || k == FigureKind.INJURED || k == FigureKind.WEAPON || k == FigureKind.OTHER || f.value() == null) continue;
            Given b = out.get(k);
            if (b == null || rank(f) > rank(b.figure())) out.put(k, new Given(f.value(), f.min(), f.max(), f));
        }
        return out;
    }

    private static void put(Map<FigureKind, Given> out, FigureKind kind, Integer value, List<Figure> figures) {
        if (value == null) return;
        Figure said = null;
        for (Figure f : figures) {
            if (f.kind() == kind && value.equals(f.value())) { said = f; break; }
        }
        if (said != null) {
            // "a man was slain": at least one; "murder-suicide": at least two (no count says there were no others)
            boolean bound = value > 0 && value.equals(said.max()) && !COUNTED.matcher(said.text()).find();
            out.put(kind, new Given(value, said.min(), bound ? null : said.max(), said));
            return;
        }
        for (Figure f : figures) { // derived: "five people were shot, one fatally" → 4 injured, said by the count of those shot
            if (f.kind() == kind && f.value() != null && f.value() > 0) { said = f; break; }
        }
        if (said == null) {
            for (Figure f : figures) {
                if (f.kind() == FigureKind.INJURED || f.kind() == FigureKind.KILLED) { said = f; break; }
            }
        }
        // a derived 0 injured ("a man was shot and died") says nothing of other wounded: at least 0
        if (said != null) out.put(kind, new Given(value, value, value == 0 && kind == FigureKind.INJURED ? null : value, said));
    }

    private static long rank(Figure f) {
        return (f.exact() ? 1L << 40 : 0) + f.value();
    }
}
