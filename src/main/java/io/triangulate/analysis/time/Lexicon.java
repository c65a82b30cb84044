package io.triangulate.analysis.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of one language, read from {@code <lang>.txt} beside this class. Each line is
 * {@code category value: phrase | phrase ...}; a category ending in {@code ?} marks ambiguous phrases that count
 * only when capitalised (English "May", "March"). Lines {@code @key value} set options ({@code @order dmy},
 * {@code @prefixes و | ب}, clitic prefixes stripped before look-up). Phrases are tokenised like the text,
 * so "a.m." and "aujourd'hui" match token by token.
 */
final class Lexicon {
    /** One phrase. {@code ambiguous} phrases count only when written with a capital. */
    record Entry(String cat, String val, String[] toks, boolean ambiguous, boolean plural) {
        /** Categories that never begin an expression ("of", "ago", "will"…). */
        private static final java.util.Set<String> NON_STARTERS = java.util.Set.of("of", "ordsuffix", "sentence", "future",
                "pastcue", "futureafter", "attime", "pdconn", "pdblock", "amount", "later", "ago", "postlast", "postnext",
                "postthis", "tz", "oclock", "hsuffix", "periodend", "beforeafter", "possdet", "ahead", "orso", "andahalf", "periodnoun",
                "pastaux", "modal", "deadlineby", "notfuture", "passiveaux", "generic", "opener", "vehicle");

        /** Can an expression begin with this entry? */
        boolean starter() { return !NON_STARTERS.contains(cat); }

        int len() { return toks.length; }
        int intVal() {
            int colon = val.indexOf(':');
            return Integer.parseInt(colon < 0 ? val : val.substring(0, colon));
        }

        /** The part of day a compound carries ("Freitagabend" → EV), else null. */
        String pd() {
            int colon = val.indexOf(':');
            return colon < 0 ? null : val.substring(colon + 1);
        }
    }

    final String language;
    final boolean dayFirst;
    /** Ending of regular past-tense verbs ("ed" in English), a cue that a weekday lies in the past; may be null. */
    String pastSuffix;
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final List<String> prefixes = new ArrayList<>();

    private Lexicon(String language, boolean dayFirst) {
        this.language = language;
        this.dayFirst = dayFirst;
    }

    static Lexicon load(String language) {
        String res = language + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalArgumentException("no time lexicon for language '" + language + "'");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> lines = new ArrayList<>();
            String order = "dmy";
            List<String> prefixes = new ArrayList<>();
            String pastSuffix = null;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("@order ")) { order = line.substring(7).strip(); continue; }
                if (line.startsWith("@pastsuffix ")) { pastSuffix = line.substring(12).strip(); continue; }
                if (line.startsWith("@prefixes ")) {
                    for (String p : line.substring(10).split("\\|")) if (!p.isBlank()) prefixes.add(Tokenizer.norm(p.strip()));
                    continue;
                }
                int colon = line.indexOf(": ");
                if (colon < 0) throw new IllegalStateException(res + ":" + no + ": no ':' in '" + line + "'");
                lines.add(new String[]{line.substring(0, colon).strip(), line.substring(colon + 1)});
            }
            Lexicon lex = new Lexicon(language, !order.equals("mdy"));
            lex.prefixes.addAll(prefixes);
            lex.pastSuffix = pastSuffix;
            lex.prefixes.sort(Comparator.comparingInt(String::length).reversed());
            for (String[] l : lines) {
                String[] head = l[0].split("\\s+");
                String cat = head[0];
                boolean amb = cat.endsWith("?");
                if (amb) cat = cat.substring(0, cat.length() - 1);
                String val = head.length > 1 ? head[1] : "";
                boolean plural = val.endsWith("+");
                if (plural) val = val.substring(0, val.length() - 1);
                for (String phrase : l[1].split("\\|")) {
                    phrase = phrase.strip();
                    if (phrase.isEmpty()) continue;
                    String[] toks = Tokenizer.tokenize(phrase).stream().map(Tokenizer.Tok::norm).toArray(String[]::new);
                    lex.byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new Entry(cat.intern(), val, toks, amb, plural));
                }
            }
            for (List<Entry> es : lex.byFirst.values()) es.sort(Comparator.comparingInt(Entry::len).reversed());
            return lex;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All entries matching the tokens from {@code i}, longest first. */
    List<Entry> at(List<Tokenizer.Tok> toks, int i) {
        Tokenizer.Tok t = toks.get(i);
        List<Entry> cands = byFirst.get(t.norm());
        String first = t.norm();
        if (cands == null && !prefixes.isEmpty()) {
            for (String p : prefixes) {
                if (first.length() > p.length() + 1 && first.startsWith(p)) {
                    cands = byFirst.get(first.substring(p.length()));
                    if (cands != null) { first = first.substring(p.length()); break; }
                }
            }
        }
        if (cands == null) return List.of();
        List<Entry> out = null;
        for (Entry e : cands) {
            if (i + e.len() > toks.size()) continue;
            boolean ok = true;
            for (int k = 1; k < e.len(); k++) {
                if (!toks.get(i + k).norm().equals(e.toks()[k])) { ok = false; break; }
            }
            if (!ok) continue;
            if (e.ambiguous() && !t.upper()) continue;
            if (out == null) out = new ArrayList<>(2);
            out.add(e);
        }
        return out == null ? List.of() : out;
    }

    static String normLang(String language) {
        if (language == null || language.isBlank()) return "en";
        String l = language.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        if (dash > 0) l = l.substring(0, dash);
        int us = l.indexOf('_');
        if (us > 0) l = l.substring(0, us);
        return l;
    }
}
