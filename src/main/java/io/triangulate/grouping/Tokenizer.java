package io.triangulate.grouping;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grouping stage's own word tokenizer: Unicode letters and digits, lower-cased, accents folded,
 * stop words of the supported languages dropped and a light plural strip. Language-agnostic on purpose:
 * it only feeds the text-similarity channel, which is weighted down across languages.
 */
final class Tokenizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    static final Set<String> STOP = java.util.Set.copyOf(java.util.List.of(
            // English
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
            "these", "those", "he", "she", "they", "his", "her", "their", "him", "them", "we", "our", "you", "your",
            "i", "my", "me", "not", "no", "said", "says", "say", "will", "would", "could", "should", "can", "may",
            "also", "after", "before", "about", "into", "up", "out", "who", "what", "when", "where", "which", "there",
            "than", "then", "if", "so", "do", "did", "does", "just", "more", "most", "some", "all", "any", "one",
            "new", "over", "other", "been", "while", "during", "according", "told", "get", "got", "like", "off",
            "down", "s", "t", "am", "pm", "mr", "mrs", "ms", "how", "said", "being", "very", "only", "now", "time",
            "year", "years", "day", "days", "week", "people", "news", "report", "reported", "reports",
            // French
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "est", "sont", "ont",
            "pour", "par", "sur", "dans", "qui", "que", "ce", "cette", "il", "elle", "ils", "se", "sa", "son", "ses",
            "pas", "ne", "plus", "avec", "été", "ete", "a", "l", "d", "qu",
            // Spanish / Italian / Portuguese
            "el", "los", "las", "y", "del", "al", "por", "para", "con", "se", "su", "sus", "lo", "es", "fue", "una",
            "uno", "il", "di", "da", "della", "delle", "dei", "degli", "e", "che", "per", "gli", "nel", "nella",
            "sono", "stato", "ha", "hanno",
            // German / Dutch
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "und", "oder", "ist", "sind", "wurde",
            "wurden", "mit", "von", "zu", "im", "auf", "für", "fur", "bei", "nach", "sich", "nicht", "het", "een",
            "en", "van", "op", "te", "werd", "werden", "zijn", "met", "voor", "bij", "dat", "niet",
            // Arabic (folded forms)
            "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "التي", "الذي", "مع", "هذا", "هذه", "وقد", "قد", "كان",
            "و", "ما", "لا"));

    private Tokenizer() {}

    /** Folds case and accents (é → e) without touching non-Latin scripts' letters. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("");
    }

    /** Content tokens of a text, in order. Pure numbers are kept only when they have 1–4 digits. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String f = fold(text);
        int n = f.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(f.charAt(i))) i++;
            int s = i;
            while (i < n && Character.isLetterOrDigit(f.charAt(i))) i++;
            if (i > s) {
                String t = f.substring(s, i);
                if (t.length() < 2 || STOP.contains(t)) continue;
                if (isDigits(t)) { if (t.length() <= 4) out.add(t); continue; }
                out.add(stem(t));
            }
        }
        return out;
    }

    static boolean isDigits(String t) {
        for (int k = 0; k < t.length(); k++) if (!Character.isDigit(t.charAt(k))) return false;
        return true;
    }

    /** A light, language-neutral plural strip (shootings → shooting, victims → victim). */
    static String stem(String t) {
        int n = t.length();
        if (n > 4 && t.endsWith("ies")) return t.substring(0, n - 3) + "y";
        if (n > 3 && t.charAt(n - 1) == 's' && t.charAt(n - 2) != 's' && t.charAt(n - 2) != 'u' && t.charAt(n - 2) != 'i')
            return t.substring(0, n - 1);
        return t;
    }
}
