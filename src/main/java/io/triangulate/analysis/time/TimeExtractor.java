package io.triangulate.analysis.time;

import io.triangulate.model.TimeMention;
import io.triangulate.model.TimexType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds temporal expressions (TIMEX3) in a text and normalises them against a reference date, the way a
 * news report means them: "Tuesday" is the most recent Tuesday on or before the reference date unless the
 * sentence speaks of the future, "October 27" is the October 27 nearest to it (so 2019-10-27 in an article of
 * 2020-01-04), "last week" is the ISO week before. Rule-based; the words of each language come from a small
 * lexicon ({@link #LANGUAGES}). Thread-safe: one instance serves every thread.
 *
 * <pre>{@code
 * TimeExtractor times = TimeExtractor.create();
 * List<TimeMention> ms = times.extract("He arrived on Friday morning.", "en", LocalDate.of(2020, 1, 4));
 * // [TimeMention[start=14, end=28, text=Friday morning, type=TIME, value=2020-01-03TMO, date=2020-01-03]]
 * }</pre>
 */
public final class TimeExtractor {
    /** The languages with a lexicon. Other codes fall back to English. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "de", "it", "nl", "ar");

    private final Map<String, Lexicon> lexicons = new ConcurrentHashMap<>();
    private final String fallback;

    private TimeExtractor(String fallback) {
        this.fallback = fallback;
    }

    /** An extractor that falls back to English for unknown languages. */
    public static TimeExtractor create() {
        return new TimeExtractor("en");
    }

    /** A builder, to choose the fallback language. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link TimeExtractor}. */
    public static final class Builder {
        private String fallback = "en";

        private Builder() {}

        /** The language used for texts whose language has no lexicon (default "en"). */
        public Builder fallbackLanguage(String language) {
            String l = Lexicon.normLang(language);
            if (!LANGUAGES.contains(l)) throw new IllegalArgumentException("no time lexicon for language '" + language + "'");
            this.fallback = l;
            return this;
        }

        /** Loads every lexicon now rather than on first use. */
        public TimeExtractor build() {
            TimeExtractor t = new TimeExtractor(fallback);
            for (String l : LANGUAGES) t.lexicon(l);
            return t;
        }
    }

    /**
     * Every temporal expression of {@code text}, in text order, without overlaps.
     *
     * @param text          the text (not null)
     * @param language      ISO 639-1 code ("en", "fr"…), null for English
     * @param referenceDate the date the text was written (publication date), or null: then values stay
     *                      underspecified ("XXXX-10-27", "XXXX-WXX-2")
     */
    public List<TimeMention> extract(String text, String language, LocalDate referenceDate) {
        Objects.requireNonNull(text, "text");
        Grammar g = new Grammar(lexicon(language), text, referenceDate);
        List<Grammar.Cand> cands = g.run();
        List<Tokenizer.Tok> toks = g.tokens();
        List<TimeMention> out = new ArrayList<>(cands.size());
        for (Grammar.Cand c : cands) {
            int s = toks.get(c.s()).start(), e = toks.get(c.e() - 1).end();
            LocalDate d = c.date();
            if (d == null && (c.type() == TimexType.DATE || c.type() == TimexType.TIME)) d = day(c.value());
            out.add(new TimeMention(s, e, text.substring(s, e), c.type(), c.value(), d));
        }
        return out;
    }

    /** The day a value starting "YYYY-MM-DD" names, else null. */
    static LocalDate day(String v) {
        if (v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-' || (v.length() > 10 && v.charAt(10) != 'T')) return null;
        for (int k : new int[]{0, 1, 2, 3, 5, 6, 8, 9}) if (!Character.isDigit(v.charAt(k))) return null;
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    Lexicon lexicon(String language) {
        String l = Lexicon.normLang(language);
        if (!LANGUAGES.contains(l)) l = fallback;
        return lexicons.computeIfAbsent(l, Lexicon::load);
    }
}
