package io.triangulate.analysis.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Writing systems: which script a text is mostly written in, and which languages a script allows. */
final class Scripts {
    private Scripts() {}

    /** Letter counts of a sample: the dominant script, its share, and whether Japanese kana appear. */
    record Profile(UnicodeScript dominant, int letters, int dominantLetters, boolean kana, boolean hangul) {}

    static Profile profile(String s) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        boolean kana = false, hangul = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript sc = UnicodeScript.of(cp);
            if (sc == UnicodeScript.HIRAGANA || sc == UnicodeScript.KATAKANA) kana = true;
            if (sc == UnicodeScript.HANGUL) hangul = true;
            counts.merge(sc, 1, Integer::sum);
            letters++;
        }
        UnicodeScript best = UnicodeScript.UNKNOWN;
        int bestN = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestN) { best = e.getKey(); bestN = e.getValue(); }
        }
        // Japanese mixes Han and kana: treat the mixture as one writing system
        if (kana && (best == UnicodeScript.HAN || best == UnicodeScript.HIRAGANA || best == UnicodeScript.KATAKANA)) {
            bestN = counts.getOrDefault(UnicodeScript.HAN, 0) + counts.getOrDefault(UnicodeScript.HIRAGANA, 0)
                    + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
            best = UnicodeScript.HIRAGANA;
        }
        return new Profile(best, letters, bestN, kana, hangul);
    }

    /** The language a script alone identifies, or null when the script is shared by several languages. */
    static String languageOf(Profile p) {
        if (p.dominantLetters() * 10 < p.letters() * 6) return null; // no script holds 60% of the letters
        return switch (p.dominant()) {
            case GREEK -> "el";
            case HEBREW -> "he";
            case HANGUL -> "ko";
            case HIRAGANA, KATAKANA -> "ja";
            case HAN -> p.hangul() ? "ko" : "zh";
            case THAI -> "th";
            case GEORGIAN -> "ka";
            case ARMENIAN -> "hy";
            case KHMER -> "km";
            case LAO -> "lo";
            case MYANMAR -> "my";
            case SINHALA -> "si";
            case TAMIL -> "ta";
            case TELUGU -> "te";
            case KANNADA -> "kn";
            case MALAYALAM -> "ml";
            case GUJARATI -> "gu";
            case GURMUKHI -> "pa";
            case ETHIOPIC -> "am";
            case TIBETAN -> "bo";
            default -> null;
        };
    }

    /** The main language of a shared script, when the model cannot decide: "und" for Latin. */
    static String fallback(UnicodeScript script) {
        return switch (script) {
            case ARABIC -> "ar";
            case CYRILLIC -> "ru";
            case DEVANAGARI -> "hi";
            case BENGALI -> "bn";
            default -> LanguageDetector.UNDETERMINED;
        };
    }

    private static final Set<String> CYRILLIC = Set.of("rus", "ukr", "bel", "bul", "mkd", "srp", "kaz", "kir", "tat",
            "bak", "che", "tgk", "mon", "uzb", "aze");
    private static final Set<String> ARABIC = Set.of("ara", "fas", "pes", "urd", "pus", "pnb", "uig", "snd");
    private static final Set<String> DEVANAGARI = Set.of("hin", "mar", "nep", "san");
    /** Languages of the model that are never written in Latin letters. */
    private static final Set<String> NON_LATIN = Set.of("rus", "ukr", "bel", "bul", "mkd", "kaz", "kir", "tat", "bak",
            "che", "tgk", "mon", "ara", "fas", "pes", "urd", "pus", "pnb", "hin", "mar", "nep", "san", "ben", "tel", "tam",
            "kan", "mal", "guj", "pan", "sin", "tha", "kat", "hye", "heb", "ell", "cmn", "jpn", "kor");

    /** Whether a (model) language is written in the script. */
    static boolean writtenIn(String iso3, UnicodeScript script) {
        return switch (script) {
            case LATIN -> !NON_LATIN.contains(iso3);
            case CYRILLIC -> CYRILLIC.contains(iso3);
            case ARABIC -> ARABIC.contains(iso3);
            case DEVANAGARI -> DEVANAGARI.contains(iso3);
            case BENGALI -> iso3.equals("ben");
            default -> true;
        };
    }
}
