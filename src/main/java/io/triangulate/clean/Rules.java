package io.triangulate.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The cleaning rules of one language, read from {@code rules-LANG.txt} (format described in {@code rules-en.txt}). */
final class Rules {
    enum Kind { PARA, SPAN, OPTION }

    /**
     * One rule; {@code anchored} rules are matched at the paragraph start only; {@code triggers} (or null) are
     * lower-case strings one of which must occur in the paragraph before the regex is tried.
     */
    record Rule(Kind kind, String reason, int maxWords, String[] triggers, Pattern pattern, boolean anchored) {
        /** Whether the rule may match: a trigger occurs in {@code lower}, the lower-cased paragraph. */
        boolean triggered(String lower) {
            if (triggers == null) return true;
            for (String t : triggers) if (lower.contains(t)) return true;
            return false;
        }

        boolean foundIn(String s, String lower) {
            if (!triggered(lower)) return false;
            Matcher m = pattern.matcher(s);
            return anchored ? m.lookingAt() : m.find();
        }
    }

    private static final Map<String, Rules> CACHE = new ConcurrentHashMap<>();
    static final Rules NONE = new Rules(List.of());

    final List<Rule> para = new ArrayList<>();
    final List<Rule> span = new ArrayList<>();
    final List<Rule> option = new ArrayList<>();

    private Rules(List<Rule> rules) {
        for (Rule r : rules) {
            switch (r.kind()) {
                case PARA -> para.add(r);
                case SPAN -> span.add(r);
                case OPTION -> option.add(r);
            }
        }
    }

    /** The rules of a language (ISO 639-1), or {@link #NONE} when there is no rule file for it. */
    static Rules of(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (!lang.matches("[a-z]{2,3}")) return NONE;
        return CACHE.computeIfAbsent(lang, Rules::load);
    }

    private static Rules load(String lang) {
        String name = "rules-" + lang + ".txt";
        try (InputStream in = Rules.class.getResourceAsStream(name)) {
            if (in == null) return NONE;
            return new Rules(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cleaning rules " + name, e);
        }
    }

    static List<Rule> parse(BufferedReader in, String name) throws IOException {
        List<Rule> rules = new ArrayList<>();
        String line;
        int no = 0;
        while ((line = in.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\\s+", 5);
            if (f.length < 5) throw new IllegalStateException(name + ":" + no + ": expected KIND REASON MAX_WORDS TRIGGERS REGEX");
            Kind kind;
            try {
                kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ":" + no + ": unknown rule kind '" + f[0] + "'");
            }
            int max;
            try {
                max = Integer.parseInt(f[2]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + ":" + no + ": MAX_WORDS must be a number, not '" + f[2] + "'");
            }
            String[] triggers = f[3].equals("-") ? null : f[3].toLowerCase(Locale.ROOT).split("\\|");
            String regex = f[4];
            boolean anchored = regex.startsWith("^");
            if (anchored) regex = regex.substring(1);
            try {
                // Unicode case folding is slow: only for rules that spell non-ASCII letters
                int flags = Pattern.CASE_INSENSITIVE | (regex.chars().anyMatch(c -> c > 127) ? Pattern.UNICODE_CASE : 0);
                Pattern p = Pattern.compile(regex, flags);
                rules.add(new Rule(kind, f[1].replace('-', ' '), max, triggers, p, anchored));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(name + ":" + no + ": bad regex: " + e.getDescription());
            }
        }
        return rules;
    }
}
