package io.triangulate.analysis.time;

import io.triangulate.model.TimeMention;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of an undated article, from what its text says: an explicit full date near the top
 * (a dateline such as "January 1, 2013 5:05 PM"), or a weekday with a day and month ("Saturday, January 4"),
 * which fits only some years. Never guesses: {@link #infer} answers only when the text allows exactly one
 * date; {@link #candidates} lists every date the text allows so a caller can pick the one consistent with
 * other articles.
 */
public final class PublicationDateInference {
    /** Years considered for a weekday + day + month without a year. */
    public static final int FIRST_YEAR = 1990, LAST_YEAR = 2035;
    /** How far into the text a full date still counts as the dateline. */
    static final int DATELINE_CHARS = 250;
    /** A year mentioned in the text selects weekday-date years from that year to this many years later. */
    static final int YEARS_AFTER_MENTION = 3;

    private static final TimeExtractor EXTRACTOR = TimeExtractor.create();

    private PublicationDateInference() {}

    /** One "Saturday, January 4": where it is and which day of week, month and day it names. */
    record WeekdayDate(int start, int dow, int month, int day) {
        List<LocalDate> fits() {
            List<LocalDate> out = new ArrayList<>();
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    if (d.getDayOfWeek().getValue() == dow) out.add(d);
                } catch (DateTimeException e) {
                    // February 29 of a common year
                }
            }
            return out;
        }
    }

    /** What the text says about dates, read once. */
    private record Reading(List<LocalDate> fullDates, LocalDate dateline, List<WeekdayDate> weekdayDates, TreeSet<Integer> years) {}

    /** "/2013/08/02/", "/2013/aug/02/", "/2013-08-02/": a year, month and day as consecutive path segments. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](\\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[/-](\\d{1,2})(?=[/_.-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /**
     * The publication date a news URL carries in its path ({@code https://outlet.example/2013/08/02/slug}), as
     * most outlets' content systems write it. Only a full year/month/day counts: a year and month alone
     * ({@code /2013/08/slug}) gives nothing, and so do numbers in the slug or query.
     *
     * @param url the article's address, may be null
     */
    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        int q = url.indexOf('?');
        String path = q >= 0 ? url.substring(0, q) : url;
        Matcher m = URL_DATE.matcher(path);
        if (!m.find()) return Optional.empty();
        String mon = m.group(2).toLowerCase(java.util.Locale.ROOT);
        int month = Character.isDigit(mon.charAt(0)) ? Integer.parseInt(mon) : MONTHS.indexOf(mon.substring(0, 3)) + 1;
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
            return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // "/2013/13/45/" is no date
        }
    }

    /**
     * The publication date when the text fixes exactly one: a full date in its dateline (or the only full date
     * it gives), else its first weekday + day + month when the years the text mentions leave exactly one year.
     *
     * @param text     the article text
     * @param language ISO 639-1 code, null for English
     */
    public static Optional<LocalDate> infer(String text, String language) {
        Reading r = read(text, language);
        if (r.dateline() != null) return Optional.of(r.dateline());
        if (!r.weekdayDates().isEmpty()) {
            List<LocalDate> fits = r.weekdayDates().get(0).fits();
            if (fits.size() == 1) return Optional.of(fits.get(0));
            if (r.years().isEmpty()) return Optional.empty();
            int latest = r.years().last();
            List<LocalDate> selected = fits.stream()
                    .filter(d -> d.getYear() >= latest && d.getYear() <= latest + YEARS_AFTER_MENTION).toList();
            return selected.size() == 1 ? Optional.of(selected.get(0)) : Optional.empty();
        }
        TreeSet<LocalDate> distinct = new TreeSet<>(r.fullDates());
        return distinct.size() == 1 ? Optional.of(distinct.first()) : Optional.empty();
    }

    /**
     * Every date the text allows as its event or publication date, in date order: the full dates it gives, and
     * for each weekday + day + month without a year, every year from {@value #FIRST_YEAR} to
     * {@value #LAST_YEAR} in which that day falls on that weekday.
     */
    public static List<LocalDate> candidates(String text, String language) {
        Reading r = read(text, language);
        TreeSet<LocalDate> out = new TreeSet<>(r.fullDates());
        for (WeekdayDate w : r.weekdayDates()) out.addAll(w.fits());
        return List.copyOf(out);
    }

    private static Reading read(String text, String language) {
        Objects.requireNonNull(text, "text");
        Lexicon lex = EXTRACTOR.lexicon(language);
        List<TimeMention> ms = EXTRACTOR.extract(text, language, null);
        List<LocalDate> full = new ArrayList<>();
        List<WeekdayDate> wd = new ArrayList<>();
        TreeSet<Integer> years = new TreeSet<>();
        LocalDate dateline = null;
        for (TimeMention m : ms) {
            String v = m.value();
            if (m.date() != null) {
                full.add(m.date());
                years.add(m.date().getYear());
                if (dateline == null && m.start() < DATELINE_CHARS) dateline = m.date();
            } else if (v.matches("XXXX-\\d\\d-\\d\\d.*")) {
                int dow = weekdayAt(lex, m.text());
                if (dow > 0) wd.add(new WeekdayDate(m.start(), dow, Integer.parseInt(v.substring(5, 7)), Integer.parseInt(v.substring(8, 10))));
            } else if (v.matches("\\d{4}(-.*)?")) {
                int y = Integer.parseInt(v.substring(0, 4));
                if (y >= FIRST_YEAR && y <= LAST_YEAR) years.add(y);
            }
        }
        return new Reading(full, dateline, wd, years);
    }

    /** The weekday (1..7) a mention starts with, or 0. */
    private static int weekdayAt(Lexicon lex, String mention) {
        List<Tokenizer.Tok> toks = Tokenizer.tokenize(mention);
        for (int i = 0; i < toks.size(); i++) {
            for (Lexicon.Entry e : lex.at(toks, i)) if (e.cat().equals("weekday")) return e.intVal();
        }
        return 0;
    }
}
