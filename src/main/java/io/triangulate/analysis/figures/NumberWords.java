package io.triangulate.analysis.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cardinal numbers written in digits or words, in the languages of the figure lexicons
 * (en, fr, es, de, it, nl, ar). Thread-safe; all methods are static.
 *
 * <pre>{@code
 * NumberWords.parse("thirteen", "en")        // 13
 * NumberWords.parse("twenty-five", "en")     // 25
 * NumberWords.parse("einundzwanzig", "de")   // 21
 * NumberWords.parse("1,000", "en")           // 1000
 * NumberWords.parsePhrase("one hundred and five", "en") // 105
 * }</pre>
 */
public final class NumberWords {
    private NumberWords() {}

    /**
     * Reads one token as a cardinal number.
     *
     * @param token    a word ("deux", "quatre-vingt-dix", "ventitré", "اثنين") or digits ("12", "1,000")
     * @param language ISO 639-1 code; unknown languages are read as English
     * @return the value, or empty when the token is not a cardinal number
     */
    public static Optional<Integer> parse(String token, String language) {
        if (token == null || token.isBlank()) return Optional.empty();
        Lexicon lex = Lexicon.of(language);
        return Optional.ofNullable(value(lex.norm(token.strip()), lex));
    }

    /**
     * Reads a phrase of number words ("one hundred and twenty", "vingt et un", "treinta y dos").
     *
     * @return the value, or empty when the phrase is not entirely a cardinal number
     */
    public static Optional<Integer> parsePhrase(String phrase, String language) {
        if (phrase == null || phrase.isBlank()) return Optional.empty();
        Lexicon lex = Lexicon.of(language);
        List<Token> tokens = Tokenizer.tokenize(phrase, lex);
        Span s = span(tokens, 0, lex);
        return s != null && s.end() == tokens.size() ? Optional.of(s.value()) : Optional.empty();
    }

    /** A number read from tokens [start, end). */
    record Span(int value, int end) {}

    /** The longest number starting at token {@code i} (digits, or number words with scales and connectors). */
    static Span span(List<Token> tokens, int i, Lexicon lex) {
        if (i >= tokens.size() || !tokens.get(i).word()) return null;
        Token t = tokens.get(i);
        if (t.digits()) {
            Integer v = digits(t.text());
            if (v == null) return null;
            int end = i + 1;
            if (end < tokens.size()) {
                Integer sc = lex.scales.get(tokens.get(end).norm());
                if (sc != null && sc >= 1000) { v = (int) Math.min(Integer.MAX_VALUE, (long) v * sc); end++; }
            }
            return new Span(v, end);
        }
        List<Integer> parts = new ArrayList<>();
        if (!words(t.norm(), lex, parts, false)) return null;
        int end = i + 1;
        while (end < tokens.size()) {
            Token n = tokens.get(end);
            if (!n.word()) break;
            List<Integer> more = new ArrayList<>();
            boolean clitic = lex.stripPrefix(n.norm()) != null && !lex.numbers.containsKey(n.norm()); // Arabic و joins
            if (words(n.norm(), lex, more, true) && joinable(parts, more, clitic)) { parts.addAll(more); end++; continue; }
            if (lex.connectors.contains(n.norm()) && end + 1 < tokens.size()) {
                more.clear();
                if (words(tokens.get(end + 1).norm(), lex, more, false) && joinable(parts, more, true)) {
                    parts.addAll(more);
                    end += 2;
                    continue;
                }
            }
            break;
        }
        return new Span(combine(parts), end);
    }

    /** Whether {@code next} may continue a number whose parts are {@code prev}. */
    private static boolean joinable(List<Integer> prev, List<Integer> next, boolean connector) {
        int last = prev.get(prev.size() - 1);
        int first = next.get(0);
        if (isScale(first)) return !isScale(last) || first > last;
        if (isScale(last)) return true;                               // "one hundred (and) five"
        if (last >= 20 && last % 10 == 0 && last < 100 && first < 10) return true; // "twenty five", "treinta y dos"
        return connector && last < 10 && first >= 20 && first % 10 == 0 && first < 100; // "خمسة وعشرون"
    }

