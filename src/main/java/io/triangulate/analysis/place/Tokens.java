package io.triangulate.analysis.place;

import java.util.Arrays;

/**
 * The word tokens of a text for place lookup. A token is a run of letters, digits and marks, keeping inner
 * apostrophes ({@code O'Fallon}) and the dots of abbreviations ({@code U.S}, {@code W.Va}); a possessive
 * {@code 's} is left out. Hyphens and spaces join tokens into multi-word names; any other punctuation breaks them.
 */
final class Tokens {
    final String text;
    int size;
    int[] start = new int[64], end = new int[64];
    String[] key = new String[64];
    /** Bits: see the constants. */
    int[] flags = new int[64];

    static final int UPPER = 1;          // first letter upper/title case
    static final int ALL_CAPS = 2;       // every letter upper case, 2+ letters
    static final int CASED = 4;          // written in a cased script
    static final int JOIN_PREV = 8;      // only spaces or a hyphen since the previous token
    static final int SENT_START = 16;    // first token of a sentence, line or quotation
    static final int PERIOD_AFTER = 32;  // a '.' right after the token
    static final int COMMA_BEFORE = 64;  // a ',' between the previous token and this one
    static final int PAREN_BEFORE = 128; // a '(' right before
    static final int DIGIT = 256;        // starts with a digit
    static final int HAS_DOT = 512;      // inner dots (abbreviation)
    static final int SLASH_BEFORE = 1024;

    Tokens(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        int gapStart = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int s = i;
            int e = i;
            boolean upperAll = true;
            int letters = 0;
            boolean dots = false;
            while (e < n) {
                char d = text.charAt(e);
                if (isWordChar(d)) {
                    if (Character.isLetter(d)) {
                        letters++;
                        if (!Character.isUpperCase(d)) upperAll = false;
                    }
                    e++;
                } else if (d == '.' && e + 1 < n && Character.isUpperCase(text.charAt(e + 1)) && e - segStart(text, s, e) <= 2
                        && Character.isLetter(text.charAt(e - 1))) {
                    dots = true;
                    e++;
                } else if ((d == '\'' || d == '’') && e + 1 < n && Character.isLetter(text.charAt(e + 1))
                        && !contraction(text, e + 1)) {
                    e++;
                } else {
                    break;
                }
            }
            int el = elision(text, s, e);
            if (el > s) {                       // "d'Erbil", "l'Irak", "dell'Iraq": the name after the article
                upperAll = true;
                letters = 0;
                for (int k = el; k < e; k++) {
                    char d = text.charAt(k);
                    if (Character.isLetter(d)) { letters++; if (!Character.isUpperCase(d)) upperAll = false; }
                }
                s = el;
            }
            add(s, e, gapStart, upperAll && letters >= 2, dots);
            i = e;
            // skip a possessive 's
            if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) i += 2;
            gapStart = e;
        }
    }

    /** Elided articles and prepositions of French and Italian written onto the next word. */
    private static final java.util.Set<String> ELIDED = java.util.Set.of("l", "d", "qu", "j", "n", "s", "c", "m", "t",
            "jusqu", "lorsqu", "puisqu", "dell", "all", "dall", "nell", "sull", "coll", "quell", "un", "gl");

    /**
     * Where the word starts after an elided article ({@code d'Erbil} → {@code Erbil}, {@code L'un} → {@code un}), or
     * {@code s} when there is none. Names that carry their article ({@code L'Aquila}, {@code D'Iberville},
     * {@code O'Fallon}) keep it: a capitalised article before a capitalised word is part of the name.
     */
    static int elision(String text, int s, int e) {
        int a = s;
        while (a < e && a - s <= 6 && Character.isLetter(text.charAt(a))) a++;
        if (a >= e - 1 || a == s || (text.charAt(a) != '\'' && text.charAt(a) != '’')) return s;
        String art = text.substring(s, a);
        if (!ELIDED.contains(art.toLowerCase(java.util.Locale.ROOT))) return s;
        boolean articleUpper = Character.isUpperCase(art.charAt(0));
        boolean nameUpper = Character.isUpperCase(text.charAt(a + 1));
        if (articleUpper && nameUpper) return s;
        return a + 1;
    }

    /** "’s", "’ve", "’ll", "’re", "’d", "’t", "’m" after an apostrophe. */
    private static boolean contraction(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        String rest = text.substring(from, e).toLowerCase(java.util.Locale.ROOT);
        return switch (rest) {
            case "s", "ve", "ll", "re", "d", "t", "m" -> true;
            default -> false;
        };
    }

    private static int segStart(String text, int s, int e) {
        int k = e;
        while (k > s && text.charAt(k - 1) != '.') k--;
        return k;
    }

    private void add(int s, int e, int gapStart, boolean allCaps, boolean dots) {
        if (size == start.length) {
            int m = size * 2;
            start = Arrays.copyOf(start, m);
            end = Arrays.copyOf(end, m);
            key = Arrays.copyOf(key, m);
            flags = Arrays.copyOf(flags, m);
        }
        int f = 0;
        int cp = text.codePointAt(s);
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) f |= UPPER;
        if (allCaps) f |= ALL_CAPS;
        if (Names.casedScript(cp)) f |= CASED;
        if (Character.isDigit(cp)) f |= DIGIT;
        if (dots) f |= HAS_DOT;
        if (e < text.length() && text.charAt(e) == '.') f |= PERIOD_AFTER;
        // the gap since the previous token
        boolean join = size > 0, sentence = size == 0;
        int spaces = 0;
        for (int k = gapStart; k < s; k++) {
            char g = text.charAt(k);
            if (g == ' ' || g == '\u00a0') {
                spaces++;
            } else if (g == '-' || g == '‐' || g == '–') {
                if (k > gapStart && k + 1 < s) join = false; // spaced dash: a break
            } else {
                join = false;
                if (g == ',') f |= COMMA_BEFORE;
                if (g == '(') f |= PAREN_BEFORE;
                if (g == '/') f |= SLASH_BEFORE;
                if (g == '.' || g == '!' || g == '?' || g == '\n' || g == ':' || g == ';' || g == '"' || g == '“'
                        || g == '”' || g == '(' || g == '[' || g == '|' || g == '•' || g == '—') sentence = true;
            }
        }
        if (spaces > 2) join = false;
        if (size > 0 && (flags[size - 1] & PERIOD_AFTER) != 0) {
            // "St. Louis": the abbreviation's period does not end the sentence; other periods do
            String prev = key[size - 1];
            if (!(prev.length() <= 3 && (flags[size - 1] & UPPER) != 0)) sentence = true;
            else join = true;
        }
        if (join) f |= JOIN_PREV;
        if (sentence) f |= SENT_START;
        start[size] = s;
        end[size] = e;
        key[size] = Names.normalize(text.substring(s, e));
        flags[size] = f;
        size++;
    }

    boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
