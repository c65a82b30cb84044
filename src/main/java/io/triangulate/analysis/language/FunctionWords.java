package io.triangulate.analysis.language;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fallback for short Latin-script texts the model cannot decide: counts the function words of the main
 * news languages. Used only when the statistical model has no clear winner.
 */
final class FunctionWords {
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "is", "was", "were", "are", "has", "have", "with", "that", "this", "from",
                    "by", "for", "it", "its", "be", "been", "which", "who", "after", "over", "will", "not", "at"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui", "sur", "avec",
                    "été", "au", "aux", "ont", "il", "elle", "pas", "ce", "cette"),
            "es", Set.of("el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "fue", "se", "al",
                    "sus", "su", "ha", "han", "como", "pero", "este", "esta"),
            "de", Set.of("der", "die", "das", "und", "ist", "ein", "eine", "mit", "von", "den", "dem", "zu", "auf",
                    "für", "nicht", "sich", "wurde", "im", "auch", "bei"),
            "it", Set.of("il", "della", "di", "e", "è", "che", "un", "per", "nel", "sono", "alla", "gli", "stato",
                    "anche", "ma", "dei", "delle"),
            "nl", Set.of("de", "het", "een", "en", "van", "op", "voor", "zijn", "werd", "niet", "dat", "aan",
                    "bij", "naar", "ook", "maar"),
            "pt", Set.of("o", "os", "da", "do", "das", "dos", "em", "um", "uma", "com", "foi", "não", "na", "no",
                    "ao", "pelo", "pela"));
    private static final List<String> ORDER = List.of("en", "fr", "es", "de", "it", "nl", "pt");

    private FunctionWords() {}

    /** The language whose function words clearly dominate (at least two, twice the runner-up), or null. */
    static String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty()) continue;
            for (String lang : ORDER) {
                if (WORDS.get(lang).contains(token)) hits.merge(lang, 1, Integer::sum);
            }
        }
        String best = null;
        int bestN = 0, second = 0;
        for (String lang : ORDER) {
            int h = hits.getOrDefault(lang, 0);
            if (h > bestN) { second = bestN; bestN = h; best = lang; }
            else if (h > second) second = h;
        }
        return bestN >= 2 && bestN >= 2 * second ? best : null;
    }
}