    private static boolean isScale(int v) { return v == 100 || v == 1000 || v == 1_000_000 || v == 1_000_000_000; }

    static Integer value(String norm, Lexicon lex) {
        if (!norm.isEmpty() && Character.isDigit(norm.charAt(0))) return digits(norm);
        List<Integer> parts = new ArrayList<>();
        return words(norm, lex, parts, false) ? combine(parts) : null;
    }

    static Integer digits(String s) {
        long v = 0;
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') continue;
            if (!Character.isDigit(c)) return null;
            v = v * 10 + Character.digit(c, 10);
            if (++n > 10 || v > Integer.MAX_VALUE) return null;
        }
        return n == 0 ? null : (int) v;
    }

    /**
     * Splits a word into number parts: a whole entry, hyphenated parts ("vingt-deux"), a clitic prefix
     * (Arabic "وعشرون") or a closed compound ("einundzwanzig", "ventitré", "eenentwintig").
     */
    private static boolean words(String norm, Lexicon lex, List<Integer> out, boolean continuation) {
        Integer v = lex.numbers.get(norm);
        if (v == null) v = lex.scales.get(norm);
        if (v != null) { out.add(v); return true; }
        if (norm.indexOf('-') > 0) {
            String[] p = norm.split("-");
            int i = 0;
            List<Integer> acc = new ArrayList<>();
            while (i < p.length) {
                int j = p.length;
                Integer w = null;
                for (; j > i; j--) {
                    String joined = String.join("-", java.util.Arrays.copyOfRange(p, i, j));
                    w = lex.numbers.get(joined);
                    if (w == null) w = lex.scales.get(joined);
                    if (w != null) break;
                    if (j == i + 1 && lex.connectors.contains(joined)) { w = -1; break; }
                }
                if (w == null) return false;
                if (w >= 0) acc.add(w);
                i = j;
            }
            if (acc.isEmpty()) return false;
            out.addAll(acc);
            return true;
        }
        String s = lex.stripPrefix(norm);
        if (s != null && (continuation || lex.language.equals("ar"))) {
            Integer w = lex.numbers.get(s);
            if (w != null) { out.add(w); return true; }
        }
        if (norm.length() >= 6 && norm.length() <= 40 && !lex.language.equals("en") && !lex.language.equals("ar")) {
            List<Integer> acc = new ArrayList<>();
            if (segment(norm, 0, lex, acc) && acc.size() > 1) { out.addAll(acc); return true; }
        }
        return false;
    }

    private static boolean segment(String s, int from, Lexicon lex, List<Integer> acc) {
        if (from == s.length()) return true;
        for (int to = s.length(); to > from + 1; to--) {
            String piece = s.substring(from, to);
            Integer w = lex.numbers.get(piece);
            if (w == null) w = lex.scales.get(piece);
            boolean conn = w == null && lex.connectors.contains(piece);
            if (w == null && !conn) continue;
            int mark = acc.size();
            if (w != null) acc.add(w);
            if (segment(s, to, lex, acc)) return true;
            while (acc.size() > mark) acc.remove(acc.size() - 1);
        }
        return false;
    }

    /** Adds parts with scales: [2, 100, 50] = 250, [3, 1000, 5] = 3005, [1, 20] (ein-und-zwanzig) = 21. */
    static int combine(List<Integer> parts) {
        long total = 0, current = 0;
        for (int v : parts) {
            if (v == 100) current = (current == 0 ? 1 : current) * 100;
            else if (isScale(v)) { total += (current == 0 ? 1 : current) * (long) v; current = 0; }
            else current += v;
        }
        return (int) Math.min(Integer.MAX_VALUE, total + current);
    }
}
