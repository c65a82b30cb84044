package io.triangulate.analysis.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The attribution rules of one language, compiled from the resource {@code <lang>.lex} beside this class.
 * Each section holds one regular-expression alternative a line (case-insensitive, Unicode); sections:
 * <ul>
 * <li>{@code verb-aux}: auxiliaries and adverbs allowed before a reporting verb ("has", "also");</li>
 * <li>{@code verbs}: reporting verbs ("said", "reported", "a déclaré"), used after and before the speaker;</li>
 * <li>{@code according}: prepositions that introduce a source ("according to", "selon", "laut");</li>
 * <li>{@code citing}: "citing", after which the original source follows the relaying outlet;</li>
 * <li>{@code source-nouns}: nouns that make "X: ..." a source label ("source", "official", "مصدر");</li>
 * <li>{@code strip}: leading words removed from a speaker ("the", "an");</li>
 * <li>{@code keep-the}: words that keep a leading "The" (outlet names: "Times", "Post");</li>
 * <li>{@code pronouns}: speakers that are pronouns ("he", "they");</li>
 * <li>{@code speculation}: hedges and conjecture ("may have", "it's possible", "likely");</li>
 * <li>{@code not-speculation}: phrases that look like hedges but are not ("could not be reached");</li>
 * <li>{@code opinion}: promotion, appeals and editorial judgement ("Read our", "We are committed");</li>
 * <li>{@code that}: complementisers after a verb-first reporting clause (Arabic "قال مصدر إن");</li>
 * <li>{@code np-stop}: finite verbs that end a source after a preposition ("laut Polizei wurden…");</li>
 * <li>{@code tails}: words allowed after a trailing reporting verb ("on Twitter", "in a statement").</li>
 * </ul>
 */
final class Rules {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "nl", "ar");
    private static final Map<String, Rules> CACHE = new ConcurrentHashMap<>();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    final String language;
    final Pattern according;
    final Pattern trailing;
    final Pattern inverted;
    final Pattern leading;
    final Pattern citing;
    final Pattern label;
    final Pattern quoteLabel;
    final Pattern strip;
    final Pattern keepThe;
    final Pattern pronoun;
    final Pattern speculation;
    final Pattern notSpeculation;
    final Pattern opinion;
    final Pattern sourceNoun;
    final Pattern verbFirst;
    final Pattern npStop;

    private Rules(String language, Map<String, List<String>> s) {
        this.language = language;
        String verbs = "(?:(?:" + alt(s, "verb-aux") + ")\\s+)*(?:" + alt(s, "verbs") + ")";
        String tails = alt(s, "tails");
        String np = "[^,;:.!?\"“”«»()\\n]{1,80}?";
        according = Pattern.compile("(?:^|[\\s,(،])(?<acc>" + alt(s, "according") + ")(?:\\s+|(?<=\\p{IsArabic}))(?<sp>[^,;:.!?\"“”«»()\\n،؛]{2,80}?)\\s*(?=[,;:.!?\"“”»)\\n،؛]|$)", FLAGS);
        trailing = Pattern.compile("(?:[,\"“”»]|^)\\s*(?<sp>" + np + ")\\s+(?<v>" + verbs + ")(?:\\s*,?\\s*(?:" + tails + "))*\\s*(?:,\\s*(?<cite>(?:" + alt(s, "citing") + ")\\s+[^,;.!?\\n]{2,80}?))?\\s*[.!?]?\\s*[\"”»]?\\s*$", FLAGS);
        inverted = Pattern.compile("[,\"“”»]\\s*(?<v>" + verbs + ")\\s+(?<sp>[^,;:.!?\"“”«»()\\n]{2,80}?)(?:\\s*,?\\s*(?:" + tails + "))*\\s*[.!?]?\\s*$", FLAGS);
        leading = Pattern.compile("^\\s*(?<sp>[^,;:.!?\"“”«»()\\n]{1,70}?)\\s+(?<v>" + verbs + ")(?:\\s*,\\s*(?<cite>(?:" + alt(s, "citing") + ")\\s+[^,;.!?\\n]{2,80}?)\\s*[,.])?(?:\\s|,|:|$)", FLAGS);
        citing = Pattern.compile("(?:" + alt(s, "citing") + ")\\s+(?<sp>[^,;.!?\"“”\\n]{2,80}?)\\s*(?=[,;.!?\"”\\n]|$)", FLAGS);
        verbFirst = s.containsKey("that")
                ? Pattern.compile("^\\s*(?<v>" + verbs + ")\\s+(?<sp>[^,;:.!?\"“”«»()\\n،]{2,60}?)\\s+(?:" + alt(s, "that") + ")(?:\\s|$)", FLAGS)
                : null;
        npStop = Pattern.compile("(?:^|\\s)(?:" + alt(s, "np-stop") + ")(?=\\s|$)", FLAGS);
        sourceNoun = Pattern.compile("(?:^|\\s)(?:" + alt(s, "source-nouns") + ")", FLAGS);
        label = Pattern.compile("^\\s*(?<sp>[^:\"“”«»\\n]{2,60}?)\\s*:\\s+\\S", FLAGS);
        quoteLabel = Pattern.compile("^\\s*[\"“«]\\s*(?<sp>[^:\"“”«»\\n]{2,60}?)\\s*:\\s+\\S", FLAGS);
        strip = Pattern.compile("^(?:(?:" + alt(s, "strip") + ")\\s+)+", FLAGS);
        keepThe = Pattern.compile("\\b(?:" + alt(s, "keep-the") + ")\\b", FLAGS);
        pronoun = Pattern.compile("^(?:" + alt(s, "pronouns") + ")$", FLAGS);
        speculation = Pattern.compile("(?:^|[^\\p{L}])(?:" + alt(s, "speculation") + ")(?=$|[^\\p{L}])", FLAGS);
        notSpeculation = Pattern.compile("(?:" + alt(s, "not-speculation") + ")", FLAGS);
        opinion = Pattern.compile("(?:^|[^\\p{L}])(?:" + alt(s, "opinion") + ")", FLAGS);
    }

    private static String alt(Map<String, List<String>> s, String section) {
        List<String> l = s.get(section);
        if (l == null || l.isEmpty()) return "(?!x)x";
        return String.join("|", l);
    }

    static Rules of(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (lang.length() > 2) lang = lang.substring(0, 2);
        if (!LANGUAGES.contains(lang)) lang = "en";
        return CACHE.computeIfAbsent(lang, Rules::load);
    }

    private static Rules load(String lang) {
        String res = lang + ".lex";
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = Rules.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("attribution lexicon " + res + " missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line, section = null;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[") && line.endsWith("]")) { section = line.substring(1, line.length() - 1); continue; }
                if (section == null) throw new IllegalStateException(res + ": entry before any [section]");
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribution lexicon " + res, e);
        }
        try {
            return new Rules(lang, sections);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalStateException("attribution lexicon " + res + ": " + e.getMessage(), e);
        }
    }
}
