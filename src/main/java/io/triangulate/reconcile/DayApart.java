package io.triangulate.reconcile;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.EventMention;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Place;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether the main event of two reports of one story, dated a day apart, is one incident. News dates a
 * night-time incident either side of midnight ("Friday night" in one report, "early Saturday" in another),
 * and a report published the next day may count the day differently ("yesterday" against a wrong
 * reference, a weekday taken for the nearest one). Such mentions are one incident when
 * <ul>
 *   <li>both are the main event of their article;</li>
 *   <li>one of the time expressions names a time of night or of the day's edges ("night", "overnight",
 *       "late", "early", "evening", "midnight", "a.m."/"p.m."), or the articles were published on
 *       different days;</li>
 *   <li>they agree on place: the same gazetteer entry, towns within {@value #NEAR_KM} km, or one of them
 *       unplaced or placed only by region or country (of the same country);</li>
 *   <li>and their victims' counts are not incompatible: the dead overlap where both count them (a report
 *       of injured only counts none dead; "a man was killed" counts one), and where both give killed and
 *       injured, the totals overlap (a wounded victim who died moves from one count to the other).</li>
 * </ul>
 */
final class DayApart {
    /** Towns this close are one place for a day-apart join: neighbourhoods, a town and its suburb. */
    static final double NEAR_KM = 10;

    private static final Pattern NIGHT = Pattern.compile(
            "(?iu)\\b(?:night|nights|overnight|tonight|midnight|late|early|evening|dawn|wee hours|"
                    + "a\\.?m\\.?|p\\.?m\\.?|nuit|nacht|noche|madrugada|notte)\\b|\\d\\s*(?:am|pm)\\b");

    private DayApart() {}

    static boolean sameIncident(AnalysedArticle ao, EventMention o, AnalysedArticle am, EventMention m) {
        if (o.role() != EventMention.Role.MAIN || m.role() != EventMention.Role.MAIN) return false;
        boolean edge = night(o.dateText()) || night(m.dateText())
                || ao.published() != null && am.published() != null && !ao.published().equals(am.published());
        return edge && samePlace(o, m) && (victimsCompatible(o, m) || woundedDied(ao, o, am, m));
    }

    /** A time expression that names a time of night or of the day's edges. */
    static boolean night(String dateText) {
        return dateText != null && NIGHT.matcher(dateText).find();
    }

    private static boolean samePlace(EventMention o, EventMention m) {
        if (o.location() == null || m.location() == null) return true;
        Place p = o.location().place(), q = m.location().place();
        if (p.geonamesId() == q.geonamesId()) return true;
        if (!p.country().equals(q.country())) return false;
        if (p.kind() != Place.Kind.CITY || q.kind() != Place.Kind.CITY) return true;
        return p.distanceKm(q) <= NEAR_KM;
    }

    /**
     * Whether two mentions' victims can be the same people. A mention that counts injured and says nothing of
     * the dead counts none dead; a singular phrase ("a man was killed") counts one here, not "at least one".
     */
    private static boolean victimsCompatible(EventMention o, EventMention m) {
        Map<FigureKind, Figures.Given> fo = Figures.perKind(o.figures()), fm = Figures.perKind(m.figures());
        long[] ko = range(fo, FigureKind.KILLED), km = range(fm, FigureKind.KILLED);
        long[] io = range(fo, FigureKind.INJURED), im = range(fm, FigureKind.INJURED);
        if (ko == null && io != null) ko = new long[]{0, 0};
        if (km == null && im != null) km = new long[]{0, 0};
        if (ko != null && km != null && !overlap(ko, km)) return false;
        // a wounded victim who died moves from one count to the other: the totals still overlap
        return ko == null || km == null || io == null || im == null
                || overlap(new long[]{PeopleShot.hit(ko[0], io[0]), PeopleShot.hit(ko[1], io[1])},
                        new long[]{PeopleShot.hit(km[0], im[0]), PeopleShot.hit(km[1], im[1])});
    }

    /**
     * Whether the later-published report's dead are the earlier report's wounded who died since: the earlier
     * counts injured, the later counts more dead, no more new dead than the earlier's wounded, and no more
     * victims in all ("a man critical after being shot", the next day "the victim has died").
     */
    private static boolean woundedDied(AnalysedArticle ao, EventMention o, AnalysedArticle am, EventMention m) {
        if (ao.published() == null || am.published() == null || ao.published().equals(am.published())) return false;
        boolean oFirst = ao.published().isBefore(am.published());
        EventMention first = oFirst ? o : m, then = oFirst ? m : o;
        Map<FigureKind, Figures.Given> ff = Figures.perKind(first.figures()), ft = Figures.perKind(then.figures());
        Figures.Given k0 = ff.get(FigureKind.KILLED), i0 = ff.get(FigureKind.INJURED);
        Figures.Given k1 = ft.get(FigureKind.KILLED), i1 = ft.get(FigureKind.INJURED);
        if (i0 == null || k1 == null || i0.value() <= 0) return false;
        int dead0 = k0 == null ? 0 : k0.value(), died = k1.value() - dead0;
        long total0 = PeopleShot.hit(dead0, i0.value()), total1 = PeopleShot.hit(k1.value(), i1 == null ? 0 : i1.value());
        return died > 0 && died <= i0.value() && total1 <= total0;
    }

    private static long[] range(Map<FigureKind, Figures.Given> given, FigureKind kind) {
        Figures.Given g = given.get(kind);
        if (g == null) return null;
        long min = g.min() == null ? 0 : g.min();
        long max = g.max() != null ? g.max() : g.value() == 1 && g.figure().max() != null ? g.figure().max() : Integer.MAX_VALUE;
        return new long[]{min, max};
    }

    private static boolean overlap(long[] a, long[] b) { return a[0] <= b[1] && b[0] <= a[1]; }
}
