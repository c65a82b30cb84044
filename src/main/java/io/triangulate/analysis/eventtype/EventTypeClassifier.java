package io.triangulate.analysis.eventtype;

import io.triangulate.model.EventType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies a news text or snippet into one of the 30 {@link EventType} codes (CASE-2021 Task 2: the 25
 * ACLED sub-event types plus ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO and ATTRIB).
 *
 * <p>Transparent and rule-based: per-language trigger lexicons ({@code cues-<lang>.txt}: English, French,
 * Spanish, German, Italian, Dutch, Arabic) map stemmed words and phrases to language-independent concepts
 * (a weapon, a target, a protest, a capture…), weighted by how close to the lead they occur; one set of
 * rules ({@code TypeRules}) turns the concepts into a score per type, following the ACLED definitions.
 * Texts with no clear cue are {@link EventType#OTHER}.
 *
 * <p>Immutable and thread-safe; build once with {@link #create()} and share.
 *
 * <pre>{@code
 * EventTypeClassifier c = EventTypeClassifier.create();
 * c.classify("Two Katyusha rockets landed near the US embassy.", "en");   // ART_MISS_ATTACK
 * }</pre>
 */
public final class EventTypeClassifier {
    private final Map<Lang, Lexicon> lexicons;

    private EventTypeClassifier(Map<Lang, Lexicon> lexicons) {
        this.lexicons = lexicons;
    }

    /** Loads the lexicons of every supported language (a few milliseconds). */
    public static EventTypeClassifier create() {
        Map<Lang, Lexicon> m = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) m.put(l, Lexicon.load(l));
        return new EventTypeClassifier(Collections.unmodifiableMap(m));
    }

    /** The ISO 639-1 codes with a trigger lexicon. */
    public static List<String> languages() {
        return java.util.Arrays.stream(Lang.values()).map(Lang::code).toList();
    }

    /**
     * The event type of a text.
     *
     * @param text     a snippet, a headline and lead, or a whole article (its first 6,000 characters are read)
     * @param language ISO 639-1 code; null, blank or unsupported → guessed among the supported languages
     * @return the best-scoring type, {@link EventType#OTHER} when nothing signals an event type
     */
    public EventType classify(String text, String language) {
        double[] s = raw(text, language);
        int best = EventType.OTHER.ordinal();
        for (int i = 0; i < s.length; i++) if (s[i] > s[best]) best = i;
        return EventType.values()[best];
    }

    /**
     * Scores of every type for a text, normalised to sum to 1 (a relative strength of evidence, not a
     * calibrated probability). The highest is {@link #classify}'s answer.
     */
    public Map<EventType, Double> scores(String text, String language) {
        double[] s = raw(text, language);
        double sum = 0;
        for (double v : s) sum += v;
        Map<EventType, Double> out = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) out.put(t, sum > 0 ? s[t.ordinal()] / sum : 0.0);
        return Collections.unmodifiableMap(out);
    }

    /** The concepts and cues found in a text, for explaining a decision. */
    String explain(String text, String language) {
        Lang lang = resolve(text, language);
        List<Token> tokens = Tokenizer.tokenize(text, lang);
        StringBuilder sb = new StringBuilder(lang.code()).append(':');
        for (Lexicon.Match m : lexicons.get(lang).match(tokens)) {
            sb.append(" [").append(m.sentence()).append(':').append(m.cue().source()).append("→")
                    .append(m.cue().concepts()).append(']');
        }
        return sb.toString();
    }

    double[] raw(String text, String language) {
        Objects.requireNonNull(text, "text");
        Lang lang = resolve(text, language);
        List<Token> tokens = Tokenizer.tokenize(text, lang);
        Evidence e = Evidence.of(lexicons.get(lang).match(tokens), tokens.size());
        return TypeRules.score(e);
    }

    private Lang resolve(String text, String language) {
        Lang l = Lang.of(language);
        if (l != null) return l;
        LanguageGuess.Guess g = LanguageGuess.guessWithHits(text);
        if (g.hits() >= 4 || g.lang() == Lang.AR) return g.lang();
        // A short text with few function words: the language whose lexicon recognises most of it.
        Lang best = g.lang();
        double bestWeight = cueWeight(text, best) * 1.2;
        for (Lang c : Lang.values()) {
            if (c == Lang.AR || c == g.lang()) continue;
            double w = cueWeight(text, c);
            if (w > bestWeight) {
                best = c;
                bestWeight = w;
            }
        }
        return best;
    }

    private double cueWeight(String text, Lang lang) {
        double w = 0;
        for (Lexicon.Match m : lexicons.get(lang).match(Tokenizer.tokenize(text, lang))) w += m.cue().weight();
        return w;
    }
}
