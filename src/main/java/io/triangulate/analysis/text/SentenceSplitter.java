package io.triangulate.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits news text into sentences, with rules made for news: every line break ends a sentence (paragraphs,
 * headings, embedded posts); {@code . ! ? …} and the Arabic, CJK and full-width marks end one when the next
 * sentence starts (a capital, a digit, an opening quote, or a letter of a script without case); closing
 * quotes and brackets stay with the sentence they close; titles ({@code Mr.}, {@code Gen.}, {@code Sen.})
 * never end one; other abbreviations ({@code Jan.}, {@code Inc.}, US states in datelines: {@code Tenn.}), initials and dotted acronyms
 * ({@code U.S.}, {@code a.m.}) end one only when a usual sentence starter follows ({@code The}, {@code He},
 * {@code Police}…). Abbreviation lists are per language ({@code abbrev-LANG.txt}), English merged into all.
 *
 * <p>Rules rather than OpenNLP's sentence models: the Maven Central models (UD-trained, en/fr/de only) split
 * "Gen. | Mark Hale", "Jan. | 12", "Tenn. | (WXYZ)" and "John F. | Kennedy", and take about 2 ms for 3 KB,
 * against tens of microseconds here.
 *
 * <p>Spans are trimmed and index the given text. Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private static final SentenceSplitter INSTANCE = new SentenceSplitter();

    private SentenceSplitter() {}

    public static SentenceSplitter create() { return INSTANCE; }

    /**
     * The sentences of {@code text}.
     *
     * @param language ISO 639-1 code, or null (English abbreviations)
     */
    public List<TextSpan> split(String text, String language) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        Abbreviations abbr = Abbreviations.of(language);
        List<TextSpan> out = new ArrayList<>(Math.max(4, text.length() / 100));
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                add(text, start, i, out);
                start = i + 1;
                i++;
                continue;
            }
            if (isFullStop(c)) { // CJK and full-width marks need no space after them
                int e = skipClosers(text, i + 1);
                add(text, start, e, out);
                start = e;
                i = e;
                continue;
            }
            if (isTerminal(c)) {
                int runEnd = i + 1;
                while (runEnd < n && isTerminal(text.charAt(runEnd))) runEnd++;
                int e = skipClosers(text, runEnd);
                if (e < n && !isSpace(text.charAt(e))) { // "3.5", "U.S.-led", "e.g.,"
                    i = runEnd;
                    continue;
                }
                int next = e;
                while (next < n && isSpace(text.charAt(next))) next++;
                if (next >= n) {
                    i = e;
                    continue;
                }
                boolean single = runEnd == i + 1 && c == '.';
                if (startsSentence(text, next) && (!single || !abbreviation(text, i, next, abbr))) {
                    add(text, start, e, out);
                    start = e;
                }
                i = e;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
    }

    /** Whether the period at {@code dot} closes an abbreviation that does not end the sentence here. */
    private static boolean abbreviation(String text, int dot, int next, Abbreviations abbr) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.' || text.charAt(b - 1) == '°')) b--;
        if (b == dot) {
            // a number before the period: "am 4. Januar" in German is an ordinal
            int d = dot;
            while (d > 0 && Character.isDigit(text.charAt(d - 1))) d--;
            if (d < dot && dot - d <= 2 && !abbr.ordinalNext.isEmpty()) {
                return abbr.ordinalNext.contains(word(text, next));
            }
            return false;
        }
        if (b > 0 && (text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '’' || Character.isDigit(text.charAt(b - 1)))) {
            return false;
        }
        String key = text.substring(b, dot).toLowerCase(Locale.ROOT);
        while (key.startsWith(".")) key = key.substring(1);
        if (key.isEmpty()) return false;
        if (abbr.titles.contains(key)) return true;
        boolean dotted = key.indexOf('.') > 0;
        boolean initial = key.length() == 1 && Character.isUpperCase(text.charAt(b));
        boolean capitalized = Character.isUpperCase(text.charAt(b)) && abbr.capitalized.contains(key);
        if (dotted || initial || capitalized || abbr.other.contains(key)) {
            return !abbr.starters.contains(word(text, next));
        }
        return false;
    }

    /** The lower-cased word starting at {@code i} (after an opening quote). */
    private static String word(String text, int i) {
        int n = text.length();
        while (i < n && isOpener(text.charAt(i))) i++;
        int e = i;
        while (e < n && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '\'' || text.charAt(e) == '’')) e++;
        return text.substring(i, e).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static boolean startsSentence(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (isOpener(c) || c == '¿' || c == '¡' || c == '—' || c == '–' || c == '-') {
            int j = i + 1;
            while (j < n && (isOpener(text.charAt(j)) || isSpace(text.charAt(j)))) j++;
            if (j >= n) return false;
            if (c == '—' || c == '–' || c == '-') return false; // a dash continues the sentence ("sources. — Name")
            c = text.charAt(j);
        }
        if (Character.isDigit(c)) return true;
        if (!Character.isLetter(c)) return false;
        return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c); // caseless scripts
    }

    private static int skipClosers(String text, int i) {
        while (i < text.length() && isCloser(text.charAt(i))) i++;
        return i;
    }

    private static void add(String text, int start, int end, List<TextSpan> out) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (end > start && hasLetterOrDigit(text, start, end)) out.add(new TextSpan(start, end));
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isLetterOrDigit(text.charAt(i))) return true;
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '۔' || c == '‼' || c == '⁇';
    }

    private static boolean isFullStop(char c) {
        return c == '。' || c == '！' || c == '？' || c == '｡';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '›' || c == '」' || c == '』';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '(' || c == '[' || c == '„' || c == '‹' || c == '「';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u200B' || c == '\f'
                || c == '\n' || c == '\r' || (c >= '\u2000' && c <= '\u200A');
    }
}
