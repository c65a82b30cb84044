package io.triangulate.analysis.time;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number and punctuation tokens with their offsets. Hyphens and whitespace separate
 * tokens and are dropped; other punctuation becomes one-character tokens. Letters and digits are split apart
 * ("20h30" → 20 h 30, "1990s" → 1990 s). Forms are lower-cased and stripped of diacritics and Arabic
 * short vowels, so lexicon look-ups ignore accents.
 */
final class Tokenizer {
    private Tokenizer() {}

    /** One token. {@code num} is the value of a digit token, else -1; {@code digits} its digit count. */
    record Tok(int start, int end, String norm, boolean upper, int num, int digits) {
        boolean isNum() { return num >= 0; }
        boolean is(String s) { return norm.equals(s); }
    }

    static List<Tok> tokenize(String text) {
        List<Tok> out = new ArrayList<>(text.length() / 4 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int j = i;
                long v = 0;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    v = Math.min(v * 10 + Character.digit(text.charAt(j), 10), Integer.MAX_VALUE);
                    j++;
                }
                out.add(new Tok(i, j, text.substring(i, j), false, (int) v, j - i));
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < n && (Character.isLetter(text.charAt(j)) || isMark(text.charAt(j)))) j++;
                String raw = text.substring(i, j);
                out.add(new Tok(i, j, norm(raw), Character.isUpperCase(c), -1, 0));
                i = j;
            } else if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013'
                    || c == '\u00AD' || c == '\u200F' || c == '\u200E' || c == '\u0640') {
                i++;
            } else {
                char p = c == '\u2019' || c == '\u2018' || c == '`' ? '\'' : c;
                out.add(new Tok(i, i + 1, String.valueOf(p), false, -1, 0));
                i++;
            }
        }
        return out;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** Lower case, no diacritics, no Arabic vowel marks; alef variants unified. */
    static String norm(String raw) {
        String s = raw.toLowerCase(java.util.Locale.ROOT);
        boolean ascii = true;
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) > 127) { ascii = false; break; }
        if (ascii) return s;
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char ch = d.charAt(k);
            if (isMark(ch)) continue;
            if (ch == 'ß') { sb.append("ss"); continue; }
            if (ch == '\u0649') ch = '\u064A'; // alef maksura → yeh
            if (ch == '\u0671') ch = '\u0627';
            sb.append(ch);
        }
        return sb.toString();
    }
}
