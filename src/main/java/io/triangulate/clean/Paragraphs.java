package io.triangulate.clean;

import java.util.ArrayList;
import java.util.List;

/** Splitting a text into paragraphs, and small text measures the cleaner uses. */
final class Paragraphs {
    private Paragraphs() {}

    /**
     * The text's non-blank lines, white space normalised; a line that ends mid-sentence followed by one that
     * starts in lower case is a hard wrap, and the two are joined.
     */
    static List<String> split(String text) {
        boolean hardWrapped = looksHardWrapped(text);
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        int i = 0, n = text.length();
        while (i <= n) {
            int nl = i;
            while (nl < n && text.charAt(nl) != '\n' && text.charAt(nl) != '\r' && text.charAt(nl) != '\u2029') nl++;
            String line = normalizeSpaces(text.substring(i, nl));
            if (line.isEmpty()) {
                if (cur != null) { out.add(cur.toString()); cur = null; }
            } else if (cur != null && isWrapped(cur, line, hardWrapped)) {
                cur.append(' ').append(line);
            } else {
                if (cur != null) out.add(cur.toString());
                cur = new StringBuilder(line);
            }
            i = nl + 1;
            if (nl < n && text.charAt(nl) == '\r' && nl + 1 < n && text.charAt(nl + 1) == '\n') i++;
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }

    private static boolean isWrapped(CharSequence prev, String next, boolean hardWrapped) {
        if (endsSentence(prev)) return false;
        return hardWrapped || Character.isLowerCase(next.charAt(0));
    }

    private static boolean endsSentence(CharSequence line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"”’»)]…。؟".indexOf(last) >= 0;
    }

    /**
     * A text is hard-wrapped when most of its lines (at least three, within runs of consecutive lines) end
     * mid-sentence and a good share of them continue in lower case on the next line (a list of headlines
     * does not): then every line ending mid-sentence continues on the next.
     */
    static boolean looksHardWrapped(String text) {
        int lines = 0, open = 0, lowerNext = 0, start = 0, n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) nl = n;
            int e = nl;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
            boolean followed = nl + 1 < n && !Character.isWhitespace(text.charAt(nl + 1));
            if (e > start && followed) { // a non-blank line followed by another non-blank line
                lines++;
                if (!endsSentence(text.subSequence(start, e))) {
                    open++;
                    if (Character.isLowerCase(text.charAt(nl + 1))) lowerNext++;
                }
            }
            start = nl + 1;
        }
        return lines >= 3 && open * 2 > lines && lowerNext * 3 >= open;
    }

    /** Collapses runs of spaces (including no-break and zero-width ones) to one space and trims. */
    static String normalizeSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pending = !sb.isEmpty();
            } else {
                if (pending) sb.append(' ');
                pending = false;
                sb.append(c);
            }
        }
        return sb.length() == s.length() ? s : sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u2009' || c == '\u202F'
                || c == '\f' || c == '\u000B' || (c >= '\u2000' && c <= '\u200A');
    }

    static int words(String s) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean sp = Character.isWhitespace(s.charAt(i));
            if (!sp && !in) w++;
            in = !sp;
        }
        return w;
    }

    /** True when the text holds at least one word of two or more letters. */
    static boolean hasWord(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                if (++run >= 2) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }
}
