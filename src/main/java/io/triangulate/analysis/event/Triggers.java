package io.triangulate.analysis.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Occurrence triggers per language, read from {@code triggers-LANG.txt}: the words that make a sentence
 * report that something happened. Strong triggers suffice alone; weak ones ("landed", "fell") need a
 * weapon or casualty figure in the same sentence.
 */
final class Triggers {
    /** A trigger found in a sentence: its offset in the sentence and whether it is strong. */
    record Hit(int offset, String text, boolean strong, boolean definite) {}

    /** "the killing", "this attack": a reference back to a known event rather than a report of a new one. */
    private static final Pattern DEFINITE = Pattern.compile(
            "(?iu)(?:\\b(?:the|this|that|these|those|its|their|his|her)|\\b(?:le|la|les|cet|cette|ces|el|los|las|der|die|das|il|lo|gli|de|het))\\s+(?:[\\p{L}-]+\\s+)?$");

    private static final Map<String, Triggers> BY_LANGUAGE = new ConcurrentHashMap<>();
    private final Pattern strong;
    private final Pattern weak;

    private Triggers(Pattern strong, Pattern weak) {
        this.strong = strong;
        this.weak = weak;
    }

    static Triggers forLanguage(String language) {
        String lang = language == null ? "en" : language;
        return BY_LANGUAGE.computeIfAbsent(lang, l -> {
            Triggers t = load(l);
            return t != null ? t : BY_LANGUAGE.computeIfAbsent("en", Triggers::load);
        });
    }

    /** The first strong trigger, else the first weak one, else null. */
    Hit find(String sentence) {
        Matcher m = strong.matcher(sentence);
        Hit definite = null;
        while (m.find()) {
            boolean isDefinite = DEFINITE.matcher(sentence.substring(Math.max(0, m.start() - 30), m.start())).find();
            if (!isDefinite) return new Hit(m.start(), m.group(), true, false);
            if (definite == null) definite = new Hit(m.start(), m.group(), true, true);
        }
        if (definite != null) return definite;
        if (weak != null) {
            m = weak.matcher(sentence);
            if (m.find()) return new Hit(m.start(), m.group(), false, false);
        }
        return null;
    }

    private static Triggers load(String language) {
        InputStream in = Triggers.class.getResourceAsStream("triggers-" + language + ".txt");
        if (in == null) return null;
        List<String> strong = new ArrayList<>(), weak = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("strong:")) strong.add(line.substring(7).strip());
                else if (line.startsWith("weak:")) weak.add(line.substring(5).strip());
                else throw new IllegalStateException("triggers-" + language + ".txt: line must start with strong: or weak: — " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read triggers-" + language + ".txt", e);
        }
        // Arabic attaches clitics (و، ب، ال) to words: no leading word boundary there.
        String pre = language.equals("ar") ? "" : "(?<![\\p{L}\\p{N}])";
        String post = language.equals("ar") ? "" : "(?![\\p{L}\\p{N}])";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        Pattern s = Pattern.compile(pre + "(?:" + String.join("|", strong) + ")" + post, flags);
        Pattern w = weak.isEmpty() ? null : Pattern.compile(pre + "(?:" + String.join("|", weak) + ")" + post, flags);
        return new Triggers(s, w);
    }
}
