package io.triangulate.analysis.time;

import io.triangulate.model.TimexType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules: finds temporal expressions in one text of one language and normalises them against a reference
 * date. Language-specific words come from the {@link Lexicon}; word order is free enough ("last week",
 * "la semaine dernière") that one set of rules serves every language. One instance per call (not shared).
 */
final class Grammar {
    /** A found expression over tokens [s, e). */
    record Cand(int s, int e, TimexType type, String value, LocalDate date) {
        int len() { return e - s; }
    }

    private final Lexicon lex;
    private final String text;
    private final List<Tokenizer.Tok> toks;
    private final LocalDate ref;
    private final List<List<Lexicon.Entry>> ann;
    private final int n;
    private final boolean[] starts; // can an expression begin at this token?
    private String lastQuarter; // value of the last quarter-level date found, anchor of "a year earlier"
    private boolean monthsSpan; // was a span of several months ("the nine months") named after the last quarter?
    private LocalDate lastDay;  // the last single day found, anchor of "the next day"
    private int lastDayEnd = -1; // the token after it
    private String lastYear;    // the year of the last date found, anchor of "that year"
    private static final java.util.regex.Pattern DURWORD = java.util.regex.Pattern.compile("P(T?)(\\d+)([A-Z]+)");
    private static final java.util.regex.Pattern JOIN = java.util.regex.Pattern.compile("[ \\t]*,?[ \\t]*");
    private static final java.util.regex.Pattern ON = java.util.regex.Pattern.compile("\\s+(local time\\s+)?on\\s+|\\s*\\([^()]{1,20}\\)\\s*");
    private static final java.util.regex.Pattern YEARLIKE = java.util.regex.Pattern.compile("\\d{4}(?!\\d)");
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-Q\\d");
    /** A reporting span of four to eleven months ("the first nine months"): "a year earlier" after it is a year. */
    private static final java.util.regex.Pattern MONTHS_SPAN = java.util.regex.Pattern.compile("P([4-9]|1[01])M");

