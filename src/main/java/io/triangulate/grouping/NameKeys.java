package io.triangulate.grouping;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Spelling- and script-independent keys for proper names: the name is transliterated to Latin letters
 * (Arabic, Cyrillic, Greek), folded, and reduced to a consonant skeleton where letters that transliterations
 * confuse share one class (q/k/c/g/gh/kh → k, z → s, ph → f…), vowels and glides are dropped except a leading
 * one, and doubled letters collapse. "Qassem", "Ghassem" and "قاسم" all give {@code ksm};
 * "Soleimani", "Suleimani" and "سليماني" give {@code slmn}.
 */
final class NameKeys {
    private static final Map<Character, String> TRANSLIT = Map.ofEntries(
            // Arabic
            Map.entry('ا', "a"), Map.entry('أ', "a"), Map.entry('إ', "i"), Map.entry('آ', "a"), Map.entry('ب', "b"),
            Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"), Map.entry('خ', "kh"),
            Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"), Map.entry('س', "s"),
            Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"), Map.entry('ظ', "z"),
            Map.entry('ع', "'"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('و', "w"),
            Map.entry('ي', "y"), Map.entry('ى', "a"), Map.entry('ة', "a"), Map.entry('ء', "'"), Map.entry('ئ', "'"),
            Map.entry('ؤ', "'"), Map.entry('پ', "p"), Map.entry('چ', "ch"), Map.entry('ک', "k"), Map.entry('گ', "g"),
            Map.entry('ی', "y"),
            // Cyrillic
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "sh"), Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('ь', ""), Map.entry('ъ', ""),
            // Greek
            Map.entry('α', "a"), Map.entry('β', "v"), Map.entry('γ', "g"), Map.entry('δ', "d"), Map.entry('ε', "e"),
            Map.entry('ζ', "z"), Map.entry('η', "i"), Map.entry('θ', "th"), Map.entry('ι', "i"), Map.entry('κ', "k"),
            Map.entry('λ', "l"), Map.entry('μ', "m"), Map.entry('ν', "n"), Map.entry('ξ', "x"), Map.entry('ο', "o"),
            Map.entry('π', "p"), Map.entry('ρ', "r"), Map.entry('σ', "s"), Map.entry('ς', "s"), Map.entry('τ', "t"),
            Map.entry('υ', "y"), Map.entry('φ', "f"), Map.entry('χ', "ch"), Map.entry('ψ', "ps"), Map.entry('ω', "o"));

    private NameKeys() {}

    /** Latin transliteration of a folded (lower-case, accent-free) word. */
    static String transliterate(String folded) {
        StringBuilder sb = new StringBuilder(folded.length() + 4);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 128) { sb.append(c); continue; }
            String t = TRANSLIT.get(c);
            if (t != null) sb.append(t);
            else if (Character.isLetter(c)) sb.append(c);
        }
        return sb.toString();
    }

    /** The consonant skeleton of one name word, or null when too short to be distinctive. */
    static String key(String word) {
        String w = transliterate(Tokenizer.fold(word));
        if (w.length() < 3) return null;
        w = w.replace("kh", "k").replace("gh", "k").replace("ph", "f").replace("th", "t").replace("sh", "s")
                .replace("dh", "d").replace("ck", "k").replace("ch", "k").replace("x", "ks");
        StringBuilder sb = new StringBuilder(w.length());
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char m = switch (c) {
                case 'q', 'c', 'g', 'k' -> 'k';
                case 'z' -> 's';
                case 'v' -> 'f';
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h', '\'' -> i == 0 ? 'a' : 0;
                default -> Character.isLetterOrDigit(c) ? c : 0;
            };
            if (m == 0) { last = 0; continue; }
            if (m == last) continue;
            sb.append(m);
            last = m;
        }
        // vowels between equal consonants collapse too ("Sims"/"Simms" alike)
        return sb.length() >= 2 ? sb.toString() : null;
    }

    /**
     * The name keys of a text: for scripts with letter case, every capitalised word that is not a stop word
     * (sentence-initial common words are thus mostly excluded by the stop list, and what remains is weighted
     * by rarity); for scripts without case (Arabic), every content word and its form without the article
     * "ال" or the conjunction "و", since a name cannot be told from a word there.
     */
    static Set<String> of(String text) {
        Set<String> keys = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) i++;
            if (i - s < 3) continue;
            String w = text.substring(s, i);
            char c0 = w.charAt(0);
            if (Character.isUpperCase(c0)) {
                if (isAllUpper(w) && w.length() > 5) continue; // shouted headlines and datelines
                String f = Tokenizer.fold(w);
                if (Tokenizer.STOP.contains(f) || COMMON_CAPS.contains(f)) continue;
                String k = key(w);
                if (k != null) keys.add(k);
            } else if (Character.UnicodeScript.of(c0) == Character.UnicodeScript.ARABIC) {
                String f = Tokenizer.fold(w);
                if (Tokenizer.STOP.contains(f)) continue;
                addKey(keys, f);
                if (f.startsWith("ال") && f.length() > 4) addKey(keys, f.substring(2));
                if (f.startsWith("و") && f.length() > 4) addKey(keys, f.substring(1));
                if (f.startsWith("وال") && f.length() > 5) addKey(keys, f.substring(3));
            }
        }
        return keys;
    }

    private static void addKey(Set<String> keys, String w) {
        String k = key(w);
        if (k != null && k.length() >= 3) keys.add(k);
    }

    private static boolean isAllUpper(String w) {
        for (int i = 0; i < w.length(); i++) if (Character.isLowerCase(w.charAt(i))) return false;
        return true;
    }

    /** Capitalised words that are not names in news text: days, months, titles, generic heads. */
    static final Set<String> COMMON_CAPS = java.util.Set.copyOf(java.util.List.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "police", "officer", "officers", "sgt", "lt", "capt", "chief", "detective",
            "department", "county", "city", "state", "street", "avenue", "road", "drive", "north", "south", "east",
            "west", "according", "authorities", "officials", "investigators", "update", "updated", "copyright",
            "associated", "press", "posted", "related", "more", "read", "click", "photo", "video", "image",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "avril",
            "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lunes", "martes",
            "miercoles", "jueves", "viernes", "sabado", "domingo", "enero", "febrero", "marzo", "abril", "mayo",
            "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "montag", "dienstag",
            "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "marz", "juni", "juli",
            "oktober", "dezember", "polizei", "policia", "polizia", "politie", "maandag", "dinsdag", "woensdag",
            "donderdag", "vrijdag", "zaterdag", "zondag", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
            "sabato", "domenica", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
            "ottobre", "dicembre"));
}
