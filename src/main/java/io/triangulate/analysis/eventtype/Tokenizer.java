package io.triangulate.analysis.eventtype;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into words (runs of letters and digits; marks inside a word are kept) and sentences
 * (a full stop, question or exclamation mark before an upper-case or non-Latin letter, or a line break).
 * Deliberately simple: it runs in one pass with no allocation beyond the tokens.
 */
final class Tokenizer {
    private Tokenizer() {}

    /** At most this many characters are read: the lead of an article decides its type. */
    static final int MAX_CHARS = 6_000;

    static List<Token> tokenize(String text, Lang lang) {
        Lang.Stemmer stemmer = lang.stemmer();
        int n = Math.min(text.length(), MAX_CHARS);
        List<Token> out = new ArrayList<>(Math.max(16, n / 6));
        int sentence = 0;
        boolean pendingBreak = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if ((c == 'h' || c == 'w') && isUrlStart(text, i, n)) {
                // A URL is not text: its words ("three-killed-as-rioters-bomb…") would count as a sentence.
                while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isWordMark(text.charAt(i)))) i++;
                String raw = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (pendingBreak && !out.isEmpty() && startsSentence(c)) sentence++;
                pendingBreak = false;
                out.add(new Token(raw, stemmer.stem(raw), sentence, out.size()));
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!out.isEmpty() && out.get(out.size() - 1).sentence() == sentence) {
                    sentence++;
                }
                pendingBreak = false;
            } else if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '。' || c == ';') {
                // "U.S." and "3.5" are not breaks: a break needs a space after it.
                if (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '"') {
                    pendingBreak = true;
                }
            }
            i++;
        }
        return mergeShortLead(out);
    }

    private static boolean isUrlStart(String text, int i, int n) {
        if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') return false;
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    /** A dateline or kicker ("Al Mukalla.", "Saudi Arabia (AA).") is not the lead: join it to the next sentence. */
    private static List<Token> mergeShortLead(List<Token> tokens) {
        int lead = 0;
        while (lead < tokens.size() && tokens.get(lead).sentence() == 0) lead++;
        if (lead >= 5 || lead == tokens.size()) return tokens;
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.sentence() == 0 ? t : new Token(t.raw(), t.stem(), t.sentence() - 1, t.index()));
        }
        return out;
    }

    /** The lower-cased words of a short string, split as {@link #tokenize} splits them. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || isWordMark(s.charAt(i)))) i++;
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    /** Combining marks (Arabic harakat, decomposed accents) stay inside their word. */
    private static boolean isWordMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
