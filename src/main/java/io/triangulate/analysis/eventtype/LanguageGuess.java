package io.triangulate.analysis.eventtype;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small guess of a text's language for when the caller gives none: Arabic by script, the others by their
 * commonest function words. Only the lexicon languages are told apart; anything else reads as English.
 */
final class LanguageGuess {
    private LanguageGuess() {}

    private static final Map<Lang, Set<String>> FUNCTION_WORDS = Map.of(
            Lang.EN, Set.of("the", "and", "of", "in", "to", "was", "were", "said", "on", "with", "by", "have", "has",
                    "at", "after", "from", "for", "near", "their", "they", "been"),
            Lang.FR, Set.of("le", "la", "les", "des", "et", "une", "est", "dans", "du", "au", "aux", "ont", "sur", "sont",
                    "pour", "par", "près", "avec", "qui", "ses", "été", "à"),
            Lang.ES, Set.of("el", "los", "las", "del", "y", "una", "en", "que", "por", "fue", "con", "han", "al", "se",
                    "según", "tras", "contra", "su", "sus"),
            Lang.DE, Set.of("der", "die", "das", "und", "ist", "den", "dem", "ein", "eine", "wurde", "wurden", "mit",
                    "nicht", "bei", "einem", "einer", "auf", "im", "sich", "gegen", "nach"),
            Lang.IT, Set.of("il", "gli", "della", "di", "che", "e", "una", "sono", "nel", "è", "stato", "dei", "ha",
                    "per", "con", "da", "alla", "delle", "nella", "tra", "un"),
            Lang.NL, Set.of("de", "het", "een", "en", "van", "is", "zijn", "werd", "werden", "op", "niet", "met", "bij",
                    "tegen", "door", "naar", "hebben", "heeft"));

    /** The number of function words behind the last guess decides whether it is trusted; see {@link #guessWithHits}. */
    static Lang guess(String text) {
        return guessWithHits(text).lang();
    }

    /** A guess with the number of function words behind it. */
    record Guess(Lang lang, int hits) {}

    static Guess guessWithHits(String text) {
        int n = Math.min(text.length(), 2000);
        int arabic = 0, letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) arabic++;
        }
        if (letters > 0 && arabic * 2 > letters) return new Guess(Lang.AR, letters);
        List<String> words = Tokenizer.words(text.substring(0, n));
        Lang best = Lang.EN;
        int bestHits = 0;
        for (Lang l : List.of(Lang.EN, Lang.FR, Lang.ES, Lang.DE, Lang.IT, Lang.NL)) {
            Set<String> fw = FUNCTION_WORDS.get(l);
            int hits = 0;
            for (String w : words) if (fw.contains(w)) hits++;
            if (hits > bestHits) {
                best = l;
                bestHits = hits;
            }
        }
        return new Guess(best, bestHits);
    }
}
