package io.triangulate.analysis.eventtype;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The trigger lexicon of one language, read from {@code cues-<lang>.txt} beside this class. Each line is
 * {@code CONCEPT[+CONCEPT…] WEIGHT word word…}; a word is stemmed like the text, {@code word*} matches words
 * starting with it, {@code *word*} words containing it, {@code =word} exactly that word, {@code ~N} skips up to N words. {@code #} starts a
 * comment. A line {@code @NAME word word_phrase…} defines a word class, used in later cues as {@code @NAME}: one
 * cue then stands for every member ({@code RIOT 2.5 @THROW ~4 @MISSILES}). Immutable once built, so one
 * instance serves every thread.
 */
final class Lexicon {
    private final Lang lang;
    private final Map<String, List<Cue>> byFirstStem;
    private final Map<String, List<Cue>> byFirstExact;
    /** Prefix-first cues by the prefix's first {@value #PREFIX_KEY} characters (shorter prefixes are in wildcardFirst). */
    private final Map<String, List<Cue>> byFirstPrefix;
    private final List<Cue> wildcardFirst;
    private static final int PREFIX_KEY = 3;
    private final int size;
    /** Matches refused by their {@link #wordsKey} (empty but in generalisation estimates). */
    private final Set<String> vetoed;

    private Lexicon(Lang lang, Map<String, List<Cue>> byFirstStem, List<Cue> otherFirst, int size) {
        this(lang, byFirstStem, otherFirst, size, Set.of());
    }

    private Lexicon(Lang lang, Map<String, List<Cue>> byFirstStem, List<Cue> otherFirst, int size, Set<String> vetoed) {
        this.lang = lang;
        this.vetoed = vetoed;
        this.byFirstStem = byFirstStem;
        Map<String, List<Cue>> exact = new HashMap<>(), prefix = new HashMap<>();
        List<Cue> rest = new ArrayList<>();
        for (Cue c : otherFirst) {
            switch (c.parts().get(0)) {
                case Cue.Exact x -> exact.computeIfAbsent(x.text(), k -> new ArrayList<>()).add(c);
                case Cue.Prefix x when x.text().length() >= PREFIX_KEY ->
                        prefix.computeIfAbsent(x.text().substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(c);
                default -> rest.add(c);
            }
        }
        this.byFirstExact = freeze(exact);
        this.byFirstPrefix = freeze(prefix);
        this.wildcardFirst = List.copyOf(rest);
        this.size = size;
    }

    private static Map<String, List<Cue>> freeze(Map<String, List<Cue>> m) {
        Map<String, List<Cue>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    Lang lang() {
        return lang;
    }

    int size() {
        return size;
    }

    /**
     * This lexicon without some cues (compared by identity): for estimating how the rules fare on a text
     * whose rare phrasings the lexicon has not seen.
     */
    Lexicon without(Set<Cue> drop) {
        Map<String, List<Cue>> stems = new HashMap<>();
        byFirstStem.forEach((k, v) -> stems.put(k, v.stream().filter(c -> !drop.contains(c)).toList()));
        List<Cue> other = new ArrayList<>();
        for (Map<String, List<Cue>> m : List.of(byFirstExact, byFirstPrefix)) m.values().forEach(other::addAll);
        other.addAll(wildcardFirst);
        other.removeIf(drop::contains);
        return new Lexicon(lang, Map.copyOf(stems), other, size - drop.size());
    }

    /**
     * This lexicon refusing the matches with the given {@link #wordsKey}s: a word-class cue then still fires
     * on its other members ("hurled … stones" refused, "threw … stones" kept). For generalisation estimates.
     */
    Lexicon withoutWords(Set<String> keys) {
        List<Cue> other = new ArrayList<>();
        for (Map<String, List<Cue>> m : List.of(byFirstExact, byFirstPrefix)) m.values().forEach(other::addAll);
        other.addAll(wildcardFirst);
        return new Lexicon(lang, byFirstStem, other, size, Set.copyOf(keys));
    }

    /** What a match fired on: its cue and the stems of its first and last words ("@THROW ~4 @MISSILES|hurl|stone"). */
    static String wordsKey(Match m, List<Token> tokens) {
        return m.cue().source() + m.cue().concepts() + "|" + tokens.get(m.start()).stem() + "|" + tokens.get(m.end() - 1).stem();
    }

    static Lexicon load(Lang lang) {
        String name = "cues-" + lang.code() + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + name);
            return parse(lang, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    static Lexicon parse(Lang lang, BufferedReader in, String name) throws IOException {
        Lang.Stemmer stemmer = lang.stemmer();
        Map<String, List<Cue>> index = new HashMap<>();
        List<Cue> wild = new ArrayList<>();
        Map<String, Cue> seen = new HashMap<>();
        Map<String, Cue.AnyOf> classes = new HashMap<>();
        int count = 0;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            String[] f = line.split("\\s+");
            if (f[0].startsWith("@")) {
                // A word class: "@THROW throw hurl pelt", used in cues as "@THROW ~4 @MISSILES"; "set_up" is a phrase.
                String cls = f[0].substring(1).toUpperCase(Locale.ROOT);
                List<List<Cue.Stem>> alts = new ArrayList<>();
                for (int i = 1; i < f.length; i++) {
                    List<Cue.Stem> member = new ArrayList<>();
                    for (String word : f[i].toLowerCase(Locale.ROOT).split("_")) {
                        List<Cue.Part> p = parts(word, stemmer, classes, name, lineNo);
                        if (p.size() != 1 || !(p.get(0) instanceof Cue.Stem st)) {
                            throw new IllegalArgumentException(name + ":" + lineNo + ": a class member is plain words joined by _: " + f[i]);
                        }
                        member.add(st);
                    }
                    if (!alts.contains(member)) alts.add(List.copyOf(member));
                }
                alts.sort(Comparator.comparingInt(List<Cue.Stem>::size).reversed());
                if (alts.isEmpty() || classes.put(cls, new Cue.AnyOf(cls, List.copyOf(alts))) != null) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": empty or repeated class " + f[0]);
                }
                continue;
            }
            if (f.length < 3) throw new IllegalArgumentException(name + ":" + lineNo + ": expected CONCEPT WEIGHT words");
            Set<Concept> concepts = EnumSet.noneOf(Concept.class);
            for (String c : f[0].split("\\+")) {
                try {
                    concepts.add(Concept.valueOf(c));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": unknown concept " + c);
                }
            }
            double weight;
            try {
                weight = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": bad weight " + f[1]);
            }
            List<Cue.Part> parts = new ArrayList<>();
            StringBuilder src = new StringBuilder();
            for (int i = 2; i < f.length; i++) {
                String w = f[i].toLowerCase(Locale.ROOT);
                if (src.length() > 0) src.append(' ');
                src.append(w);
                parts.addAll(parts(w, stemmer, classes, name, lineNo));
            }
            if (parts.isEmpty() || parts.get(0) instanceof Cue.Gap || parts.get(parts.size() - 1) instanceof Cue.Gap) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": a cue must start and end with a word");
            }
            Cue cue = new Cue(concepts, weight, parts, src.toString());
            // Inflections that stem alike ("blame", "blamed") are one cue: keep the strongest.
            Cue same = seen.get(parts.toString() + concepts);
            if (same != null) {
                if (same.weight() >= weight) continue;
                List<String> keys = firstStems(same);
                if (keys == null) wild.remove(same);
                else for (String k : keys) index.get(k).remove(same);
                count--;
            }
            seen.put(parts.toString() + concepts, cue);
            count++;
            List<String> keys = firstStems(cue);
            if (keys == null) wild.add(cue);
            else for (String k : keys) index.computeIfAbsent(k, x -> new ArrayList<>()).add(cue);
        }
        Map<String, List<Cue>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Lexicon(lang, Map.copyOf(frozen), List.copyOf(wild), count);
    }

    /** The stems a cue can start with (one, or each member of its first word class); null for other patterns. */
    private static List<String> firstStems(Cue c) {
        return switch (c.parts().get(0)) {
            case Cue.Stem s -> List.of(s.stem());
            case Cue.AnyOf a -> a.alternatives().stream().map(m -> m.get(0).stem()).distinct().toList();
            default -> null;
        };
    }

    private static List<Cue.Part> parts(String w, Lang.Stemmer stemmer, Map<String, Cue.AnyOf> classes, String name, int lineNo) {
        if (w.length() > 1 && w.startsWith("@")) {
            Cue.AnyOf c = classes.get(w.substring(1).toUpperCase(Locale.ROOT));
            if (c == null) throw new IllegalArgumentException(name + ":" + lineNo + ": unknown class " + w);
            return List.of(c);
        }
        if (w.startsWith("~")) {
            try {
                return List.of(new Cue.Gap(Integer.parseInt(w.substring(1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": bad gap " + w);
            }
        }
        if (w.length() > 1 && w.startsWith("=")) return List.of(new Cue.Exact(w.substring(1)));
        if (w.length() > 2 && w.startsWith("*") && w.endsWith("*")) return List.of(new Cue.Contains(w.substring(1, w.length() - 1)));
        if (w.length() > 1 && w.endsWith("*")) return List.of(new Cue.Prefix(w.substring(0, w.length() - 1)));
        // A lexicon word may hold several text words once split like the text ("rocket-propelled").
        List<Cue.Part> out = new ArrayList<>();
        for (String word : Tokenizer.words(w)) out.add(new Cue.Stem(stemmer.stem(word)));
        return out;
    }

    /**
     * Every cue match in the tokens, leftmost-longest: words covered by a match start no other match. Cues
     * of equal length at one place all match (one word may signal several concepts).
     */
    List<Match> match(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        List<Match> best = new ArrayList<>(4);
        int i = 0;
        int n = tokens.size();
        int gapUntil = 0;
        while (i < n) {
            Token t = tokens.get(i);
            best.clear();
            if (i < gapUntil) {
                // Inside a cue with gaps: only plain phrases may start here, not another cue with gaps.
                consider(best, byFirstStem.get(t.stem()), tokens, i);
                consider(best, byFirstExact.get(t.raw()), tokens, i);
                if (t.raw().length() >= PREFIX_KEY) consider(best, byFirstPrefix.get(t.raw().substring(0, PREFIX_KEY)), tokens, i);
                best.removeIf(m -> !m.contiguous());
                if (best.isEmpty()) {
                    i++;
                    continue;
                }
                out.addAll(best);
                i = best.get(0).end();
                continue;
            }
            consider(best, byFirstStem.get(t.stem()), tokens, i);
            consider(best, byFirstExact.get(t.raw()), tokens, i);
            String raw = t.raw();
            if (raw.length() >= PREFIX_KEY) consider(best, byFirstPrefix.get(raw.substring(0, PREFIX_KEY)), tokens, i);
            consider(best, wildcardFirst, tokens, i);
            if (best.isEmpty()) {
                i++;
                continue;
            }
            out.addAll(best);
            // A contiguous phrase consumes its words; a cue with gaps leaves the words inside free
            // ("dropped chlorine-filled barrel bombs" is also a chlorine attack).
            if (best.get(0).contiguous()) {
                i = best.get(0).end();
            } else {
                gapUntil = best.get(0).end();
                i++;
            }
        }
        return out;
    }

    private void consider(List<Match> best, List<Cue> cands, List<Token> tokens, int at) {
        if (cands == null) return;
        for (Cue c : cands) {
            Match m = tryMatch(c, tokens, at);
            if (m != null && !vetoed.isEmpty() && vetoed.contains(wordsKey(m, tokens))) continue;
            consider(best, m);
        }
    }

    private static void consider(List<Match> best, Match m) {
        if (m == null) return;
        if (!best.isEmpty()) {
            int lb = best.get(0).cue().length(), lm = m.cue().length();
            if (lm < lb) return;
            if (lm > lb) best.clear();
        }
        best.add(m);
    }

    private static Match tryMatch(Cue cue, List<Token> tokens, int start) {
        int end = matchFrom(cue, 0, tokens, start, tokens.get(start).sentence());
        if (end < 0) return null;
        boolean contiguous = cue.length() == cue.parts().size();
        return new Match(cue, start, end, tokens.get(start).sentence(), contiguous, passive(tokens, start), negated(tokens, start),
                irrealis(tokens, start), background(tokens, start));
    }

    /** Matches parts[k..] at tokens[pos..] inside one sentence; returns the end index or -1. */
    private static int matchFrom(Cue cue, int k, List<Token> tokens, int pos, int sentence) {
        List<Cue.Part> parts = cue.parts();
        if (k == parts.size()) return pos;
        Cue.Part p = parts.get(k);
        if (p instanceof Cue.Gap g) {
            for (int skip = 0; skip <= g.max(); skip++) {
                int at = pos + skip;
                if (at >= tokens.size() || tokens.get(at).sentence() != sentence) return -1;
                int end = matchFrom(cue, k + 1, tokens, at, sentence);
                if (end >= 0) return end;
                // A gap does not bridge a negation: "blocked no roads" is not "blocked … roads".
                if (NEGATIONS.contains(tokens.get(at).raw())) return -1;
            }
            return -1;
        }
        if (p instanceof Cue.AnyOf a) {
            // The first member that fits (longest first), then the rest of the cue after it.
            for (List<Cue.Stem> member : a.alternatives()) {
                int at = pos;
                for (Cue.Stem st : member) {
                    if (at >= tokens.size() || tokens.get(at).sentence() != sentence || !st.stem().equals(tokens.get(at).stem())) {
                        at = -1;
                        break;
                    }
                    at++;
                }
                if (at < 0) continue;
                int end = matchFrom(cue, k + 1, tokens, at, sentence);
                if (end >= 0) return end;
            }
            return -1;
        }
        if (pos >= tokens.size()) return -1;
        Token t = tokens.get(pos);
        if (t.sentence() != sentence || !cue.matchesWord(p, t)) return -1;
        return matchFrom(cue, k + 1, tokens, pos + 1, sentence);
    }

    /**
     * One place where a cue matched.
     *
     * @param start      first token index
     * @param end        index after the last token
     * @param sentence   the sentence it is in
     * @param contiguous whether the cue has no gaps (then its words start no other match)
     * @param passive    whether a passive auxiliary stands just before it
     * @param negated    whether a negation stands among the few words before it ("did not attack", "no protest")
     * @param irrealis   whether a modal, a threat or a plan stands among the few words before it ("could attack",
     *                   "vowed to storm", "plans to protest"): a mention of what may happen, not of what happened
     * @param background whether it is named as the reason of another event ("strikes in retaliation for the
     *                   rocket attack", "fled in the wake of the massacre")
     */
    record Match(Cue cue, int start, int end, int sentence, boolean contiguous, boolean passive, boolean negated,
                 boolean irrealis, boolean background) {}

    /** Negation words of the supported languages, which a gap in a cue may not skip. */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of(
            "no", "not", "never", "nor", "didn", "wasn", "weren", "don", "doesn", "hadn", "haven", "hasn", // en
            "pas", "aucun", "aucune", "jamais", "nunca", "ningún", "ninguna", "nicht", "kein", "keine", "keinen",
            "nobody", "none", // en, as the subject: "nobody was hurt"
            "nie", "non", "mai", "nessun", "nessuna", "niet", "geen", "nooit", "لا", "لم", "لن");

    /** English words that make what follows them a possibility, a threat or a plan ("could", "vowed to"). */
    private static final java.util.Set<String> IRREALIS = java.util.Set.of(
            "could", "would", "might", "will", "shall", "if", "unless", "vow", "vowed", "vows", "threaten", "threatened",
            "threatens", "threatening");

    /** Whether one of {@link #IRREALIS} stands within {@link #NEGATION_REACH} words before the cue, in its sentence. */
    private static boolean irrealis(List<Token> tokens, int start) {
        return before(tokens, start, NEGATION_REACH, IRREALIS);
    }

    /** Whether one of {@code words} stands within {@code reach} words before the token at {@code start}, in its sentence. */
    private static boolean before(List<Token> tokens, int start, int reach, java.util.Set<String> words) {
        int sentence = tokens.get(start).sentence();
        for (int i = start - 1; i >= Math.max(0, start - reach); i--) {
            Token t = tokens.get(i);
            if (t.sentence() != sentence) return false;
            if (words.contains(t.raw())) return true;
        }
        return false;
    }

    /** English words that make what follows the reason of the reported event ("in retaliation for", "in the wake of"). */
    private static final java.util.Set<String> BECAUSE_OF = java.util.Set.of(
            "retaliation", "revenge", "response", "wake", "aftermath", "reprisal");

    /** Whether one of {@link #BECAUSE_OF} stands within {@link #NEGATION_REACH} + 1 words before the cue, in its sentence. */
    private static boolean background(List<Token> tokens, int start) {
        return before(tokens, start, NEGATION_REACH + 1, BECAUSE_OF);
    }

    /** How many words before a cue a negation reaches: "did not immediately claim", "no one was killed". */
    static final int NEGATION_REACH = 3;

    /** Whether a negation stands within {@link #NEGATION_REACH} words before the cue, in its sentence. */
    private static boolean negated(List<Token> tokens, int start) {
        return before(tokens, start, NEGATION_REACH, NEGATIONS);
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
            "was", "were", "been", "being", "be", "is", "are", // en
            "été", "fut", "furent", "sido", "fue", "fueron", "wurde", "wurden", "worden", "stato", "stata", "stati", "werd", "werden");

    /** Whether the word before the match is a passive auxiliary ("was seized", "were pushed back"). */
    private static boolean passive(List<Token> tokens, int start) {
        if (start == 0) return false;
        Token prev = tokens.get(start - 1);
        return prev.sentence() == tokens.get(start).sentence() && AUXILIARIES.contains(prev.raw());
    }
}
