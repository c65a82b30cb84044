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
    private final List<List<Lexicon.Match>> byConcept = new java.util.ArrayList<>(N);
    private final int tokens;

    private Evidence(List<Lexicon.Match> matches, int tokens) {
        this.matches = matches;
        this.tokens = tokens;
        for (int i = 0; i < N; i++) byConcept.add(new java.util.ArrayList<>(0));
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

    /**
     * Concepts a negation before them does not cancel: who acts or suffers, where, and the cues that carry
     * their own negation ("encountered no resistance", "denied").
     */
    private static final java.util.Set<Concept> KEPT_UNDER_NEGATION = java.util.EnumSet.of(Concept.GOV_ACTOR,
            Concept.NONSTATE_ACTOR, Concept.SECURITY_FORCE, Concept.MIL_TARGET, Concept.CIV_TARGET, Concept.TERRITORY,
            Concept.TOPIC, Concept.REPORTED, Concept.INTENT, Concept.FUTURE, Concept.NO_RESISTANCE, Concept.DENY);

    /**
     * How much a match counts: by its sentence, and less when it states a possibility, a threat or a plan
     * (what may happen counts less than what happened) or the reason of the reported event.
     */
    static double factor(Lexicon.Match m) {
        for (Concept c : m.cue().conceptArray()) if (PARTICIPANTS.contains(c)) return positionFactor(m.sentence());
        return positionFactor(m.sentence()) * (m.irrealis() ? IRREALIS_FACTOR : 1.0) * (m.background() ? BACKGROUND_FACTOR : 1.0);
    }

    /** Factor of a cue named as the reason of the reported event ("in retaliation for the attack"). */
    static final double BACKGROUND_FACTOR = 0.5;

    /** Factor of a cue that states a possibility, a threat or a plan ("could attack", "vowed to storm"). */
    static final double IRREALIS_FACTOR = 0.4;

    /** Who acts or suffers and where: what a modal or a reason marker before them does not weaken. */
    private static final java.util.Set<Concept> PARTICIPANTS = java.util.EnumSet.of(Concept.GOV_ACTOR,
            Concept.NONSTATE_ACTOR, Concept.SECURITY_FORCE, Concept.MIL_TARGET, Concept.CIV_TARGET, Concept.TERRITORY,
            Concept.TOPIC, Concept.REPORTED, Concept.INTENT, Concept.FUTURE);

    /** Whether a match states that something did not happen ("did not attack", "no protest took place", "no one was killed"). */
    static boolean cancelled(Lexicon.Match m) {
        return m.negated() && !keptUnderNegation(m);
    }

    private static boolean keptUnderNegation(Lexicon.Match m) {
        for (Concept c : m.cue().conceptArray()) if (KEPT_UNDER_NEGATION.contains(c)) return true;
        return false;
    }

    static Evidence of(List<Lexicon.Match> all, int tokens) {
        List<Lexicon.Match> matches = all;
        for (Lexicon.Match m : all) {
            if (cancelled(m)) {
                matches = all.stream().filter(x -> !cancelled(x)).toList();
                break;
            }
        }
        Evidence e = new Evidence(matches, tokens);
        // One span signals each concept once (with its strongest cue); each distinct cue counts once per
        // concept, where it counts most. Matches come in text order, ties of one span next to each other.
        java.util.IdentityHashMap<Cue, double[]> best = new java.util.IdentityHashMap<>();
        int n = matches.size();
        for (int k = 0; k < n; k++) {
            Lexicon.Match m = matches.get(k);
            // What may happen, is threatened or planned counts less than what happened.
            double f = factor(m);
            for (Concept c : m.cue().conceptArray()) {
                int i = c.ordinal();
                e.byConcept.get(i).add(m);
                if (m.start() < e.first[i]) {
                    e.first[i] = m.start();
                    e.firstSentence[i] = m.sentence();
                }
                if (weakerTwin(matches, k, c)) continue;
                double[] v = best.computeIfAbsent(m.cue(), x -> new double[N]);
                v[i] = Math.max(v[i], m.cue().weight() * f);
            }
        }
        for (double[] v : best.values()) for (int i = 0; i < N; i++) e.strength[i] += v[i];
        return e;
    }

    /**
     * Whether another match over some of the same words signals {@code c} more strongly (or as strongly,
     * earlier in the list): a phrase and a gapped cue over it ("lobbed a grenade" and "grenade", "expelled
     * the diplomat" and "diplomat") are one piece of evidence, not two.
     */
    private static boolean weakerTwin(List<Lexicon.Match> matches, int k, Concept c) {
        Lexicon.Match m = matches.get(k);
        // Matches come by start; no cue with its gaps spans more than MAX_SPAN words.
        for (int j = k - 1; j >= 0 && m.start() - matches.get(j).start() <= MAX_SPAN; j--) {
            Lexicon.Match o = matches.get(j);
            if (o.end() > m.start() && o.cue().concepts().contains(c) && o.cue().weight() >= m.cue().weight()) return true;
        }
        for (int j = k + 1; j < matches.size() && matches.get(j).start() < m.end(); j++) {
            Lexicon.Match o = matches.get(j);
            if (o.cue().concepts().contains(c) && o.cue().weight() > m.cue().weight()) return true;
        }
        return false;
    }

    /** A bound on the words one match covers, gaps included (for the overlap scan). */
    private static final int MAX_SPAN = 24;

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

    /** The matches signalling one concept, in text order. */
    List<Lexicon.Match> matches(Concept c) {
        return byConcept.get(c.ordinal());
    }

    int tokens() {
        return tokens;
    }

    /**
     * Strength of {@code c} counting only the matches not within {@code window} words after a {@code marker}
     * in the same sentence ("a march against police brutality": the brutality is the topic, not the event).
     */
    double aOutside(Concept c, Concept marker, int window) {
        return aOutside(c, marker, window, null, 0);
    }

    /**
     * Like {@link #aOutside(Concept, Concept, int)} with a second marker and its own window ("attempted to
     * block traffic": an attempt is not the act).
     */
    double aOutside(Concept c, Concept marker, int window, Concept marker2, int window2) {
        java.util.IdentityHashMap<Cue, Double> best = new java.util.IdentityHashMap<>();
        outer:
        for (Lexicon.Match m : matches(c)) {
            for (Lexicon.Match k : matches(marker)) {
                if (k.sentence() == m.sentence() && k.end() <= m.start() && m.start() - k.end() <= window) continue outer;
            }
            if (marker2 != null) {
                for (Lexicon.Match k : matches(marker2)) {
                    if (k.sentence() == m.sentence() && k.end() <= m.start() && m.start() - k.end() <= window2) continue outer;
                }
            }
            best.merge(m.cue(), m.cue().weight() * factor(m), Math::max);
        }
        double sum = 0;
        for (double v : best.values()) sum += v;
        return sum;
    }

    /** Whether {@code a} and {@code b} occur in one sentence within {@code window} words of each other. */
    boolean near(Concept a, Concept b, int window) {
        for (Lexicon.Match x : matches(a)) {
            for (Lexicon.Match y : matches(b)) {
                if (y == x || y.sentence() != x.sentence()) continue;
                int d = y.start() >= x.end() ? y.start() - x.end() : x.start() >= y.end() ? x.start() - y.end() : 0;
                if (d <= window) return true;
            }
        }
        return false;
    }

    /** Whether {@code a} occurs before {@code b} in one sentence within {@code window} words. */
    boolean before(Concept a, Concept b, int window) {
        for (Lexicon.Match x : matches(a)) {
            for (Lexicon.Match y : matches(b)) {
                if (y == x || y.sentence() != x.sentence()) continue;
                if (y.start() >= x.end() && y.start() - x.end() <= window) return true;
            }
        }
        return false;
    }
}
