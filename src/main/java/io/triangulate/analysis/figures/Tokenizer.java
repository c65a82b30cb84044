package io.triangulate.analysis.figures;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into {@link Token}s; thread-safe and allocation-light. */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(String text, Lexicon lex) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {                                   // paragraph and line breaks end phrases
                if (out.isEmpty() || !out.get(out.size() - 1).text().equals("\n")) out.add(new Token("\n", "\n", i, i + 1, false));
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') { i++; continue; }
            if (isWordChar(c)) {
                int s = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) { i++; continue; }
                    if (i + 1 < n && isInner(d) && isWordChar(text.charAt(i + 1))) {
                        // digit groups (1,000) and decimals only between digits
                        if ((d == ',' || d == '.') && !(Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))) break;
                        if (d == ',' && !threeDigits(text, i + 1)) break;
                        i += 2;
                        continue;
                    }
                    break;
                }
                String t = text.substring(s, i);
                out.add(new Token(t, lex.norm(t), s, i, true));
            } else {
                String t = String.valueOf(c);
                out.add(new Token(t, t, i, i + 1, false));
                i++;
            }
        }
        return out;
    }

    private static boolean threeDigits(String text, int p) {
        int k = 0;
        while (p + k < text.length() && Character.isDigit(text.charAt(p + k))) k++;
        return k == 3;
    }

    private static boolean isInner(char d) {
        return d == '-' || d == '\'' || d == '\u2019' || d == ',' || d == '.' || d == '\u2011';
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) return true;
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
