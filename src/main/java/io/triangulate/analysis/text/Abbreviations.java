package io.triangulate.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Per-language abbreviation lists for sentence splitting ({@code abbrev-LANG.txt}; English merged into all). */
final class Abbreviations {
    final Set<String> titles = new HashSet<>();
    final Set<String> other = new HashSet<>();
    final Set<String> capitalized = new HashSet<>();
    final Set<String> starters = new HashSet<>();
    final Set<String> ordinalNext = new HashSet<>();

    private static final Map<String, Abbreviations> CACHE = new ConcurrentHashMap<>();

    static Abbreviations of(String language) {
        String lang = language == null || !language.matches("[a-zA-Z]{2,3}") ? "en" : language.toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(lang, Abbreviations::load);
    }

    private static Abbreviations load(String lang) {
        Abbreviations a = new Abbreviations();
        a.read("en");
        if (!lang.equals("en")) a.read(lang);
        return a;
    }

    private void read(String lang) {
        String name = "abbrev-" + lang + ".txt";
        try (InputStream in = Abbreviations.class.getResourceAsStream(name)) {
            if (in == null) return;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> section = null;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                switch (t) {
                    case "[titles]" -> section = titles;
                    case "[other]" -> section = other;
                    case "[capitalized]" -> section = capitalized;
                    case "[starters]" -> section = starters;
                    case "[ordinal-next]" -> section = ordinalNext;
                    default -> {
                        if (section == null) throw new IllegalStateException(name + ": entry before any [section]: " + t);
                        section.add(t.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
