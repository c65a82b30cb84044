package io.triangulate.analysis.eventtype;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concepts found in one text: per concept a strength (cue weights discounted by how far from the lead
 * they occur, each distinct cue counted once) and where it first occurs, plus the matches themselves so that
 * rules can ask what stands near what.
 */
final class Evidence {
    private static final int N = Concept.values().length;
    private final double[] strength = new double[N];
    private final int[] first = new int[N];
    private final int[] firstSentence = new int[N];
    private final List<Lexicon.Match> matches;
    private final int tokens;

    private Evidence(List<Lexicon.Match> matches, int tokens) {
        this.matches = matches;
        this.tokens = tokens;
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(firstSentence, Integer.MAX_VALUE);
    }

    /** How much a cue counts by the sentence it is in: the lead states the event, later text background. */
    static double positionFactor(int sentence) {
        if (sentence == 0) return 1.0;
        if (sentence == 1) return 0.7;
        if (sentence == 2) return 0.5;
        if (sentence < 8) return 0.35;
        return 0.2;
    }

    static Evidence of(List<Lexicon.Match> matches, int tokens) {
        Evidence e = new Evidence(matches, tokens);
        // One span signals each concept once (with its strongest cue); each distinct cue counts once, where it
        // counts most.
        Map<String, Lexicon.Match> perSpan = new HashMap<>();
        for (Lexicon.Match m : matches) {
            for (Concept c : m.cue().concepts()) {
                perSpan.merge(m.start() + ":" + m.end() + ":" + c.ordinal(), m,
                        (x, y) -> y.cue().weight() > x.cue().weight() ? y : x);
                int i = c.ordinal();
                if (m.start() < e.first[i]) {
                    e.first[i] = m.start();
                    e.firstSentence[i] = m.sentence();
                }
            }
        }
        Map<String, Double> best = new HashMap<>();
        perSpan.forEach((key, m) -> {
            int c = Integer.parseInt(key.substring(key.lastIndexOf(':') + 1));
            best.merge(m.cue().source() + '\u0000' + c, m.cue().weight() * positionFactor(m.sentence()), Math::max);
        });
        best.forEach((key, v) -> e.strength[Integer.parseInt(key.substring(key.indexOf('\u0000') + 1))] += v);
        return e;
    }

    double a(Concept c) {
        return strength[c.ordinal()];
    }

    boolean has(Concept c) {
        return strength[c.ordinal()] > 0;
    }

    /** Token index of the first occurrence, or {@link Integer#MAX_VALUE}. */
    int first(Concept c) {
        return first[c.ordinal()];
    }

    int firstSentence(Concept c) {
        return firstSentence[c.ordinal()];
    }

    List<Lexicon.Match> matches() {
        return matches;
    }

    int tokens() {
        return tokens;
    }

    /** Whether {@code a} and {@code b} occur in one sentence within {@code window} words of each other. */
    boolean near(Concept a, Concept b, int window) {
        for (Lexicon.Match x : matches) {
            if (!x.cue().concepts().contains(a)) continue;
            for (Lexicon.Match y : matches) {
                if (y == x || !y.cue().concepts().contains(b) || y.sentence() != x.sentence()) continue;
                int d = y.start() >= x.end() ? y.start() - x.end() : x.start() >= y.end() ? x.start() - y.end() : 0;
                if (d <= window) return true;
            }
        }
        return false;
    }

    /** Whether {@code a} occurs before {@code b} in one sentence within {@code window} words. */
    boolean before(Concept a, Concept b, int window) {
        for (Lexicon.Match x : matches) {
            if (!x.cue().concepts().contains(a)) continue;
            for (Lexicon.Match y : matches) {
                if (y == x || !y.cue().concepts().contains(b) || y.sentence() != x.sentence()) continue;
                if (y.start() >= x.end() && y.start() - x.end() <= window) return true;
            }
        }
        return false;
    }
}