    Grammar(Lexicon lex, String text, LocalDate ref) {
        this.lex = lex;
        this.text = text;
        this.toks = Tokenizer.tokenize(text);
        this.ref = ref;
        this.n = toks.size();
        this.ann = new ArrayList<>(n);
        this.starts = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Lexicon.Entry> es = lex.at(toks, i);
            ann.add(es);
            boolean st = toks.get(i).isNum() || toks.get(i).norm().equals("'");
            for (int k = 0; !st && k < es.size(); k++) st = es.get(k).starter();
            starts[i] = st;
        }
    }

    List<Cand> run() {
        List<Cand> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Cand c = best(i);
            if (c == null && !out.isEmpty()) c = sharedMonth(out.get(out.size() - 1), i);
            if (c != null && !out.isEmpty()) c = rangeEnd(out.get(out.size() - 1), c);
            if (c != null) {
                out.add(c);
                if (QUARTER.matcher(c.value()).matches() && !derived(c) && !forecast(c.value()) && !indefinite(c)) { lastQuarter = c.value(); monthsSpan = false; }
                if (c.type() == TimexType.DURATION && MONTHS_SPAN.matcher(c.value()).matches()) monthsSpan = true;
                if (c.date() != null) { lastDay = c.date(); lastDayEnd = c.e(); }
                if (c.type() == TimexType.DATE && YEARLIKE.matcher(c.value()).lookingAt() && !has(c.s(), "that")) lastYear = c.value().substring(0, 4);
                i = c.e();
            } else {
                i++;
            }
        }
        return merge(out);
    }

    List<Tokenizer.Tok> tokens() { return toks; }

    /** Words that may follow a day number ("April 24 and 25 in Washington"), unlike a noun a count would take. */
    private static final java.util.Set<String> PLACE_PREP = java.util.Set.of("in", "at", "when", "during");

    /** "April 24 and 25", "Nov. 3 or 4": a bare day number at i joined to the day just before takes its month. */
    private Cand sharedMonth(Cand prev, int i) {
        if (prev.date() == null || prev.type() != TimexType.DATE || prev.e() + 1 != i || i >= n) return null;
        String join = toks.get(prev.e()).norm();
        if (!(join.equals("and") || join.equals("or") || join.equals("to") || join.equals("through"))) return null;
        Tokenizer.Tok t = toks.get(i);
        if (!t.isNum() || t.digits() > 2 || t.num() <= prev.date().getDayOfMonth() || t.num() > prev.date().lengthOfMonth()) return null;
        // "5 people", "25 years", "4.5", "25%": a count, not a day
        if (i + 1 < n && (toks.get(i + 1).isNum() || tight(i + 1) && !has(i + 1, "sentence") && !isTok(i + 1, ",") || has(i + 1, "unit")
                || has(i + 1, "month") || Character.isLetter(toks.get(i + 1).norm().charAt(0)) && !has(i + 1, "sentence") && !PLACE_PREP.contains(toks.get(i + 1).norm()))) return null;
        LocalDate d = prev.date().withDayOfMonth(t.num());
        return new Cand(i, i + 1, TimexType.DATE, d.toString(), d);
    }

    /** "from Monday to Friday", "Tuesday through Thursday": a weekday closing a range falls after the one opening it. */
    private Cand rangeEnd(Cand prev, Cand c) {
        if (prev.date() == null || c.date() == null || !has(c.s(), "weekday") || !c.date().isBefore(prev.date())) return c;
        boolean to = prev.e() + 1 == c.s() && (isTok(prev.e(), "to") || isTok(prev.e(), "through") || isTok(prev.e(), "until") || isTok(prev.e(), "till"))
                || prev.e() == c.s() && gap(c.s()).equals("-");
        if (!to || prev.date().toEpochDay() - c.date().toEpochDay() >= 7) return c;
        LocalDate d = c.date().plusDays(7);
        String v = d + c.value().substring(10);
        return new Cand(c.s(), c.e(), c.type(), v, d);
    }

    /** Is the quarter a noun after an indefinite article ("after a flat second quarter")? Such a quarter is described
     *  in passing, not the period the report is about ("a third-quarter loss" is). */
    private boolean indefinite(Cand c) {
        int i = c.s();
        if (!lex.language.equals("en") || text.substring(toks.get(i).start(), toks.get(c.e() - 1).end()).indexOf('-') >= 0) return false;
        if (isTok(i - 1, "a") || isTok(i - 1, "an")) return true;
        return (isTok(i - 2, "a") || isTok(i - 2, "an")) && i > 0 && ann.get(i - 1).isEmpty() && !toks.get(i - 1).isNum();
    }

    /** Is a quarter later than the reference date's ("losses through the third quarter of 1990")? A forecast, not the
     *  quarter a report is about (the current one may be a fiscal quarter already reported). */
    private boolean forecast(String quarter) {
        if (ref == null) return false;
        int y = Integer.parseInt(quarter.substring(0, 4)), q = quarter.charAt(6) - '0';
        return y * 4 + q > ref.getYear() * 4 + ref.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** Is the candidate relative to another quarter ("a year earlier", "the year-ago quarter")? */
    private boolean derived(Cand c) {
        boolean ord = false;
        for (int k = c.s(); k < c.e(); k++) {
            if (has(k, "yearago") || has(k, "ago")) return true;
            ord |= has(k, "ord") || has(k, "last") || has(k, "next") || has(k, "this");
        }
        return !ord; // "the quarter", "the 1988 period": anchored on the last named quarter, not a new one
    }

    // ------------------------------------------------------------------ lexicon helpers

    private Lexicon.Entry get(int i, String cat) {
        if (i < 0 || i >= n) return null;
        // categories are interned: the lexicon interns them, the rules use literals
        List<Lexicon.Entry> es = ann.get(i);
        for (int k = 0, m = es.size(); k < m; k++) if (es.get(k).cat() == cat) return es.get(k);
        return null;
    }

    private boolean has(int i, String cat) { return get(i, cat) != null; }

    private boolean isTok(int i, String s) { return i >= 0 && i < n && toks.get(i).norm().equals(s); }

    /** Text between token i-1 and token i. */
    private String gap(int i) {
        if (i <= 0 || i >= n) return " ";
        return text.substring(toks.get(i - 1).end(), toks.get(i).start());
    }

    private boolean tight(int i) { return i > 0 && i < n && toks.get(i - 1).end() == toks.get(i).start(); }

    private static Cand longer(Cand a, Cand b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.e() > a.e() ? b : a;
    }

    // ------------------------------------------------------------------ numbers

    /** A number read at i: value and the token after it. */
    private record Num(int value, int end, boolean fuzzy, boolean word) {}

    private Num num(int i) {
        if (i >= n) return null;
        Tokenizer.Tok t = toks.get(i);
        if (t.isNum()) {
            int v = t.num();
            int j = i + 1;
            // 1,000 or 1.000 grouping
            while (j + 1 < n && (isTok(j, ",") || isTok(j, ".")) && tight(j) && tight(j + 1) && toks.get(j + 1).digits() == 3) {
                v = v * 1000 + toks.get(j + 1).num();
                j += 2;
            }
            if (j + 1 < n && (isTok(j, ".") || isTok(j, ",")) && tight(j) && tight(j + 1) && toks.get(j + 1).isNum()) {
                return null; // a decimal: not a count of units
            }
            return new Num(v, j, false, false);
        }
        Lexicon.Entry f = get(i, "fuzzy");
        Lexicon.Entry e = get(i, "num");
        if (f != null && (e == null || f.len() >= e.len())) return new Num(-1, i + f.len(), true, true);
        if (e == null) return null;
        int v = e.intVal();
        int j = i + e.len();
        if (v >= 20 && v < 100 && v % 10 == 0) {
            Lexicon.Entry u = get(j, "num");
            if (u != null && u.intVal() < 10 && !isTok(j, "a") && !isTok(j, "an")) { v += u.intVal(); j += u.len(); }
        }
        Lexicon.Entry m = get(j, "mult");
        if (m != null) { v *= m.intVal(); j += m.len(); }
        return new Num(v, j, false, true);
    }

    /** A day of month at i (digits 1..31, optionally with st/nd/rd/th, or an ordinal word): value and end. */
    private int[] day(int i) {
        if (i >= n) return null;
        Tokenizer.Tok t = toks.get(i);
        if (t.isNum()) {
            if (t.digits() > 2 || t.num() < 1 || t.num() > 31) return null;
            int j = i + 1;
            if (has(j, "ordsuffix") && tight(j)) j++;
            if (isTok(j, "er") && tight(j)) j++; // 1er
            // a following digit or ':' means a time or decimal, not a day
            if (j < n && tight(j) && ((isTok(j, ":") && j + 1 < n && tight(j + 1) && toks.get(j + 1).isNum()) || (isTok(j, ".") && j + 1 < n && tight(j + 1) && toks.get(j + 1).isNum()))) return null;
            return new int[]{t.num(), j};
        }
        Lexicon.Entry o = get(i, "ord");
        if (o != null) return new int[]{o.intVal(), i + o.len()};
        return null;
    }

    /** A four-digit year at i (1000..2099) or an apostrophe year ('98): value and end. */
    private int[] year(int i) {
        if (i >= n) return null;
        Tokenizer.Tok t = toks.get(i);
        if (t.isNum() && t.digits() == 4 && t.num() >= 1000 && t.num() <= 2099) {
            if (i + 1 < n && tight(i + 1) && (isTok(i + 1, ",") || isTok(i + 1, ".")) && i + 2 < n && tight(i + 2) && toks.get(i + 2).isNum()) return null;
            return new int[]{t.num(), i + 1};
        }
        if (isTok(i, "'") && i + 1 < n && tight(i + 1) && toks.get(i + 1).isNum() && toks.get(i + 1).digits() == 2) {
            int y = toks.get(i + 1).num();
            return new int[]{y < 40 ? 2000 + y : 1900 + y, i + 2};
        }
        return null;
    }

    /** Words before a four-digit number that make it a year even before a plural noun ("the 1992 protests"). */
    private static final java.util.Set<String> YEAR_LEAD = java.util.Set.of("the", "its", "his", "her", "their", "our", "s",
            "in", "of", "for", "since", "from", "to", "and", "by", "until", "through", "during", "post", "pre", "mid");

    /** Words before "daily", "weekly" that make it a measure per unit: "average daily volume". */
    private static final java.util.Set<String> STATISTIC = java.util.Set.of("average", "mean", "median", "avg");

    /** Words after which "last" is a verb: "to last two weeks", "will last several days". */
    private static final java.util.Set<String> MODALS = java.util.Set.of("to", "will", "would", "could", "can", "may", "might",
            "should", "must", "did", "does", "not", "'ll");

    /** Prepositions that make the number after them a year even before a name: "In 1999 Toyota sold more cars". */
    private static final java.util.Set<String> YEAR_PREP = java.util.Set.of("in", "since", "from", "until", "by", "during", "through",
            "before", "after", "to");

    /** Plural nouns without an "s" that a count takes: "2000 people". */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("people", "men", "women", "children", "police", "personnel", "staff");
    /** Nouns a number labels rather than dates: "Resolution 1441", "Flight 1549", "Route 1960". */
    private static final java.util.Set<String> LABELS = java.util.Set.of("resolution", "flight", "route", "highway", "interstate", "bus",
            "room", "number", "article", "section", "chapter", "page", "model", "code", "gate", "platform", "train", "line", "item", "lot");

    private boolean plausibleYearContext(int i, int end) {
        // not an amount or a count: "$1990", "1990 people", "1,990"
        if (i > 0 && (isTok(i - 1, "$") || isTok(i - 1, "£") || isTok(i - 1, "€") || isTok(i - 1, "#"))) return false;
        if (end < n && (isTok(end, "%") || has(end, "unit"))) return false;
        // "1500 tons", "2000 people": a count, unless a determiner makes it a year ("the 1990 dollars")
        if (end < n && (has(end, "amount") || COUNTED.contains(toks.get(end).norm())) && !(i > 0 && has(i - 1, "possdet"))) return false;
        // "Resolution 1441", "Flight 1549", "No. 1920": a number that names something
        if (i > 0 && LABELS.contains(toks.get(i - 1).norm()) || i > 1 && isTok(i - 1, ".") && isTok(i - 2, "no")) return false;
        if (i > 0 && tight(i) && (isTok(i - 1, ",") || isTok(i - 1, ".") || isTok(i - 1, ":") || isTok(i - 1, "/"))) return false;
        if (end < n && tight(end) && (isTok(end, ":") || isTok(end, "/"))) return false;
        // "a 1987 Chevrolet Cavalier": a model year names the car, not a time
        if (end < n && has(end, "vehicle") && toks.get(end).upper() && !(i > 0 && YEAR_PREP.contains(toks.get(i - 1).norm()))) return false;
        // "(1685 Votes)", "2000 dollars": a count of things; but "its 1989 results", "in 1990 sales rose": a year
        if (end < n && !toks.get(end).isNum() && ann.get(end).isEmpty() && gap(end).equals(" ") && !YEAR_LEAD.contains(i > 0 ? toks.get(i - 1).norm() : "")) {
            String w = toks.get(end).norm();
            if (w.length() > 3 && w.endsWith("s") && Character.isLetter(w.charAt(0)) && !w.endsWith("ss")) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ the rules

    private Cand best(int i) {
        if (!starts[i]) return null;
        // "expected to last two weeks", "could last several days": the verb, not "the last two weeks"
        if (lex.language.equals("en") && isTok(i, "last") && i > 0 && MODALS.contains(toks.get(i - 1).norm()) && num(i + 1) != null) return null;
        Cand c = null;
        c = longer(c, modified(i));
        c = longer(c, date(i));
        c = longer(c, relative(i));
        c = longer(c, duration(i));
        c = longer(c, set(i));
        Cand ck = longer(clock(i), military(i));
        if (ck != null && i > 0 && has(i - 1, "attime") && (c == null || c.type() == TimexType.DURATION) && ck.e() >= (c == null ? 0 : c.e())) return ck;
        c = longer(c, ck);
        c = longer(c, refWord(i));
        c = longer(c, quarter(i));
        c = longer(c, dayBeside(i));
        c = longer(c, dayOfMonth(i));
        if (c != null && title(c)) return null;
        // "the next year or so", "two weeks or so": the hedge belongs to the expression
        if (c != null && c.type() != TimexType.TIME && has(c.e(), "orso") && !c.value().endsWith("_REF"))
            c = new Cand(c.s(), c.e() + get(c.e(), "orso").len(), c.type(), c.value(), c.date());
        return c;
    }

    /** "on the 15th": a day of the month of the last date named (else of the report), ahead when the sentence looks
     *  forward, else the nearest one. Only before a pause: "on the 15th floor" is no date. */
    private Cand dayOfMonth(int i) {
        if (!lex.language.equals("en") || ref == null || !isTok(i, "the") || !isTok(i - 1, "on") || i + 2 >= n) return null;
        Tokenizer.Tok t = toks.get(i + 1);
        if (!t.isNum() || t.digits() > 2 || t.num() < 1 || t.num() > 31 || !has(i + 2, "ordsuffix") || !tight(i + 2)) return null;
        int e = i + 3;
        if (!(e >= n || has(e, "sentence") || isTok(e, ",") || isTok(e, "and") || isTok(e, "or"))) return null;
        LocalDate base = lastDay != null && Math.abs(lastDay.toEpochDay() - ref.toEpochDay()) <= 31 ? lastDay : ref;
        java.time.YearMonth ym = java.time.YearMonth.from(base);
        boolean fut = futureCue(i), past = !fut && pastCue(i);
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            java.time.YearMonth m = ym.plusMonths(k);
            if (!m.isValidDay(t.num())) continue;
            LocalDate d = m.atDay(t.num());
            if (fut && d.isBefore(ref) || past && d.isAfter(ref)) continue;
            if (best == null || Math.abs(d.toEpochDay() - base.toEpochDay()) < Math.abs(best.toEpochDay() - base.toEpochDay())) best = d;
        }
        return best == null ? null : new Cand(i, e, TimexType.DATE, best.toString(), best);
    }

    /** "(the) day before last Tuesday", "the day after Jan. 6": the day next to a named day. */
    private Cand dayBeside(int i) {
        if (!lex.language.equals("en")) return null;
        int j = isTok(i, "the") ? i + 1 : i;
        if (!isTok(j, "day") || !has(j + 1, "beforeafter")) return null;
        int k = j + 1 + get(j + 1, "beforeafter").len();
        if (k >= n || !starts[k]) return null;
        Cand c = longer(date(k), relative(k));
        if (c == null || c.type() != TimexType.DATE || c.date() == null || c.value().length() != 10) return null;
        LocalDate d = c.date().plusDays(isTok(j + 1, "before") ? -1 : 1);
        return new Cand(i, c.e(), TimexType.DATE, d.toString(), d);
    }

    /** The day a time of day at i falls on: the last day named if it is near the report or in the same sentence
     *  ("expires Nov. 15 at 5 p.m."), else the report's day. */
    private LocalDate storyDay(int i) {
        if (ref == null || lastDay == null) return ref;
        if (Math.abs(lastDay.toEpochDay() - ref.toEpochDay()) <= 7) return lastDay;
        for (int k = lastDayEnd; k < i; k++) if (has(k, "sentence")) return ref;
        return lastDay;
    }

    /** English capitalises a unit inside an expression only in a title: "This Week", "60 Minutes" (not "Election Day"). */
    private boolean title(Cand c) {
        if (!lex.language.equals("en") || has(c.s(), "holiday")) return false;
        for (int k = c.s() + 1; k < c.e(); k++) if (has(k, "unit") && toks.get(k).upper() && !has(k - 1, "holiday")) return true;
        return false;
    }

    /** early/late/mid/the end of + a date: same value, wider span. */
    private Cand modified(int i) {
        Lexicon.Entry m = get(i, "mod");
        if (m == null) return null;
        int j = i + m.len();
        Cand c = longer(longer(date(j), relative(j)), quarter(j));
        if (isTok(j, "the") && has(j + 1, "unit") && !isPlural(j + 1, get(j + 1, "unit"))) {
            String v = shift(get(j + 1, "unit").val(), 0);
            if (v != null && !get(j + 1, "unit").val().equals("D")) c = longer(c, new Cand(j, j + 1 + get(j + 1, "unit").len(), TimexType.DATE, v, null));
        }
        if (c == null || c.type() == TimexType.DURATION || c.type() == TimexType.SET) return null;
        if (c.value().startsWith("P") || c.value().endsWith("_REF")) return null;
        if (has(c.s(), "weekday")) return null; // "late Monday": TimeBank leaves the modifier out
        return new Cand(i, c.e(), c.type(), c.value(), c.date());
    }

    /** Absolute and partly absolute dates: weekday/day/month/year combinations, numeric dates, years, decades. */
    private Cand date(int i) {
        Cand c = null;
        Lexicon.Entry wd = get(i, "weekday");
        if (wd != null) {
            int j = i + wd.len();
            if (isTok(j, ",")) j++;
            if (has(j, "det")) j += get(j, "det").len();
            Cand d = dayMonth(j, true);
            if (d != null && d.date() != null && ref != null && toks.get(d.e() - 1).digits() != 4
                    && d.date().getDayOfWeek().getValue() != wd.intVal()) {
                // no year given: the weekday chooses among the years around the reference date
                LocalDate bestD = null;
                for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                    try {
                        LocalDate x = LocalDate.of(y, d.date().getMonthValue(), d.date().getDayOfMonth());
                        if (x.getDayOfWeek().getValue() == wd.intVal()
                                && (bestD == null || Math.abs(x.toEpochDay() - ref.toEpochDay()) < Math.abs(bestD.toEpochDay() - ref.toEpochDay()))) bestD = x;
                    } catch (java.time.DateTimeException e) {
                        // February 29
                    }
                }
                if (bestD != null) d = new Cand(d.s(), d.e(), d.type(), bestD.toString(), bestD);
            }
            if (d != null && (d.date() != null || d.value().startsWith("XXXX"))) c = new Cand(i, d.e(), d.type(), d.value(), d.date());
        }
        Cand dm = dayMonth(i, false);
        if (dm != null && toks.get(dm.e() - 1).digits() != 4) {
            // "le 4 janvier dernier", "4 يناير الماضي": the last (or next) such day
            Lexicon.Entry pl = get(dm.e(), "postlast"), pn = get(dm.e(), "postnext");
            if (pl != null) dm = directed(dm, -1, dm.s(), dm.e() + pl.len());
            else if (pn != null) dm = directed(dm, 1, dm.s(), dm.e() + pn.len());
        }
        c = longer(c, dm);
        c = longer(c, numeric(i));
        // "the 1990s", "the year 2000", fiscal 1989
        int j = i;
        boolean the = false;
        if (isTok(j, "the")) { j++; the = true; }
        Lexicon.Entry fy = get(j, "fiscal");
        if (fy != null && !the) j += fy.len();
        Lexicon.Entry yw = get(j, "yearword");
        if (yw != null && fy == null) {
            Num y2 = spokenYear(j + yw.len());
            int[] y = year(j + yw.len());
            if (y != null) c = longer(c, new Cand(i, y[1], TimexType.DATE, String.valueOf(y[0]), null));
            else if (y2 != null) c = longer(c, new Cand(i, y2.end(), TimexType.DATE, String.valueOf(y2.value()), null));
        }
        int[] y = year(j);
        if (y != null) {
            int e = y[1];
            if (e < n && isTok(e, "s") && tight(e)) {
                String dec = String.valueOf(y[0]);
                return longer(c, new Cand(i, e + 1, TimexType.DATE, dec.substring(0, 3), null));
            }
            if ((j > i || plausibleYearContext(j, e)) && !(the && fy == null && yw == null)) {
                c = longer(c, new Cand(i, e, TimexType.DATE, String.valueOf(y[0]), null));
            }
        }
        if (i == j) {
            Num sy = spokenYear(i);
            if (sy != null) c = longer(c, new Cand(i, sy.end(), TimexType.DATE, String.valueOf(sy.value()), null));
        }
        return longer(longer(longer(c, theYear(i)), yearEnd(i)), longer(thatUnit(i), decadeOrCentury(i)));
    }

    /** "the year", "the week": the current one; "the year ended Sept. 30", "the fiscal year": a period of that
     *  length; "the week of March 6": the week holding that day. */
    private Cand theYear(int i) {
        Lexicon.Entry ty = get(i, "theunit");
        if (ty == null) return null;
        int e = i + ty.len();
        String unit = ty.val();
        if (has(e, "of") && unit.equals("W")) {
            Cand d = dayMonth(e + get(e, "of").len(), false);
            if (d != null && d.date() != null) return new Cand(i, d.e(), TimexType.DATE, week(d.date()), null);
        }
        // "the year-ago quarter", "the year earlier", "the year's end", "the year 2000": other rules or no date
        if (e < n && (has(e, "yearago") || has(e, "ago") || has(e, "later") || has(e, "unit") || has(e, "of") || has(e, "beforeafter") || gap(e).equals("-")
                || isTok(e, "'") && !(isTok(e + 1, "s") && !isTok(e + 2, "end")) || toks.get(e).isNum())) return null; // "the week's" is fine
        if (has(e, "periodend") || has(i + 1, "fiscal")) return new Cand(i, e, TimexType.DURATION, durValue(1, unit), null);
        String v = shift(unit, 0);
        return v == null ? null : new Cand(i, e, TimexType.DATE, v, null);
    }

    /** "that year", "that quarter": the year (quarter) the text last named. */
    private Cand thatUnit(int i) {
        Lexicon.Entry th = get(i, "that");
        if (th == null) return null;
        int j = i + th.len();
        Lexicon.Entry u = get(j, "unit");
        if (u == null || u.plural()) return null;
        if (u.val().equals("Y") && lastYear != null) return new Cand(i, j + u.len(), TimexType.DATE, lastYear, null);
        if (u.val().equals("Q") && lastQuarter != null) return new Cand(i, j + u.len(), TimexType.DATE, lastQuarter, null);
        return null;
    }

    /** "the nineties": the decade of the reference century; "the 20th century": 19. */
    private Cand decadeOrCentury(int i) {
        int j = i;
        if (has(j, "det")) j += get(j, "det").len();
        Lexicon.Entry dw = get(j, "decadeword");
        if (dw != null && j > i) {
            String cent = ref == null ? "19" : String.valueOf(ref.getYear() / 100);
            if (ref != null && dw.intVal() * 10 > ref.getYear() % 100 + 5) cent = String.valueOf(ref.getYear() / 100 - 1); // "the nineties" in 2005
            return new Cand(i, j + dw.len(), TimexType.DATE, cent + dw.intVal(), null);
        }
        int[] d = day(j);
        if (d != null && (!toks.get(j).isNum() || d[1] > j + 1)) { // an ordinal: "twentieth", "20th
            Lexicon.Entry u = get(d[1], "unit");
            if (u != null && u.val().equals("CE") && !u.plural() && d[0] >= 2 && d[0] <= 21)
                return new Cand(i, d[1] + u.len(), TimexType.DATE, String.format(Locale.ROOT, "%02d", d[0] - 1), null);
        }
        return null;
    }

    /** "year-end", "year's end": the end of the current year (the value names the year, TimeML puts END in mod). */
    private Cand yearEnd(int i) {
        Lexicon.Entry ye = get(i, "yearend");
        if (ye == null) return null;
        return new Cand(i, i + ye.len(), TimexType.DATE, ref == null ? "XXXX" : String.valueOf(ref.getYear()), null);
    }

    /** "nineteen ninety-six", "two thousand": years written in words. */
    private Num spokenYear(int i) {
        Lexicon.Entry a = get(i, "num");
        if (a == null) return null;
        int v = a.intVal();
        if (v == 2 && get(i + 1, "mult") != null && get(i + 1, "mult").intVal() == 1000) {
            int j = i + 1 + get(i + 1, "mult").len();
            int extra = 0;
            Num r = num(j);
            if (r != null && !r.fuzzy() && r.word() && r.value() < 100 && !isTok(j, "a") && !isTok(j, "an")) { extra = r.value(); j = r.end(); }
            return new Num(2000 + extra, j, false, true);
        }
        if (v >= 11 && v <= 20 && !(v == 20 && get(i + 1, "num") == null)) {
            Num r = num(i + a.len());
            if (r != null && !r.fuzzy() && r.word() && r.value() >= 10 && r.value() < 100) return new Num(v * 100 + r.value(), r.end(), false, true);
        }
        return null;
    }

    /** Month + day (+ year), day + month (+ year), month + year, month alone. */
    private Cand dayMonth(int i, boolean afterWeekday) {
        Lexicon.Entry m = get(i, "month");
        if (m != null) {
            int j = i + m.len();
            int[] d = day(j);
            if (d != null && !(d[1] < n && has(d[1], "unit"))) {
                int k = d[1];
                int kk = k;
                if (isTok(kk, ",")) kk++;
                if (has(kk, "of") && !isTok(kk, "of")) kk++;
                int[] y = year(kk);
                if (y != null && toks.get(j).isNum() && toks.get(j).digits() <= 2) return full(i, y[1], y[0], m.intVal(), d[0]);
                return monthDay(i, k, m.intVal(), d[0]);
            }
            int k = j;
            if (isTok(k, ",")) k++;
            if (has(k, "of")) k += get(k, "of").len();
            int[] y = year(k);
            if (y != null) return new Cand(i, y[1], TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", y[0], m.intVal()), null);
            Num sy = spokenYear(k);
            if (sy != null) return new Cand(i, sy.end(), TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", sy.value(), m.intVal()), null);
            if (afterWeekday) return null;
            if (m.ambiguous() && !monthContext(i)) return null;
            String last = m.toks()[m.len() - 1];
            if ((last.length() <= 3 || last.equals("sept")) && lex.language.equals("en") && !monthContext(i)) return null; // "Jan Kavan
            if (last.length() <= 3 && lex.language.equals("en") && j < n && toks.get(j).upper() && ann.get(j).isEmpty()) return null; // "and Jan Kavan""
            return monthAlone(i, j, m.intVal());
        }
        int[] d = day(i);
        if (d != null) {
            int j = d[1];
            if (isTok(j, ".")) j++;
            if (has(j, "of")) j += get(j, "of").len();
            Lexicon.Entry m2 = get(j, "month");
            if (m2 == null || (m2.ambiguous() && !toks.get(i).isNum())) return null;
            int k = j + m2.len();
            int kk = k;
            if (isTok(kk, ",")) kk++;
            if (has(kk, "of")) kk += get(kk, "of").len();
            int[] y = year(kk);
            if (y != null) return full(i, y[1], y[0], m2.intVal(), d[0]);
            return monthDay(i, k, m2.intVal(), d[0]);
        }
        return null;
    }

    private boolean monthContext(int i) {
        if (i == 0) return false;
        String p = toks.get(i - 1).norm();
        return switch (p) {
            case "in", "since", "until", "by", "of", "early", "late", "mid", "last", "next", "this", "from", "through", "till", "before", "after", "during", "and", "or", "to" -> true;
            default -> has(i - 1, "mod");
        };
    }

    private Cand full(int s, int e, int y, int m, int d) {
        try {
            LocalDate date = LocalDate.of(y, m, d);
            return new Cand(s, e, TimexType.DATE, date.toString(), date);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    /** A month and day without a year: the year that puts it nearest the reference date (tense decides ties). */
    private Cand monthDay(int s, int e, int m, int d) {
        if (m == 2 && d > 29 || d > 31 || (d == 31 && (m == 4 || m == 6 || m == 9 || m == 11))) return null;
        if (ref == null) return new Cand(s, e, TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d-%02d", m, d), null);
        boolean fut = !periodEnded(s) && (futureCue(s) || deadline(s));
        LocalDate bestD = null;
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (m == 2 && d == 29 && !java.time.Year.isLeap(y)) continue;
            LocalDate cand = LocalDate.of(y, m, d);
            long dist = Math.abs(cand.toEpochDay() - ref.toEpochDay());
            if (fut && cand.isBefore(ref)) dist += 400;
            if (!fut && cand.isAfter(ref)) dist = periodEnded(s) ? dist + 400 : dist * 2;
            if (dist < bestDist) { bestDist = dist; bestD = cand; }
        }
        if (bestD == null) return null;
        return new Cand(s, e, TimexType.DATE, bestD.toString(), bestD);
    }

    private Cand monthAlone(int s, int e, int m) {
        if (ref == null) return new Cand(s, e, TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", m), null);
        boolean fut = !periodEnded(s) && (futureCue(s) || deadline(s)), past = !fut && (periodEnded(s) || strongPast(s));
        int bestY = ref.getYear();
        int bestDist = Integer.MAX_VALUE;
        int refM = ref.getYear() * 12 + ref.getMonthValue();
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            int dist = Math.abs(y * 12 + m - refM) * 2;
            if (fut && y * 12 + m < refM) dist += 100;
            // without a cue, a month up to four months ahead is the coming one (as a day up to four months ahead is)
            if (!fut && y * 12 + m > refM) dist = past ? dist + 100 : dist * 3 / 2 + 1;
            if (dist < bestDist) { bestDist = dist; bestY = y; }
        }
        return new Cand(s, e, TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", bestY, m), null);
    }

    /** 2020-01-04, 04/01/2020, 4.1.2020, 2020/01/04. */
    private Cand numeric(int i) {
        if (i + 2 >= n) return null;
        Tokenizer.Tok a = toks.get(i), b = toks.get(i + 1);
        if (!a.isNum()) return null;
        // ISO: digits '-' digits '-' digits (hyphens dropped by the tokenizer)
        if (a.digits() == 4 && b.isNum() && b.digits() == 2 && gap(i + 1).equals("-") && toks.get(i + 2).isNum()
                && toks.get(i + 2).digits() == 2 && gap(i + 2).equals("-")) {
            Cand d = full(i, i + 3, a.num(), b.num(), toks.get(i + 2).num());
            // 2020-01-04T17:05(:00)(Z)
            int t = i + 3;
            if (d != null && t + 3 < n && isTok(t, "t") && tight(t) && tight(t + 1) && toks.get(t + 1).isNum() && isTok(t + 2, ":")
                    && tight(t + 2) && tight(t + 3) && toks.get(t + 3).isNum() && toks.get(t + 1).num() < 24 && toks.get(t + 3).num() < 60) {
                int e = t + 4;
                if (e + 1 < n && isTok(e, ":") && tight(e) && tight(e + 1) && toks.get(e + 1).isNum()) e += 2;
                if (e < n && isTok(e, "z") && tight(e)) e++;
                return new Cand(i, e, TimexType.TIME, String.format(Locale.ROOT, "%sT%02d:%02d", d.value(), toks.get(t + 1).num(), toks.get(t + 3).num()), d.date());
            }
            return d;
        }
        if (i + 4 >= n) return null;
        String s1 = toks.get(i + 1).norm(), s2 = toks.get(i + 3).norm();
        if (!(s1.equals("/") || s1.equals(".")) || !s1.equals(s2)) return null;
        Tokenizer.Tok c = toks.get(i + 2), d = toks.get(i + 4);
        if (!c.isNum() || !d.isNum() || !tight(i + 1) || !tight(i + 2) || !tight(i + 3) || !tight(i + 4)) return null;
        if (a.digits() == 4) return full(i, i + 5, a.num(), c.num(), d.num());
        if (a.digits() > 2 || c.digits() > 2 || !(d.digits() == 4 || d.digits() == 2)) return null;
        int y = d.digits() == 4 ? d.num() : (d.num() < 40 ? 2000 + d.num() : 1900 + d.num());
        int day = lex.dayFirst ? a.num() : c.num(), mon = lex.dayFirst ? c.num() : a.num();
        if (mon > 12 && day <= 12) { int t = day; day = mon; mon = t; }
        return full(i, i + 5, y, mon, day);
    }

    /** A day (or month) without a year moved to the last one before (dir -1) or the next one after (+1) the reference date. */
    private Cand directed(Cand d, int dir, int s, int e) {
        if (ref == null) return new Cand(s, e, d.type(), d.value(), d.date());
        if (d.date() != null) {
            LocalDate x = d.date();
            if (dir < 0) while (!x.isBefore(ref)) x = x.minusYears(1);
            else while (!x.isAfter(ref)) x = x.plusYears(1);
            if (dir < 0 && x.plusYears(1).isBefore(ref)) x = x.plusYears(1);
            if (dir > 0 && x.minusYears(1).isAfter(ref)) x = x.minusYears(1);
            return new Cand(s, e, d.type(), x.toString(), x);
        }
        if (d.value().matches("\\d{4}-\\d{2}")) {
            int y = ref.getYear(), mo = Integer.parseInt(d.value().substring(5));
            if (dir < 0) y = mo < ref.getMonthValue() ? y : y - 1;
            else y = mo > ref.getMonthValue() ? y : y + 1;
            return new Cand(s, e, d.type(), String.format(Locale.ROOT, "%04d-%02d", y, mo), null);
        }
        return new Cand(s, e, d.type(), d.value(), d.date());
    }

    /** Does a finished period end at the date at i ("the fiscal year ended Jan. 31", "the three months ended in March")?
     *  An accounting period reported as ended lies in the past. */
    private boolean periodEnded(int i) {
        int k = isTok(i - 1, "in") || isTok(i - 1, "on") ? i - 2 : i - 1;
        return isTok(k, "ended") && k > 0 && (has(k - 1, "unit") || has(k - 1, "periodnoun"));
    }

    /** Is a future reading signalled just before i ("will meet Tuesday")? */
    /** How many tokens before a weekday or date are searched for a tense cue. */
    static final int WINDOW = 6;

    /** Is token k part of an abbreviation written with dots ("a.m.", "Nov.", "U.S."), so no sentence end? */
    private boolean abbreviation(int k) {
        if (isTok(k, ".")) {
            if (k > 0 && tight(k) && toks.get(k - 1).norm().length() == 1) return true;
            for (int m = Math.max(0, k - 3); m < k; m++)
                for (Lexicon.Entry e : ann.get(m)) if (m + e.len() > k) return true;
            return false;
        }
        return toks.get(k).norm().length() == 1 && Character.isLetter(toks.get(k).norm().charAt(0)) && isTok(k + 1, ".") && tight(k + 1);
    }

    /** Does token k count in the tense window? Words and numbers do; punctuation and the letters of "p.m." do not. */
    private boolean word(int k) {
        String w = toks.get(k).norm();
        return w.length() > 1 || toks.get(k).isNum() || Character.isLetter(w.charAt(0)) && !isTok(k + 1, ".");
    }

    private boolean futureCue(int i) {
        for (int k = i - 1, words = 0; k >= 0 && words < WINDOW; k--, words += word(k + 1) ? 1 : 0) {
            if (has(k, "sentence") && !abbreviation(k)) break;
            if (has(k, "future") && !has(k, "notfuture")) return !pastPerfect(k);
            if (pastVerb(k)) return false;
        }
        for (int k = i + 1; k < n && k <= i + 3; k++) {
            if (has(k, "sentence")) break;
            if (has(k, "futureafter")) return true;
        }
        return opensSentence(i) && tenseAhead(i, false) > 0;
    }

    /** Does the date at i open its sentence, with at most a preposition before it ("On Friday, ...", "In January, ...")?
     *  Then the verb after it gives the tense. */
    private boolean opensSentence(int i) {
        if (!lex.language.equals("en")) return false;
        for (int k = i - 1, words = 0; k >= 0; k--) {
            if (has(k, "sentence") && !abbreviation(k)) return true;
            if (word(k) && ++words > 1) return false;
            if (word(k) && !has(k, "opener")) return false;
        }
        return true;
    }

    /** The tense of the first verb after the date at i in its sentence: 1 future, -1 past, 0 none within the window.
     *  {@code strong}: only irregular past forms count ("said", "sold"), not the "-ed" ending. */
    private int tenseAhead(int i, boolean strong) {
        for (int k = i + 1, words = 0; k < n && words < WINDOW + 2; k++, words += word(k - 1) ? 1 : 0) {
            if (has(k, "sentence") && !abbreviation(k)) return 0;
            Lexicon.Entry f = get(k, "future");
            if (f != null && !has(k, "notfuture") && !has(k, "weekday") && !f.toks()[0].equals("next") && !f.toks()[0].equals("tomorrow")
                    && !f.toks()[0].equals("upcoming")) {
                // a finite "planned", "expected" is a past tense; "is expected" looks ahead
                boolean finite = toks.get(k).norm().endsWith("ed") && !isTok(k - 1, "is") && !isTok(k - 1, "are") && !isTok(k - 1, "be");
                return finite ? -1 : 1;
            }
            if ((strong ? has(k, "pastcue") : pastVerb(k)) && !isTok(k, "last") && !isTok(k, "ago")) return -1;
        }
        return 0;
    }

    /** Is the date at i a deadline ("pay the loan by February"), not put in the past by the verb before it? */
    private boolean deadline(int i) {
        return has(i - 1, "deadlineby") && !pastCue(i - 1);
    }

    /** Is the future cue at k put in the past ("had been scheduled", "as previously planned")? */
    private boolean pastPerfect(int k) {
        for (int m = k - 1; m >= 0 && m >= k - 3; m--) {
            Lexicon.Entry a = get(m, "pastaux");
            if (a != null && m + a.len() >= k - 1) return true; // "had been (tentatively) scheduled"
            if (has(m, "sentence")) break;
        }
        return false;
    }

    /** Is a past reading signalled just before i ("said Tuesday", "was killed Tuesday")? */
    private boolean pastCue(int i) {
        for (int k = i - 1, words = 0; k >= 0 && words < WINDOW; k--, words += word(k + 1) ? 1 : 0) {
            if (has(k, "sentence") && !abbreviation(k)) break;
            if (has(k, "future") && !has(k, "notfuture")) return pastPerfect(k);
            if (pastVerb(k)) return true;
        }
        return opensSentence(i) && tenseAhead(i, false) < 0;
    }

    /** Is an irregular past form ("bought", "said") the nearest tense word before i, with no "until"/"by" before the
     *  date? The "-ed" ending alone is too weak for this ("a still unspecified date in January"). */
    private boolean strongPast(int i) {
        for (int b = i - 1; b >= i - 3 && b >= 0; b--) { // "until mid-November", "by the end of March"
            Lexicon.Entry m = get(b, "mod");
            if (m != null && b + m.len() == i) { i = b; break; }
        }
        // "gave them until March" looks ahead; "by March" too, unless a past verb comes first ("had repaid it by February")
        if (isTok(i - 1, "until") || isTok(i - 1, "through") || has(i - 1, "deadlineby") && !pastCue(i - 1)) return false;
        for (int k = i - 1, words = 0; k >= 0 && words < WINDOW; k--, words += word(k + 1) ? 1 : 0) {
            if (has(k, "sentence") && !abbreviation(k)) break;
            if (has(k, "future") && !has(k, "notfuture")) return false;
            if (has(k, "pastcue") && !has(k - 1, "passiveaux")) return true;
        }
        return opensSentence(i) && tenseAhead(i, true) < 0;
    }

    /** Is token k a past-tense verb ("said", "bought", "-ed")? Not a participle after "be": "will be completed",
     *  "is to be sold in March" look forward, so the search goes on to the auxiliary before it. */
    private boolean pastVerb(int k) {
        String w = toks.get(k).norm();
        boolean past = has(k, "pastcue") || lex.pastSuffix != null && w.length() > 4 && w.endsWith(lex.pastSuffix);
        return past && !has(k - 1, "passiveaux");
    }

    // ------------------------------------------------------------------ relative dates

    private Cand relative(int i) {
        Cand c = anchoredDay(i);
        Lexicon.Entry dx = get(i, "deictic");
        if (dx != null) c = longer(c, deictic(i, dx));
        Lexicon.Entry wd = get(i, "weekday");
        if (wd != null) c = longer(c, weekday(i, i + wd.len(), wd.intVal(), 0, wd.pd()));
        // this/last/next + X
        for (String rel : new String[]{"this", "last", "next"}) {
            Lexicon.Entry r = get(i, rel);
            if (r != null) c = longer(c, relUnit(i, i + r.len(), rel, true));
        }
        // X + last/next (post-nominal: "la semaine dernière", "lunes pasado")
        c = longer(c, postRel(i));
        c = longer(c, namedPeriod(i));
        int pi = has(i, "det") ? i + get(i, "det").len() : i;
        Lexicon.Entry pdo = get(pi, "partday");
        if (pdo != null && has(pi + pdo.len(), "of") && !lex.language.equals("en")) {
            // "la nuit de samedi", "la noche del sábado" (TimeBank English tags only the day, so not there)
            int j = pi + pdo.len() + get(pi + pdo.len(), "of").len();
            Lexicon.Entry wdo = get(j, "weekday");
            Cand d = longer(date(j), wdo == null ? null : weekday(j, j + wdo.len(), wdo.intVal(), 0, null));
            if (d != null && d.type() == TimexType.DATE && (d.date() != null || d.value().startsWith("XXXX-"))) {
                int e = d.e();
                // "la nuit de samedi à dimanche": the night that starts on the first day
                Lexicon.Entry to = get(e, "nightto");
                if (to != null && has(e + to.len(), "weekday")) e = e + to.len() + get(e + to.len(), "weekday").len();
                c = longer(c, new Cand(i, e, TimexType.TIME, d.value() + "T" + pdo.val(), d.date()));
            }
        }
        if (pdo != null && has(pi + pdo.len(), "nightbefore") && has(pi + pdo.len() + get(pi + pdo.len(), "nightbefore").len(), "weekday")) {
            // "in der Nacht zum Sonntag": the night before that day
            int j = pi + pdo.len() + get(pi + pdo.len(), "nightbefore").len();
            Lexicon.Entry w = get(j, "weekday");
            Cand d = weekday(j, j + w.len(), w.intVal(), 0, null);
            if (d != null && d.type() == TimexType.DATE) {
                LocalDate day = d.date() == null ? null : d.date().minusDays(1);
                String v = day == null ? "XXXX-WXX-" + (w.intVal() == 1 ? 7 : w.intVal() - 1) : day.toString();
                c = longer(c, new Cand(i, d.e(), TimexType.TIME, v + "T" + pdo.val(), day));
            }
        }
        if (isTok(i, "the") && lex.language.equals("en")) {
            // "in the morning" of the day the story tells (the last day named near the report, else the report's day)
            Lexicon.Entry p2 = get(i + 1, "partday");
            if (p2 != null && !p2.val().equals("NI") && !p2.val().equals("DT") && !has(i + 1 + p2.len(), "of") && ref != null) {
                LocalDate day = storyDay(i);
                c = longer(c, new Cand(i, i + 1 + p2.len(), TimexType.TIME, day + "T" + p2.val(), day));
            }
        }
        Lexicon.Entry pd = get(i, "partday");
        if (pd != null) {
            // "mid-afternoon yesterday", "morning Friday": the part of that day
            int j = i + pd.len();
            Lexicon.Entry dx2 = get(j, "deictic");
            Lexicon.Entry wd2 = get(j, "weekday");
            Cand d = dx2 != null ? deictic(j, dx2) : wd2 != null ? weekday(j, j + wd2.len(), wd2.intVal(), 0, wd2.pd()) : null;
            if (d != null && d.type() == TimexType.DATE) {
                c = longer(c, new Cand(i, d.e(), TimexType.TIME, d.value() + "T" + pd.val(), d.date()));
            }
        }
        c = longer(c, ago(i));
        return c;
    }

    private Cand deictic(int i, Lexicon.Entry dx) {
        int j = i + dx.len();
        String v = dx.val();
        int off = switch (v) {
            case "YESTERDAY", "LASTNIGHT", "OVERNIGHT" -> -1;
            case "TOMORROW" -> 1;
            case "DBY" -> -2;
            case "DAT" -> 2;
            default -> 0;
        };
        String pd = v.equals("TONIGHT") || v.equals("LASTNIGHT") || v.equals("OVERNIGHT") ? "NI" : null;
        int colon = v.indexOf(':');
        if (colon > 0) {
            pd = v.substring(colon + 1);
            off = switch (v.substring(0, colon)) { case "YESTERDAY" -> -1; case "TOMORROW" -> 1; default -> 0; };
        }
        // "la mañana", "am Morgen": the part of day, not tomorrow
        if (has(i, "partday") && i > 0 && has(i - 1, "pdblock")) return null;
        if ((v.equals("TODAY") || v.equals("TOMORROW")) && generic(i, j)) return null;
        if (pd == null) {
            int k = j;
            Lexicon.Entry conn = get(k, "pdconn");
            if (conn != null && has(k + conn.len(), "partday")) k += conn.len();
            Lexicon.Entry p = get(k, "partday");
            if (p != null) { pd = p.val(); j = k + p.len(); }
        }
        if (ref == null) return new Cand(i, j, pd == null ? TimexType.DATE : TimexType.TIME, pd == null ? (off == 0 && v.equals("TODAY") ? "PRESENT_REF" : "XXXX-XX-XX") : "XXXX-XX-XXT" + pd, null);
        // "overnight": the night before the day the story tells ("shares fell Friday after overnight losses"); "last night": the report's
        LocalDate d = (v.equals("OVERNIGHT") ? storyDay(i) : ref).plusDays(off);
        return pd == null ? new Cand(i, j, TimexType.DATE, d.toString(), d) : new Cand(i, j, TimexType.TIME, d + "T" + pd, d);
    }

    /** "today's world", "today's youth", "the people of tomorrow": the present or future age, not a day (TimeBank
     *  leaves them out). "as of today", "tomorrow's vote" stay days. */
    private boolean generic(int i, int j) {
        if (!lex.language.equals("en")) return false;
        if (isTok(j, "'") && isTok(j + 1, "s") && has(j + 2, "generic")) return true;
        return isTok(i - 1, "of") && i > 1 && !isTok(i - 2, "as") && ann.get(i - 2).isEmpty() && !toks.get(i - 2).isNum()
                && Character.isLetter(toks.get(i - 2).norm().charAt(0));
    }

    /** A weekday: the most recent one on or before the reference date (news reports the past), or the next
     *  one when the sentence speaks of the future; {@code dir} forces -1 (last), +1 (next), 2 (this). */
    private Cand weekday(int s, int j, int dow, int dir, String pd0) {
        String pd = pd0;
        int k = j;
        Lexicon.Entry conn = get(k, "pdconn");
        if (conn != null && has(k + conn.len(), "partday")) k += conn.len();
        Lexicon.Entry p = pd == null ? get(k, "partday") : null;
        if (p != null) { pd = p.val(); j = k + p.len(); }
        if (ref == null) {
            String v = "XXXX-WXX-" + dow;
            return new Cand(s, j, pd == null ? TimexType.DATE : TimexType.TIME, pd == null ? v : v + "T" + pd, null);
        }
        LocalDate d;
        DayOfWeek w = DayOfWeek.of(dow);
        if (dir == -1) d = ref.with(TemporalAdjusters.previous(w));
        else if (dir == 1) d = ref.with(TemporalAdjusters.next(w));
        else if (dir == 2) d = futureCue(s) || dow >= ref.getDayOfWeek().getValue() && futureCue(s) ? ref.with(TemporalAdjusters.nextOrSame(w)) : ref.with(TemporalAdjusters.previousOrSame(w));
        else if (futureCue(s)) d = ref.with(TemporalAdjusters.nextOrSame(w));
        // the day after the report's weekday is tomorrow far more often than six days ago, unless the past is marked
        else if (dow == ref.getDayOfWeek().getValue() % 7 + 1 && !pastCue(s)) d = ref.plusDays(1);
        else d = ref.with(TemporalAdjusters.previousOrSame(w));
        return pd == null ? new Cand(s, j, TimexType.DATE, d.toString(), d) : new Cand(s, j, TimexType.TIME, d + "T" + pd, d);
    }

    /** this/last/next followed by what it modifies, starting at j. */
    private Cand relUnit(int s, int j, String rel, boolean pre) {
        int dir = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
        Lexicon.Entry wd = get(j, "weekday");
        if (wd != null) {
            Cand full = date(j);
            if (full != null && full.date() != null) return new Cand(s, full.e(), full.type(), full.value(), full.date());
            if (dir == -1 && isTok(s, "the") && lastDay != null && ref != null && Math.abs(lastDay.toEpochDay() - ref.toEpochDay()) <= 7) {
                // "down from the previous Friday": the one before the day the story is telling
                LocalDate d = lastDay.with(TemporalAdjusters.previous(DayOfWeek.of(wd.intVal())));
                return new Cand(s, j + wd.len(), TimexType.DATE, d.toString(), d);
            }
            return weekday(s, j + wd.len(), wd.intVal(), dir == 0 ? 2 : dir, wd.pd());
        }
        if (dir != 0 && (toks.get(Math.min(j, n - 1)).isNum() || has(j, "ord"))) {
            // "el pasado 4 de enero", "lo scorso 4 gennaio"
            Cand dm = j < n ? dayMonth(j, false) : null;
            if (dm != null && toks.get(dm.e() - 1).digits() != 4) return directed(dm, dir, s, dm.e());
        }
        Lexicon.Entry m = get(j, "month");
        if (m != null) {
            int mo = m.intVal();
            int e = j + m.len();
            if (ref == null) return new Cand(s, e, TimexType.DATE, String.format(Locale.ROOT, "XXXX-%02d", mo), null);
            int y = ref.getYear();
            if (dir == -1) y = mo < ref.getMonthValue() ? y : y - 1;
            else if (dir == 1) y = mo > ref.getMonthValue() ? y : y + 1;
            return new Cand(s, e, TimexType.DATE, String.format(Locale.ROOT, "%04d-%02d", y, mo), null);
        }
        Lexicon.Entry se = get(j, "season");
        if (se != null) {
            int e = j + se.len();
            if (ref == null) return new Cand(s, e, TimexType.DATE, "XXXX-" + se.val(), null);
            int y = seasonYear(se.val(), dir);
            return new Cand(s, e, TimexType.DATE, y + "-" + se.val(), null);
        }
        Lexicon.Entry pd = get(j, "partday");
        if (pd != null && dir >= 0 && pre) {
            if (ref == null) return new Cand(s, j + pd.len(), TimexType.TIME, "XXXX-XX-XXT" + pd.val(), null);
            // "the next morning": the day after the one the story tells; "this morning": the report's
            LocalDate day = dir == 1 ? (lastDay != null ? lastDay : ref).plusDays(1) : ref;
            return new Cand(s, j + pd.len(), TimexType.TIME, day + "T" + pd.val(), day);
        }
        if (has(j, "fiscal") && has(j + get(j, "fiscal").len(), "unit")) j += get(j, "fiscal").len();
        Lexicon.Entry u = get(j, "unit");
        if (u != null && !isPlural(j, u)) {
            String v = shift(u.val(), dir);
            if (v == null) return null;
            return new Cand(s, j + u.len(), TimexType.DATE, v, TimeExtractor.day(v));
        }
        return null;
    }

    private static boolean isPlural(int j, Lexicon.Entry u) {
        return u.plural();
    }

    private int seasonYear(String season, int dir) {
        int m = ref.getMonthValue();
        int cur = switch (m) { case 3, 4, 5 -> 0; case 6, 7, 8 -> 1; case 9, 10, 11 -> 2; default -> 3; };
        int idx = switch (season) { case "SP" -> 0; case "SU" -> 1; case "FA" -> 2; default -> 3; };
        int y = ref.getYear();
        if (dir == 0) return cur == 3 && m <= 2 && idx == 3 ? y - 1 : y; // "this summer" in February is this year's; "this winter" began in December
        if (cur == 3 && m <= 2) y--; // winter season started last December
        if (dir == -1) return ref.getYear() - 1; // last year's: "last fall" in February 1998 is 1997-FA (TimeML)
        return idx > cur ? y : y + 1;
    }

    /** The calendar unit around the reference date shifted by dir units: "2020-W01", "2019-12", "2019". */
    private String shift(String unit, int dir) {
        if (ref == null) {
            return switch (unit) {
                case "D" -> "XXXX-XX-XX";
                case "W" -> "XXXX-WXX";
                case "M" -> "XXXX-XX";
                case "Y" -> "XXXX";
                case "Q" -> "XXXX-QX";
                case "WE" -> "XXXX-WXX-WE";
                default -> null;
            };
        }
        return switch (unit) {
            case "D" -> ref.plusDays(dir).toString();
            case "W" -> week(ref.plusWeeks(dir));
            case "WE" -> week(dir == 0 ? ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                    : ref.plusWeeks(dir).with(DayOfWeek.SATURDAY)) + "-WE";
            case "M" -> { LocalDate d = ref.plusMonths(dir); yield String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()); }
            case "Y" -> String.valueOf(ref.getYear() + dir);
            case "Q" -> { LocalDate d = ref.plusMonths(3L * dir); yield d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR); }
            case "HALF" -> { LocalDate d = ref.plusMonths(6L * dir); yield d.getYear() + "-H" + (d.getMonthValue() <= 6 ? 1 : 2); }
            case "DE" -> String.valueOf((ref.getYear() + 10 * dir) / 10);
            case "CE" -> String.valueOf((ref.getYear() + 100 * dir) / 100);
            default -> null;
        };
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "la semaine dernière", "el lunes pasado", "settimana scorsa", "الأسبوع الماضي". */
    private Cand postRel(int i) {
        int j = i;
        if (has(j, "det") && !has(j, "unit") && !has(j, "weekday")) j += get(j, "det").len();
        int k;
        Lexicon.Entry x = null;
        for (String cat : new String[]{"unit", "weekday", "month", "season"}) {
            Lexicon.Entry y = get(j, cat);
            if (y != null && (x == null || y.len() > x.len())) x = y;
        }
        if (x == null) return null;
        k = j + x.len();
        String[] rels = {"last", "next", "this"}, posts = {"postlast", "postnext", "postthis"};
        for (int q = 0; q < 3; q++) {
            String rel = rels[q];
            Lexicon.Entry r = get(k, posts[q]);
            if (r != null) {
                Cand c = relUnit(i, j, rel, false);
                if (c != null) return new Cand(j == i || lex.language.equals("en") ? j : i, k + r.len(), c.type(), c.value(), c.date());
            }
        }
        return null;
    }

    /** "two days ago", "il y a deux jours", "vor zwei Tagen", "a year earlier", "in three weeks". */
    private Cand ago(int i) {
        int j = i;
        Lexicon.Entry ap = get(j, "approx");
        if (ap != null) j += ap.len();
        Lexicon.Entry pre = get(j, "agopre");
        Lexicon.Entry inpre = pre == null ? get(j, "inpre") : null;
        if (pre != null) j += pre.len();
        else if (inpre != null) j += inpre.len();
        Lexicon.Entry dw = get(j, "durword");
        int count;
        String unit;
        int k;
        Lexicon.Entry one = pre != null && num(j) == null ? get(j, "unit") : null;
        if (one != null && !one.plural() && dw == null && year(j + one.len()) == null) {
            // "قبل أسبوع": an Arabic singular noun counts one
            count = 1;
            unit = one.val();
            k = j + one.len();
        } else if (dw != null) {
            java.util.regex.Matcher dm = DURWORD.matcher(dw.val());
            if (!dm.matches()) return null;
            count = Integer.parseInt(dm.group(2));
            unit = dm.group(1).isEmpty() ? dm.group(3) : dm.group(3).equals("M") ? "MI" : dm.group(3);
            k = j + dw.len();
        } else {
            Num nu = num(j);
            if (nu == null) return null;
            Lexicon.Entry u = get(nu.end(), "unit");
            if (u == null) return null;
            count = nu.value();
            unit = u.val();
            k = nu.end() + u.len();
        }
        if (count > 5000) return null; // not a span of time anyone reports
        int dir;
        if (pre != null) dir = -1;
        else if (inpre != null) dir = 1;
        else if (has(k, "orso") && has(k + get(k, "orso").len(), "ago")) { dir = -1; k += get(k, "orso").len(); k += get(k, "ago").len(); } // "a week or so ago"
        else if (has(k, "ago") && !gap(k).equals("-")) { dir = -1; k += get(k, "ago").len(); }
        else if (has(k, "later")) { dir = 1; k += get(k, "later").len(); }
        else return null;
        if (count < 0) {
            if (ref != null && dir < 0 && unit.equals("Y")) return new Cand(i, k, TimexType.DATE, String.valueOf(ref.getYear()).substring(0, 3) + "X", null);
            return new Cand(i, k, TimexType.DATE, dir < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }
        if (ref == null) return new Cand(i, k, TimexType.DATE, shiftUnknown(unit), null);
        if (unit.equals("Y") && count == 1 && lastQuarter != null && !monthsSpan && dir < 0 && get(k - 1, "ago") != null) {
            int y = Integer.parseInt(lastQuarter.substring(0, 4)) - 1;
            return new Cand(i, k, TimexType.DATE, y + lastQuarter.substring(4), null);
        }
        String v = switch (unit) {
            case "D" -> ref.plusDays((long) dir * count).toString();
            case "W" -> week(ref.plusWeeks((long) dir * count));
            case "M" -> { LocalDate d = ref.plusMonths((long) dir * count); yield String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()); }
            case "Y" -> String.valueOf(ref.getYear() + dir * count);
            case "DE" -> String.valueOf((ref.getYear() + dir * count * 10) / 10);
            case "CE" -> String.valueOf((ref.getYear() + dir * count * 100) / 100);
            case "Q" -> { LocalDate d = ref.plusMonths(3L * dir * count); yield d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR); }
            case "H", "MI", "S" -> ref.toString();
            default -> null;
        };
        if (v == null) return null;
        return new Cand(i, k, TimexType.DATE, v, TimeExtractor.day(v));
    }

    private static String shiftUnknown(String unit) {
        return switch (unit) {
            case "D" -> "XXXX-XX-XX";
            case "W" -> "XXXX-WXX";
            case "M" -> "XXXX-XX";
            case "Y", "DE", "CE" -> "XXXX";
            default -> "XXXX-XX-XX";
        };
    }

    /** "the next day", "the day before", "that day": relative to the last day the text named (TimeML anchoring). */
    private Cand anchoredDay(int i) {
        if (lastDay == null) return null;
        Lexicon.Entry a = get(i, "anchor");
        if (a == null) return null;
        int off = Integer.parseInt(a.val());
        int e = i + a.len();
        LocalDate d = lastDay.plusDays(off);
        return new Cand(i, e, TimexType.DATE, d.toString(), d);
    }

    /** "the weekend", "(the) summer", holidays ("Thanksgiving", "last Christmas"). */
    private Cand namedPeriod(int i) {
        int j = i;
        int dir = 0;
        if (isTok(j, "the")) j++;
        else {
            Lexicon.Entry l = get(j, "last"), nx = get(j, "next");
            if (l != null && get(j + l.len(), "holiday") != null) { dir = -1; j += l.len(); }
            else if (nx != null && get(j + nx.len(), "holiday") != null) { dir = 1; j += nx.len(); }
        }
        Lexicon.Entry u = get(j, "unit");
        if (j > i && u != null && u.val().equals("WE") && !isPlural(j, u)) {
            String v = shift("WE", futureCue(i) ? 1 : 0);
            return new Cand(i, j + u.len(), TimexType.DATE, v, null);
        }
        Lexicon.Entry se = get(j, "season");
        if (se != null) {
            // "the summer of 1988", "spring 1990"
            int k = j + se.len();
            if (has(k, "of")) k += get(k, "of").len();
            int[] y = year(k);
            if (y != null && !(isTok(y[1], "s") && tight(y[1]))) return new Cand(i, y[1], TimexType.DATE, y[0] + "-" + se.val(), null);
        }
        if (se != null && (j > i || monthContext(i) && !isTok(i - 1, "to") && !isTok(i - 1, "and") && !isTok(i - 1, "or"))) {
            int e = j + se.len();
            if (ref == null) return new Cand(i, e, TimexType.DATE, "XXXX-" + se.val(), null);
            int m = ref.getMonthValue();
            int cur = switch (m) { case 3, 4, 5 -> 0; case 6, 7, 8 -> 1; case 9, 10, 11 -> 2; default -> 3; };
            int idx = switch (se.val()) { case "SP" -> 0; case "SU" -> 1; case "FA" -> 2; default -> 3; };
            int y = ref.getYear();
            if (cur == 3 && m <= 2) { y--; }
            if (futureCue(i)) { if (idx < cur) y++; }
            // the season just ahead ("the spring" in February) is nearer than last year's, unless the verb is past
            else if (idx == (cur + 1) % 4 && !pastCue(i)) y = cur == 3 && m == 12 ? ref.getYear() + 1 : ref.getYear();
            else if (idx > cur) y--;
            return new Cand(i, e, TimexType.DATE, y + "-" + se.val(), null);
        }
        Lexicon.Entry h = get(j, "holiday");
        if (h != null) {
            int e = j + h.len();
            if (ref == null) {
                String v = h.val().matches("\\d\\d-\\d\\d") ? "XXXX-" + h.val() : "XXXX-XX-XX";
                return new Cand(i, e, TimexType.DATE, v, null);
            }
            LocalDate bestD = null;
            long bestDist = Long.MAX_VALUE;
            boolean fut = futureCue(i);
            for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
                LocalDate d = holiday(h.val(), y);
                if (d == null) return null;
                long dist = Math.abs(d.toEpochDay() - ref.toEpochDay());
                if (dir < 0 && !d.isBefore(ref) || dir > 0 && !d.isAfter(ref)) continue;
                if (dir == 0 && d.isAfter(ref) && !fut) dist *= 2;
                if (dir == 0 && d.isBefore(ref) && fut) dist += 400;
                if (dist < bestDist) { bestDist = dist; bestD = d; }
            }
            return bestD == null ? null : new Cand(i, e, TimexType.DATE, bestD.toString(), bestD);
        }
        return null;
    }

    static LocalDate holiday(String code, int y) {
        return switch (code) {
            case "THANKSGIVING" -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "ELECTION" -> LocalDate.of(y, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            case "EASTER" -> easter(y);
            case "GOODFRIDAY" -> easter(y).minusDays(2);
            case "EASTERMONDAY" -> easter(y).plusDays(1);
            default -> {
                if (!code.matches("\\d\\d-\\d\\d")) yield null;
                yield LocalDate.of(y, Integer.parseInt(code.substring(0, 2)), Integer.parseInt(code.substring(3)));
            }
        };
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }

    // ------------------------------------------------------------------ durations

    /** English prepositions before which a bare plural unit is a length of time: "for years", "in months". */
    private static final java.util.Set<String> BARE_SPAN = java.util.Set.of("for", "in", "within");

    private Cand duration(int i) {
        if ((isTok(i, "a") || isTok(i, "an")) && i + 1 < n) {
            // "a three-year period"
            Num nn = num(i + 1);
            Lexicon.Entry uu = nn == null || nn.fuzzy() ? null : get(nn.end(), "unit");
            if (uu != null && gap(nn.end()).equals("-") && has(nn.end() + uu.len(), "periodnoun")) {
                String v = durValue(nn.value(), uu.val());
                int e = nn.end() + uu.len();
                if (v != null) return new Cand(i, e + get(e, "periodnoun").len(), TimexType.DURATION, v, null);
            }
        }
        int j = i;
        Lexicon.Entry ap = get(j, "approx");
        if (ap != null && !isTok(j + ap.len(), "the") && !has(j + ap.len(), "last") && !has(j + ap.len(), "next")) j += ap.len();
        else if (ap != null) return null;
        boolean the = false;
        if (has(j, "det") && get(j, "det").val().isEmpty() && isTok(j, "the") || isTok(j, "the")) { j++; the = true; }
        // "the year-earlier nine months": a length of time, the comparison word inside it
        Lexicon.Entry ya = the ? get(j, "yearago") : null;
        if (ya != null && num(j + ya.len()) != null && !num(j + ya.len()).fuzzy()) j += ya.len();
        Lexicon.Entry r = get(j, "last");
        if (r == null) r = get(j, "next");
        if (r == null && get(j, "ord") != null && get(j, "ord").intVal() == 1) r = get(j, "ord");
        if (r != null && !has(j, "fuzzy")) j += r.len();
        Lexicon.Entry dw = get(j, "durword");
        if (dw != null && dw.val().equals("PXX")) {
            // "a while": a vague length; "a while ago" the vague past; "once in a while" a frequency, no time
            if (j == i && isTok(i - 1, "in") && isTok(i - 2, "once")) return null;
            if (has(j + dw.len(), "ago")) return new Cand(i, j + dw.len() + get(j + dw.len(), "ago").len(), TimexType.DATE, "PAST_REF", null);
        }
        if (dw != null) return new Cand(i, j + dw.len(), TimexType.DURATION, dw.val(), null);
        if (j == i && isTok(i, "one") && has(i + 1, "unit") && get(i + 1, "unit").val().equals("D") && !get(i + 1, "unit").plural()
                && (has(i - 1, "modal") || has(i - 1, "future")))
            return new Cand(i, i + 1 + get(i + 1, "unit").len(), TimexType.DATE, "FUTURE_REF", null); // "will one day be"
        Num nu = num(j);
        if (nu != null && nu.fuzzy() && isTok(j, "many") && isTok(j - 1, "as")) return null; // "three attacks in as many weeks": a count
        if (nu == null) {
            // "recent years", "the coming weeks", "the past months": an unspecified number of units
            Lexicon.Entry rp = get(j, "recentpl");
            int jj = rp == null ? j : j + rp.len();
            Lexicon.Entry u = get(jj, "unit");
            if (u == null || !isPlural(jj, u) || u.val().equals("WE")) return null;
            // "the weeks ahead", "the months ahead"
            if (rp == null && r == null && the && has(jj + u.len(), "ahead"))
                return new Cand(i, jj + u.len() + get(jj + u.len(), "ahead").len(), TimexType.DURATION, durValue(-1, u.val()), null);
            // "for years", "the first time in months", "within days": an unspecified length (TimeML PXY)
            if (rp == null && r == null && !the && j == i && i > 0 && lex.language.equals("en") && BARE_SPAN.contains(toks.get(i - 1).norm())
                    && (!has(jj + u.len(), "of") || isTok(i - 1, "within")) && !has(jj + u.len(), "ago") && !has(jj + u.len(), "beforeafter") && !gap(jj + u.len()).equals("-"))
                return new Cand(i, jj + u.len(), TimexType.DURATION, durValue(-1, u.val()), null);
            if (rp == null && r == null) return null;
            // "future quarters": a vague reference, not a length
            if (rp != null && rp.val().equals("FUTURE")) return new Cand(i, jj + u.len(), TimexType.DATE, "FUTURE_REF", null);
            String v = durValue(-1, u.val());
            return v == null ? null : new Cand(i, jj + u.len(), TimexType.DURATION, v, null);
        }
        int k = nu.end();
        // "2 1/2 years", "two and a half years": half a unit more
        boolean half = false;
        if (!nu.fuzzy() && k + 2 < n && toks.get(k).isNum() && toks.get(k).num() == 1 && isTok(k + 1, "/") && tight(k + 1) && tight(k + 2)
                && toks.get(k + 2).isNum() && toks.get(k + 2).num() == 2) { half = true; k += 3; }
        else if (!nu.fuzzy() && has(k, "andahalf") && has(k + get(k, "andahalf").len(), "unit")) { half = true; k += get(k, "andahalf").len(); }
        if ((isTok(k, "to") || isTok(k, "or")) && num(k + 1) != null && !num(k + 1).fuzzy() && has(num(k + 1).end(), "unit")) k = num(k + 1).end();
        if (isTok(k, "more") || isTok(k, "plus") || isTok(k, "full") || isTok(k, "straight") || isTok(k, "consecutive")) k++;
        Lexicon.Entry u = get(k, "unit");
        if (u == null) return null;
        if (u.val().equals("HALF")) return null;
        // a count of years in digits is rarely a duration without a word number ("1990 years")
        if (!nu.fuzzy() && !nu.word() && nu.value() > 1000) return null;
        // "a year" alone next to an amount ("$5 a year") is a rate, not a duration
        if ((isTok(j, "a") || isTok(j, "an")) && r == null && !the && ap == null) {
            if (i > 0 && (toks.get(i - 1).isNum() || has(i - 1, "num") || has(i - 1, "amount") || has(i - 1, "unit")
                    || isTok(i - 1, "times") || isTok(i - 1, "twice") || isTok(i - 1, "once"))) return null;
        }
        int e = k + u.len();
        // "a year-earlier figure", "the year-ago quarter": a date a year back, not a duration
        if (gap(e).equals("-") && (has(e, "ago") || has(e, "later"))) return null;
        // "two-year-old": an age, not a duration
        if (isTok(e, "old") || isTok(e, "olds")) return null; // an age
        if (u.val().equals("Q") && (isTok(e, "of") || gap(k).equals("-") && !nu.word())) return null; // a fraction
        if (u.val().equals("Q") && gap(k).equals("-") && nu.word() && nu.value() > 1 && toks.get(k).norm().endsWith("s")) return null;
        // "the two-week", "its 30-day": an adjective; TimeML leaves the determiner out
        if (gap(k).equals("-") && j > i && nu.end() == j + 1) {
            String v0 = durValue(nu.fuzzy() ? -1 : nu.value(), u.val());
            // "a three-year period": the period is the duration, article included
            if (v0 != null && has(e, "periodnoun")) return new Cand(i, e + get(e, "periodnoun").len(), TimexType.DURATION, v0, null);
            return v0 == null ? null : new Cand(j, e, TimexType.DURATION, v0, null);
        }
        // "a minute and a half", "a year and a half"
        if (!half && !nu.fuzzy() && has(e, "andahalf")) { half = true; e += get(e, "andahalf").len(); }
        String v = half ? halfMore(nu.value(), u.val()) : null;
        if (v == null) v = durValue(nu.fuzzy() ? -1 : nu.value(), u.val()); // months, weeks: no exact half in TIMEX3 units
        if (v == null) return null;
        return new Cand(i, e, TimexType.DURATION, v, null);
    }

    /** count and a half units as a TIMEX3 duration: P2Y6M, PT1M30S, P3DT12H; null for units without an exact half. */
    static String halfMore(int count, String unit) {
        return switch (unit) {
            case "Y" -> "P" + count + "Y6M";
            case "D" -> "P" + count + "DT12H";
            case "H" -> "PT" + count + "H30M";
            case "MI" -> "PT" + count + "M30S";
            case "DE" -> "P" + (count * 10 + 5) + "Y";
            case "CE" -> "P" + (count * 100 + 50) + "Y";
            default -> null;
        };
    }

    static String durValue(int count, String unit) {
        String c = count < 0 ? "X" : String.valueOf(count);
        return switch (unit) {
            case "D" -> "P" + c + "D";
            case "W" -> "P" + c + "W";
            case "M" -> "P" + c + "M";
            case "Y" -> "P" + c + "Y";
            case "Q" -> "P" + c + "Q";
            case "DE" -> count < 0 ? "PXDE" : "P" + (count * 10) + "Y";
            case "CE" -> count < 0 ? "PXCE" : "P" + (count * 100) + "Y";
            case "H" -> "PT" + c + "H";
            case "MI" -> "PT" + c + "M";
            case "S" -> "PT" + c + "S";
            case "WE" -> "P" + c + "WE";
            default -> null;
        };
    }

    // ------------------------------------------------------------------ sets

    private Cand set(int i) {
        Lexicon.Entry sw = get(i, "set");
        Cand c = null;
        if (sw != null) {
            boolean rate = sw.toks()[0].equals("a") || sw.toks()[0].equals("per");
            // "average daily volume": a statistic measured per day, not something that recurs
            boolean statistic = sw.len() == 1 && !rate && i > 0 && STATISTIC.contains(toks.get(i - 1).norm());
            if (statistic) return null;
            if (!rate || (i > 0 && (isTok(i - 1, "times") || isTok(i - 1, "twice") || isTok(i - 1, "once"))))
                c = new Cand(rate && i > 0 ? i - 1 : i, i + sw.len(), TimexType.SET, sw.val(), null);
        }
        Lexicon.Entry ev = get(i, "every");
        if (ev == null) return c;
        int j = i + ev.len();
        Lexicon.Entry wd = get(j, "weekday");
        if (wd != null) return longer(c, new Cand(i, j + wd.len(), TimexType.SET, "XXXX-WXX-" + wd.intVal(), null));
        Lexicon.Entry m = get(j, "month");
        if (m != null) return longer(c, new Cand(i, j + m.len(), TimexType.SET, String.format(Locale.ROOT, "XXXX-%02d", m.intVal()), null));
        Lexicon.Entry pd = get(j, "partday");
        if (pd != null) return longer(c, new Cand(i, j + pd.len(), TimexType.SET, "XXXX-XX-XXT" + pd.val(), null));
        Lexicon.Entry se = get(j, "season");
        if (se != null) return longer(c, new Cand(i, j + se.len(), TimexType.SET, "XXXX-" + se.val(), null));
        int count = 1;
        Num nu = num(j);
        if (nu != null && !nu.fuzzy() && !isTok(j, "a")) { count = nu.value(); j = nu.end(); }
        Lexicon.Entry u = get(j, "unit");
        if (u == null) return c;
        String v = durValue(count, u.val());
        if (v == null) return c;
        if (ev.toks()[0].equals("per") && i > 0 && !(toks.get(i - 1).isNum() || isTok(i - 1, "times"))) return c;
        return longer(c, new Cand(i, j + u.len(), TimexType.SET, v, null));
    }

    // ------------------------------------------------------------------ clock times

    /** Is "a.m." or "p.m." at k ("10.30am": English writes the dot only before one)? */
    private boolean meridiem(int k) {
        Lexicon.Entry c = get(k, "clock");
        return c != null && (c.val().equals("AM") || c.val().equals("PM"));
    }

    private Cand clock(int i) {
        int j = i;
        Lexicon.Entry ap = get(j, "approx");
        if (ap != null) j += ap.len();
        Lexicon.Entry named = get(j, "clock");
        int h = -1, mi = 0;
        int k;
        boolean explicit = false;
        if (named != null && named.val().equals("NOON") && isTok(j - 1, "high")) return null; // "High Noon", "high noon": an idiom
        if (named != null && (named.val().equals("NOON") || named.val().equals("MIDNIGHT"))) {
            h = named.val().equals("NOON") ? 12 : 24;
            k = j + named.len();
            explicit = true;
        } else {
            if (j >= n || !toks.get(j).isNum() || toks.get(j).digits() > 2) {
                Num w = num(j);
                if (w == null || w.fuzzy() || !w.word() || w.value() > 12 || w.value() < 1) return null;
                h = w.value();
                k = w.end();
            } else {
                h = toks.get(j).num();
                k = j + 1;
                if (k + 1 < n && (isTok(k, ":") || (isTok(k, ".") && (!lex.language.equals("en") || meridiem(k + 2))) || isTok(k, "h")) && tight(k) && tight(k + 1)
                        && toks.get(k + 1).isNum() && toks.get(k + 1).digits() == 2) {
                    mi = toks.get(k + 1).num();
                    k += 2;
                    explicit = isTok(k - 2, ":") || isTok(k - 2, "h");
                    if (k + 1 < n && isTok(k, ":") && tight(k) && toks.get(k + 1).isNum() && toks.get(k + 1).digits() == 2) k += 2;
                } else if (isTok(k, "h") && tight(k)) {
                    k++;
                    explicit = true;
                }
            }
            if (h > 24 || mi > 59) return null;
            Lexicon.Entry ampm = get(k, "clock");
            Lexicon.Entry hs = get(k, "hsuffix");
            if (ampm != null && (ampm.val().equals("AM") || ampm.val().equals("PM"))) {
                if (h > 12 || h == 0) return null;
                if (ampm.val().equals("PM") && h < 12) h += 12;
                if (ampm.val().equals("AM") && h == 12) h = 0;
                k += ampm.len();
                explicit = true;
            } else if (hs != null) {
                k += hs.len();
                if (k + 0 < n && toks.get(k).isNum() && toks.get(k).digits() == 2 && mi == 0) { mi = toks.get(k).num(); k++; }
                explicit = true;
            } else if (has(k, "oclock")) {
                k += get(k, "oclock").len();
                explicit = true;
            } else if (!explicit) {
                return null;
            }
            if (mi > 59) return null;
        }
        if (!explicit) return null;
        Lexicon.Entry tz = get(k, "tz");
        if (tz != null && !tz.toks()[0].equals("et")) k += tz.len();
        String hm = mi == 0 && named != null ? String.format(Locale.ROOT, "%02d:00", h) : String.format(Locale.ROOT, "%02d:%02d", h, mi);
        if (named != null && named.val().equals("MIDNIGHT")) hm = "24";
        // a bare clock time falls on the day the story is telling, the last day named if it is near the report
        LocalDate day = storyDay(i);
        String v = (day == null ? "XXXX-XX-XX" : day.toString()) + "T" + hm;
        return new Cand(i, k, TimexType.TIME, v, day);
    }

    /** A four-digit (military) time: "0600 GMT", "2130 local time", "at 0600 hours", "at 0600" (a leading zero makes no
     *  year or count). Not in brackets: "10:35 a.m. (0735 GMT)" restates the time before it. */
    private Cand military(int i) {
        Tokenizer.Tok t = toks.get(i);
        if (!t.isNum() || t.digits() != 4 || isTok(i - 1, "(") || tight(i + 1) && i + 1 < n && !isTok(i + 1, ",")) return null;
        int h = t.num() / 100, mi = t.num() % 100;
        if (h > 23 || mi > 59) return null;
        boolean at = i > 0 && has(i - 1, "attime") && !isTok(i - 1, "until");
        int k = i + 1;
        Lexicon.Entry tz = get(k, "tz");
        if (tz != null && !tz.toks()[0].equals("et")) k += tz.len();
        else if (at && (isTok(k, "hours") || isTok(k, "hrs"))) k++;
        else if (isTok(k, "local") && isTok(k + 1, "time")) { /* "2130 local time": the zone stays out, as after "20:15" */ }
        else if (!(at && text.charAt(t.start()) == '0')) return null;
        LocalDate day = storyDay(i);
        String v = (day == null ? "XXXX-XX-XX" : day.toString()) + String.format(Locale.ROOT, "T%02d:%02d", h, mi);
        return new Cand(i, k, TimexType.TIME, v, day);
    }

    // ------------------------------------------------------------------ words like now, recently, the future

    private Cand refWord(int i) {
        Lexicon.Entry r = get(i, "ref");
        if (r == null) return null;
        int e = i + r.len();
        // "current" as an adjective of something other than time is still PRESENT_REF in TimeML only before
        // time words; elsewhere leave it.
        // "current" is PRESENT_REF before time words, or after a determiner ("its current difficulties"); elsewhere leave it
        if (r.toks().length == 1 && r.toks()[0].equals("current") && !(has(e, "unit")) && !(i > 0 && has(i - 1, "possdet"))) return null;
        // "Now, he says...": a discourse marker opening a sentence, not a time
        if (r.toks().length == 1 && r.toks()[0].equals("now") && isTok(e, ",") && (i == 0 || has(i - 1, "sentence")
                || isTok(i - 1, "\"") || isTok(i - 1, "'"))) return null;
        // "the past three summers": a count follows, so "the past" is not the vague past
        Num count = r.toks()[0].equals("the") ? num(e) : null;
        if (count != null && !count.fuzzy() && !isTok(e, "a") && !isTok(e, "an")) return null;
        return new Cand(i, e, TimexType.DATE, r.val(), null);
    }

    // ------------------------------------------------------------------ quarters and halves

    private Cand quarter(int i) {
        int j = i;
        Lexicon.Entry det = get(j, "det");
        if (det != null) j += det.len();
        int year = -1;
        boolean yearAgo = false, current = false;
        Lexicon.Entry ya = get(j, "yearago");
        if (ya != null) { yearAgo = true; j += ya.len(); }
        Lexicon.Entry fy = get(j, "fiscal");
        if (fy != null && year(j + fy.len()) != null && isTok(j + fy.len() + 1, "'")) j += fy.len(); // "fiscal 1990's first quarter"
        int[] y = year(j);
        if (y != null) { year = y[0]; j = y[1]; }
        if (y != null && isTok(j, "'") && isTok(j + 1, "s") && tight(j) && tight(j + 1) && (has(j + 2, "ord") || has(j + 2, "fiscal"))) j += 2; // "1989's third quarter"
        Lexicon.Entry yp = get(j, "yearpos");
        if (yp != null && y == null && ref != null) { year = ref.getYear() + Integer.parseInt(yp.val()); j += yp.len(); }
        Lexicon.Entry th = get(j, "this");
        if (th != null && !th.toks()[0].equals("this")) { current = true; j += th.len(); }
        Lexicon.Entry la = get(j, "last");
        boolean latest = la != null && (la.toks()[la.len() - 1].equals("latest") || la.toks()[la.len() - 1].equals("recent"));
        if (latest) j += la.len();
        if (has(j, "fiscal")) j += get(j, "fiscal").len();
        int ord = -1;
        int ordAt = j;
        Lexicon.Entry o = get(j, "ord");
        if (o != null && o.intVal() <= 4) { ord = o.intVal(); j += o.len(); }
        Lexicon.Entry lt = o == null ? get(j, "latter") : null;
        if (lt != null && get(j + lt.len(), "unit") != null && get(j + lt.len(), "unit").val().equals("HALF")) { ord = 2; j += lt.len(); } // "the last half"

        if (year < 0 && ya == null) {
            Lexicon.Entry ya2 = get(j, "yearago");
            if (ya2 != null) { yearAgo = true; j += ya2.len(); }
        }
        Lexicon.Entry u = get(j, "unit");
        boolean period = false;
        if (u == null && isTok(j, "period") && (yearAgo || year > 0 || j > i)) period = true;
        if (u == null && !period) {
            // bare "year-earlier" / "year-ago" used as an adjective: the quarter a year before
            if (yearAgo && monthsSpan && ref != null) // "the nine months … year-ago results": the year before
                return new Cand(i + (det != null ? det.len() : 0), j, TimexType.DATE, String.valueOf(reportYear() - 1), null);
            if (yearAgo && lastQuarter != null && ref != null) {
                int yy = Integer.parseInt(lastQuarter.substring(0, 4)) - 1;
                return new Cand(i + (det != null ? det.len() : 0), j, TimexType.DATE, yy + lastQuarter.substring(4), null);
            }
            return null;
        }
        String unit = period ? "Q" : u.val();
        if (!unit.equals("Q") && !unit.equals("HALF")) return null;
        if (!period && isPlural(j, u)) return null;
        int e = j + (period ? 1 : u.len());
        if (has(e, "of")) {
            int o2 = e + get(e, "of").len();
            if (has(o2, "fiscal") && year(o2 + get(o2, "fiscal").len()) != null) o2 += get(o2, "fiscal").len(); // "of fiscal 1990"
            int[] y2 = year(o2);
            if (y2 != null && !(isTok(y2[1], "s") && tight(y2[1]))) { year = y2[0]; e = y2[1]; }
            else if (y2 != null && ord > 0) return new Cand(i, y2[1] + 1, TimexType.DATE, String.valueOf(y2[0]).substring(0, 3), null); // "the last half of the '80s": that decade
            else if (y2 == null && year < 0) {
                // "the first quarter of next year", "the fourth quarter of last year"
                Cand ry = relYear(o2);
                if (ry != null) { year = Integer.parseInt(ry.value()); e = ry.e(); }
            }
        }
        if (det == null && ord < 0 && year < 0 && !yearAgo && !current) return null;
        if (ord > 0 && gap(j).equals("-") && det != null && year < 0 && !yearAgo) i += det.len(); // "the third-quarter loss"
        if (ref == null && year < 0) {
            return new Cand(i, e, TimexType.DATE, "XXXX-" + (unit.equals("Q") ? "Q" : "H") + (ord < 0 ? "X" : ord), null);
        }
        int yy = year > 0 ? year : ref.getYear();
        // "the nine months … the 1988 period / the year-earlier period": that year, not a quarter
        if (period && monthsSpan && (year > 0 || yearAgo)) return new Cand(i, e, TimexType.DATE, String.valueOf(year > 0 ? year : reportYear() - 1), null);
        String v;
        if (unit.equals("HALF")) {
            if (ord < 0 || ord > 2) return null;
            v = yy + "-H" + ord;
        } else if (ord > 0) {
            // without a year, a quarter well after the current one is last year's ("the fourth quarter" in January)
            if (year < 0 && ref != null && ord > ref.get(IsoFields.QUARTER_OF_YEAR) + 1) yy--;
            v = (yearAgo && year < 0 ? yy - 1 : yy) + "-Q" + ord;
        } else if (period && !yearAgo && !latest && year < 0 && lastQuarter == null) {
            return null;
        } else {
            int q = ref == null ? 1 : ref.get(IsoFields.QUARTER_OF_YEAR);
            int qy = ref == null ? yy : ref.getYear();
            if (!current) { q--; if (q == 0) { q = 4; qy--; } }
            // "the quarter", "the latest period", "the 1988 period": the quarter the text is reporting on
            if (!current && lastQuarter != null) { qy = Integer.parseInt(lastQuarter.substring(0, 4)); q = lastQuarter.charAt(6) - '0'; }
            // "the quarter ended Sept. 30": the quarter that day closes
            Lexicon.Entry pe = unit.equals("Q") && year < 0 && !yearAgo ? get(e, "periodend") : null;
            Cand end = pe == null ? null : dayMonth(e + pe.len(), false);
            if (end != null && end.date() != null && ref != null) { qy = end.date().getYear(); q = end.date().get(IsoFields.QUARTER_OF_YEAR); }
            if (year > 0) qy = year;
            // "the quarter a year ago": the same quarter of the year before
            Num one = !yearAgo && year < 0 && !period ? num(e) : null;
            if (one != null && one.value() == 1 && has(one.end(), "unit") && get(one.end(), "unit").val().equals("Y")
                    && has(one.end() + 1, "ago")) { yearAgo = true; e = one.end() + 1 + get(one.end() + 1, "ago").len(); }
            if (yearAgo) qy--;
            v = qy + "-Q" + q;
        }
        return new Cand(i, e, TimexType.DATE, v, null);
    }

    /** The year the report speaks of: the last quarter's, else the reference date's. */
    private int reportYear() {
        return lastQuarter != null ? Integer.parseInt(lastQuarter.substring(0, 4)) : ref.getYear();
    }

    /** "next year", "last year", "this year" at i: the year as a value, else null. */
    private Cand relYear(int i) {
        for (String rel : new String[]{"this", "last", "next"}) {
            Lexicon.Entry r = get(i, rel);
            if (r == null) continue;
            Cand c = relUnit(i, i + r.len(), rel, true);
            if (c != null && c.value().matches("\\d{4}")) return c;
        }
        return null;
    }

    // ------------------------------------------------------------------ merging

    /** A clock time next to a date becomes one time on that day: "5 p.m. EST, Nov. 6", "January 1, 2013 5:05 PM". */
    private List<Cand> merge(List<Cand> in) {
        List<Cand> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            Cand a = in.get(k);
            if (k + 1 < in.size()) {
                Cand b = in.get(k + 1);
                String between = text.substring(toks.get(a.e() - 1).end(), toks.get(b.s()).start());
                boolean comma = between.indexOf(',') >= 0;
                if (JOIN.matcher(between).matches()
                        && (!comma || calendarStart(a) && calendarStart(b) || isClock(a) && calendarStart(b) || isClock(b) && calendarStart(a))) {
                    Cand t = null, d = null;
                    if (isClock(a) && isDay(b)) { t = a; d = b; }
                    else if (isDay(a) && isClock(b)) { d = a; t = b; }
                    if (t != null) {
                        String hm = t.value().substring(t.value().indexOf('T'));
                        out.add(new Cand(a.s(), b.e(), TimexType.TIME, d.value() + hm, d.date()));
                        k++;
                        continue;
                    }
                }
                // "at 0600 on Friday", "10:35 a.m. (0735 GMT) Friday": two expressions, the time on that day
                if (isClock(a) && isDay(b) && ON.matcher(between).matches()) {
                    out.add(new Cand(a.s(), a.e(), a.type(), b.value() + a.value().substring(a.value().indexOf('T')), b.date()));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /** Does the expression start with a month, weekday or number (not "today", "hoy")? */
    private boolean calendarStart(Cand c) {
        return toks.get(c.s()).isNum() || has(c.s(), "month") || has(c.s(), "weekday");
    }

    private static boolean isClock(Cand c) {
        return c.type() == TimexType.TIME && c.value().length() >= 13 && Character.isDigit(c.value().charAt(c.value().indexOf('T') + 1));
    }

    private static boolean isDay(Cand c) {
        return c.type() == TimexType.DATE && c.value().length() == 10 && c.value().charAt(4) == '-' && c.value().charAt(7) == '-';
    }
}
