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
            Lang.EN, Set.of("the", "and", "of", "in", "to", "was", "were", "said", "on", "with", "by", "have"),
            Lang.FR, Set.of("le", "la", "les", "des", "et", "une", "est", "dans", "du", "au", "ont", "sur"),
            Lang.ES, Set.of("el", "los", "las", "del", "y", "una", "en", "que", "por", "fue", "con", "han"),
            Lang.DE, Set.of("der", "die", "das", "und", "ist", "den", "dem", "ein", "eine", "wurde", "mit", "nicht"),
            Lang.IT, Set.of("il", "gli", "della", "di", "che", "e", "una", "sono", "nel", "è", "stato", "dei"),
            Lang.NL, Set.of("de", "het", "een", "en", "van", "is", "zijn", "werd", "op", "niet", "met", "bij"));

    static Lang guess(String text) {
        int n = Math.min(text.length(), 2000);
        int arabic = 0, letters = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC) arabic++;
        }
        if (letters > 0 && arabic * 2 > letters) return Lang.AR;
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
        return best;
    }
}
