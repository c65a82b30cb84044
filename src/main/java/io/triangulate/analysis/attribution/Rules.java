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
 * <li>{@code conjunctions}: words after "…, police said," that continue the sentence ("while", "but");</li>
 * <li>{@code tails}: words allowed after a trailing reporting verb ("on Twitter", "in a statement").</li>
 * </ul>
 */
final class Rules {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "nl", "ar");
    private static final Map<String, Rules> CACHE = new ConcurrentHashMap<>();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    final String language;
    final Pattern according;
    /** a reporting verb anywhere (with its auxiliaries) */
    final Pattern verb;
    /** what may follow a verb that ends a sentence ("…, police said on Monday, citing …") */
    final Pattern trailTail;
    /** ", said fire chief Dana Ross." after a verb */
    final Pattern invertedTail;
    /** what follows the verb of a leading clause ("Reuters reported, citing …") */
    final Pattern leadTail;
    final Gate verbGate, accordingGate, speculationGate, opinionGate;
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
        according = Pattern.compile("(?<acc>" + alt(s, "according") + ")(?:\\s+|(?<=\\p{IsArabic}))(?<sp>[^,;:.!?\"“”«»()\\n،؛]{2,80}?)\\s*(?=[,;:.!?\"“”»)\\n،؛]|$)", FLAGS);
        verb = Pattern.compile("(?<v>" + verbs + ")(?![\\p{L}])", FLAGS);
        trailTail = Pattern.compile("(?:\\s*,?\\s*(?:" + tails + "))*\\s*(?:,\\s*(?<cite>(?:" + alt(s, "citing") + ")\\s+[^,;.!?\\n]{2,80}?))?\\s*(?:[.!?]?\\s*[\"”»]?\\s*$|,\\s*(?:" + alt(s, "conjunctions") + ")(?![\\p{L}]))", FLAGS);
        invertedTail = Pattern.compile("\\s+(?<sp>[^,;:.!?\"“”«»()\\n]{2,80}?)(?:\\s*,\\s*[^,;.!?\"“”«»\\n]{1,100}?)?(?:\\s*,?\\s*(?:" + tails + "))*\\s*[.!?]?\\s*$", FLAGS);
        leadTail = Pattern.compile("(?:\\s*,\\s*(?<cite>(?:" + alt(s, "citing") + ")\\s+[^,;.!?\\n]{2,80}?)\\s*[,.])?(?:\\s|,|:|$)", FLAGS);
        List<String> verbWords = new ArrayList<>(s.getOrDefault("verbs", List.of()));
        verbWords.addAll(s.getOrDefault("verb-aux", List.of()));
        verbGate = Gate.of(verbWords);
        accordingGate = Gate.of(s.get("according"));
        speculationGate = Gate.indexed(s.get("speculation"), "(?:", ")(?![\\p{L}])");
        opinionGate = Gate.indexed(s.get("opinion"), "(?:", ")");
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
        speculation = Pattern.compile("(?:" + alt(s, "speculation") + ")(?![\\p{L}])", FLAGS);
        notSpeculation = Pattern.compile("(?:" + alt(s, "not-speculation") + ")", FLAGS);
        opinion = Pattern.compile("(?:" + alt(s, "opinion") + ")", FLAGS);
    }

    /**
     * A cheap pre-filter: the three-letter beginnings of the literal words of a section's expressions.
     * A sentence none of whose words begins so cannot match any of them, and skips the expressions.
     */
    static final class Gate {
        private static final Pattern ESCAPES = Pattern.compile("\\\\p\\{[^}]*}|\\\\[a-zA-Z]");
        private static final Pattern LITERAL = Pattern.compile("\\p{L}+");
        private final java.util.Set<String> stems = new java.util.HashSet<>();

        static Gate of(List<String> entries) {
            Gate g = new Gate();
            if (entries == null) return g;
            for (String e : entries) {
                java.util.regex.Matcher m = LITERAL.matcher(ESCAPES.matcher(e).replaceAll(" "));
                // a match starts at a word: an entry that begins with a letter can only start with its first word
                boolean firstOnly = !e.isEmpty() && Character.isLetter(e.charAt(0));
                while (m.find()) {
                    g.stems.add(stem(m.group().toLowerCase(Locale.ROOT)));
                    if (firstOnly) break;
                }
            }
            return g;
        }

        static String stem(String w) { return w.length() > 3 ? w.substring(0, 3) : w; }

        /** Per stem, the expression of only the entries that can start at a word with that stem. */
        private final Map<String, Pattern> byStem = new java.util.HashMap<>();

        /**
         * A gate that also compiles, for each stem, {@code head + (entries of that stem) + tail}, so a word is
         * tried against a handful of alternatives instead of the whole section.
         */
        static Gate indexed(List<String> entries, String head, String tail) {
            Gate g = of(entries);
            if (entries == null) return g;
            Map<String, List<String>> groups = new java.util.HashMap<>();
            for (String e : entries) {
                java.util.regex.Matcher m = LITERAL.matcher(ESCAPES.matcher(e).replaceAll(" "));
                boolean firstOnly = !e.isEmpty() && Character.isLetter(e.charAt(0));
                while (m.find()) {
                    groups.computeIfAbsent(stem(m.group().toLowerCase(Locale.ROOT)), k -> new ArrayList<>()).add(e);
                    if (firstOnly) break;
                }
            }
            groups.forEach((stem, l) -> g.byStem.put(stem, Pattern.compile(head + String.join("|", l) + tail, FLAGS)));
            return g;
        }

        /** The expression to try at a word with this stem: the stem's own, or {@code whole}. */
        Pattern at(String stem, Pattern whole) {
            Pattern p = byStem.get(stem);
            return p != null ? p : whole;
        }

        boolean admits(String stem) { return stems.contains(stem); }
    }

    /** The words of a sentence: where each starts, and its stem (first three letters, lower case). */
    static final class Words {
        final int[] starts;
        final String[] stems;
        final int size;

        Words(String s) {
            int n = s.length(), i = 0, k = 0;
            int[] st = new int[16];
            String[] sm = new String[16];
            while (i < n) {
                while (i < n && !Character.isLetter(s.charAt(i))) i++;
                int b = i;
                while (i < n && Character.isLetter(s.charAt(i))) i++;
                if (i > b) {
                    if (k == st.length) { st = java.util.Arrays.copyOf(st, k * 2); sm = java.util.Arrays.copyOf(sm, k * 2); }
                    st[k] = b;
                    sm[k] = s.substring(b, Math.min(i, b + 3)).toLowerCase(Locale.ROOT);
                    k++;
                }
            }
            starts = st;
            stems = sm;
            size = k;
        }

        /**
         * The first match of {@code p} starting at a word (from offset {@code from}) whose stem the gate admits,
         * or null. Only candidate words are tried, so long alternations cost little.
         */
        java.util.regex.Matcher find(Pattern p, Gate g, String s, int from) {
            for (int k = 0; k < size; k++) {
                if (starts[k] < from || starts[k] >= s.length() || !g.admits(stems[k])) continue;
                java.util.regex.Matcher m = g.at(stems[k], p).matcher(s);
                m.region(starts[k], s.length());
                if (m.lookingAt()) return m;
            }
            return null;
        }

        boolean any(Gate g) {
            for (int k = 0; k < size; k++) if (g.admits(stems[k])) return true;
            return false;
        }
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
