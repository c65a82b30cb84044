package io.triangulate.reconcile;

import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Attribution;
import io.triangulate.model.Event;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Evidence;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Location;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import io.triangulate.model.Sentence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reconciliation stage: aligns the event mentions of a story's articles into events and, per
 * field, records every value with the articles, sources and sentences behind it and a status
 * ({@code agreed}, {@code conflict}, {@code updated}, {@code single}). The policy and the confidence
 * formula are documented in docs/reconciliation.md.
 */
public final class Reconciler {
    private static final double SAME_PLACE_KM = 30;
    private final Policy policy;

    private Reconciler(Builder b) { this.policy = b.policy; }

    public static Builder builder() { return new Builder(); }

    public static Reconciler create() { return builder().build(); }

    public static final class Builder {
        private Policy policy = Policy.LATEST;

        public Builder policy(Policy p) { this.policy = Objects.requireNonNull(p, "policy"); return this; }

        public Reconciler build() { return new Reconciler(this); }
    }

    /**
     * The events of one story.
     *
     * @param storyId  the story's id
     * @param articles the story's analysed articles, in any order
     * @param eventIds gives a fresh id for each event
     */
    public List<Event> reconcile(String storyId, List<AnalysedArticle> articles, Supplier<String> eventIds) {
        Objects.requireNonNull(storyId, "storyId");
        List<AnalysedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(AnalysedArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AnalysedArticle::id));
        List<Group> groups = align(ordered);
        List<Event> events = new ArrayList<>();
        // main events first; among them, those whose reports count victims (the others are often a place or
        // day named in passing): listed first, they are the story's main event when equally reported
        // level, those placed in a town before those placed only by a region or not at all
        groups.sort(Comparator.comparing((Group g) -> g.main() ? 0 : 1).thenComparing(g -> g.countsVictims() ? 0 : 1)
                .thenComparing(g -> g.inTown() ? 0 : 1));
        for (Group g : groups) events.add(event(storyId, eventIds.get(), g));
        return events;
    }

    /** A set of mentions, at most one per article, that report the same happening. */
    private static final class Group {
        final List<Member> members = new ArrayList<>();

        boolean main() { return members.stream().anyMatch(m -> m.mention.role() == EventMention.Role.MAIN); }

        boolean has(String article) { return members.stream().anyMatch(m -> m.article.id().equals(article)); }

        /** Whether some report of it places it in a town. */
        boolean inTown() {
            return members.stream().anyMatch(m -> m.mention.location() != null && m.mention.location().place().kind() == Place.Kind.CITY);
        }

        /** Whether some report of it counts killed or injured. */
        boolean countsVictims() {
            return members.stream().anyMatch(m -> m.mention.figures().stream()
                    .anyMatch(f -> f.kind() == FigureKind.KILLED || f.kind() == FigureKind.INJURED));
        }
    }

    private record Member(AnalysedArticle article, int order, EventMention mention, Independence independence) {}

    private static List<Group> align(List<AnalysedArticle> ordered) {
        Independence independence = Independence.of(ordered);
        List<Group> groups = new ArrayList<>();
        for (int order = 0; order < ordered.size(); order++) {
            AnalysedArticle a = ordered.get(order);
            List<EventMention> mentions = new ArrayList<>(a.events());
            mentions.sort(Comparator.comparing((EventMention m) -> m.role() == EventMention.Role.MAIN ? 0 : 1));
            for (EventMention m : mentions) {
                Group best = null;
                double bestScore = 2.5;
                for (Group g : groups) {
                    if (g.has(a.id())) continue;
                    double s = score(g, a, m);
                    if (s > bestScore) { bestScore = s; best = g; }
                }
                if (best == null) { best = new Group(); groups.add(best); }
                best.members.add(new Member(a, order, m, independence));
            }
        }
        undatedJoinDated(groups);
        return groups;
    }

    /** Whether a mention is its report's first main event: its own incident, not a town named in passing. */
    private static boolean firstMain(Member x) {
        for (EventMention m : x.article.events()) if (m.role() == EventMention.Role.MAIN) return m == x.mention;
        return false;
    }

    /**
     * Reports that give no day of their own are dated by their publication day, so two of them published some
     * days apart never fit each other, and the first to arrive can be left alone while a later one joins the
     * report that dates the incident ("critical after being shot", published the next day; "man critical after
     * Friday night shooting" three days later; "victim of Friday night shooting died"). A main group all of whose
     * reports are such joins the main group whose dated reports (those reading a day from their text) it fits
     * best, as any mention would fit them, when it shares no article with it and each of its reports has it as
     * its first main event (a second undated main event is often a town named in passing).
     */
    private static void undatedJoinDated(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            if (!g.members.stream().allMatch(x -> x.mention.role() == EventMention.Role.MAIN && x.mention.dateText() == null
                    && firstMain(x))) continue;
            Group best = null;
            double bestScore = 2.5;
            for (Group h : groups) {
                if (h == g || !h.main() || g.members.stream().anyMatch(x -> h.has(x.article.id()))) continue;
                Group dated = new Group();
                for (Member y : h.members) if (y.mention.role() == EventMention.Role.MAIN && y.mention.dateText() != null) dated.members.add(y);
                if (dated.members.isEmpty()) continue;
                double worst = Double.POSITIVE_INFINITY;
                for (Member x : g.members) worst = Math.min(worst, score(dated, x.article, x.mention));
                if (worst > bestScore) { bestScore = worst; best = h; }
            }
            if (best == null) continue;
            best.members.addAll(g.members);
            best.members.sort(Comparator.comparingInt(Member::order));
            groups.remove(i--);
        }
    }

    /** How well a mention fits a group: place, day, role and type; negative infinity when incompatible. */
    private static double score(Group g, AnalysedArticle a, EventMention m) {
        double total = 0;
        for (Member x : g.members) {
            EventMention o = x.mention;
            PlaceMention op = textPlace(o), mp = textPlace(m);
            boolean anchored = (o.date() != null && m.date() != null) || (op != null && mp != null);
            if (!anchored) continue; // neither day nor place to compare: nothing says they are one event
            // an undated recollection ("344 people were killed in the city last year") is no report of a dated event
            if ((o.date() == null || m.date() == null)
                    && (o.role() == EventMention.Role.BACKGROUND || m.role() == EventMention.Role.BACKGROUND)) continue;
            double s = 0;
            if (o.date() != null && m.date() != null) {
                long d = Math.abs(ChronoUnit.DAYS.between(o.date(), m.date()));
                boolean defaulted = o.dateText() == null || m.dateText() == null;
                if (d == 0) s += 2;
                else if (d <= 1 && defaulted) s += 1;
                else if (d == 1 && DayApart.sameIncident(x.article, o, a, m)) s += 1;
                else if (followUp(o, m) || followUp(m, o)) s += 1;
                else return Double.NEGATIVE_INFINITY;
            } else {
                s += 0.5;
            }
            if (op != null && mp != null) {
                Place p = op.place(), q = mp.place();
                if (p.geonamesId() == q.geonamesId()) s += 3;
                else if (p.name().equalsIgnoreCase(q.name())) s += 2; // one name read as two places ("Chelsea"): one story's
                else if (!p.country().equals(q.country())) return Double.NEGATIVE_INFINITY;
                else if (p.kind() == Place.Kind.CITY && q.kind() == Place.Kind.CITY) {
                    if (p.distanceKm(q) <= SAME_PLACE_KM) s += 2;
                    else return Double.NEGATIVE_INFINITY;
                } else s += 1;
            } else {
                s += 0.5;
            }
            if (o.role() == m.role()) s += 1;
            if (o.type() == m.type()) s += 1;
            total = Math.max(total, s);
        }
        return total;
    }

    /**
     * The place of a mention read from its report's text, or null: the outlet's home town taken for a report that
     * names no place (a mention spanning no text) says nothing about which of a story's incidents it reports.
     */
    private static PlaceMention textPlace(EventMention m) {
        PlaceMention p = m.location();
        return p == null || p.end() <= p.start() ? null : p;
    }

    /** How many days after an incident a follow-up report that gives no day of its own may still be about it. */
    static final int FOLLOW_UP_DAYS = 31;

    /**
     * A follow-up: the main event of a later report that gives no day of its own (its day is its publication
     * day: "the victim has died", "a man was arrested in the shooting") and the main event of a report that
     * dates the incident up to {@value #FOLLOW_UP_DAYS} days before it. Within one story such a report is about
     * the incident the others date; the place is checked as for any mention.
     */
    private static boolean followUp(EventMention later, EventMention dated) {
        if (later.role() != EventMention.Role.MAIN || dated.role() != EventMention.Role.MAIN) return false;
        if (later.dateText() != null || dated.dateText() == null) return false;
        long d = ChronoUnit.DAYS.between(dated.date(), later.date());
        return d >= 1 && d <= FOLLOW_UP_DAYS;
    }

    private Event event(String storyId, String id, Group g) {
        List<Fact> facts = new ArrayList<>();
        List<Claim> dates = new ArrayList<>(), places = new ArrayList<>(), types = new ArrayList<>(),
                weapons = new ArrayList<>(), actors = new ArrayList<>(), targets = new ArrayList<>();
        List<Claim> defaultDates = new ArrayList<>(), distances = new ArrayList<>(), homePlaces = new ArrayList<>();
        Map<String, Place> placeOf = new java.util.HashMap<>(); // a location claim's key → its gazetteer entry
        Map<Claim, Integer> datePrecision = new java.util.IdentityHashMap<>(); // a date claim → how its day was said
        Map<FigureKind, List<Claim>> figures = new LinkedHashMap<>();
        Set<Claim> shotCounts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()); // injured = people shot, dead unsaid
        Map<Claim, Integer> shotTotals = new java.util.IdentityHashMap<>(); // injured derived from people shot: the number shot
        Map<Claim, Set<Integer>> ownShot = new java.util.IdentityHashMap<>(); // an injured claim: the other counts of wounded its report gives
        Set<Claim> shotBeside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()); // people shot, dead unsaid, beside some hurt
        for (Member x : g.members) {
            AnalysedArticle a = x.article;
            EventMention m = x.mention;
            Sentence lead = sentence(a, m.sentences().isEmpty() ? -1 : m.sentences().get(0));
            if (m.date() != null) {
                Sentence s = m.dateText() != null ? sentenceContaining(a, m, m.dateText()) : lead;
                Claim c = claim(m.date().toString(), m.date().toString(), null, null, null, x, s);
                add(m.dateText() != null ? dates : defaultDates, c);
                if (c != null) datePrecision.put(c, precision(m.dateText()));
            }
            if (m.location() != null) {
                PlaceMention p = m.location();
                add(textPlace(m) != null ? places : homePlaces, claim(Long.toString(p.place().geonamesId()), p.place().name(), null, null, null, x,
                        sentenceAt(a, p.start())));
                placeOf.putIfAbsent(Long.toString(p.place().geonamesId()), p.place());
            }
            add(types, claim(m.type().name(), m.type().name(), null, null, null, x, lead));
            for (String actor : m.actors()) add(actors, claim(norm(actor), actor, null, null, null, x, sentenceContaining(a, m, actor)));
            for (String target : m.targets()) add(targets, claim(norm(target), target, null, null, null, x, sentenceContaining(a, m, target)));
            Claim weapon = weapon(x);
            if (weapon != null) weapons.add(weapon);
            for (int i : m.sentences()) {
                Sentence s = sentence(a, i);
                Distances.Offset off = s == null ? null : Distances.in(s.text());
                if (off != null) { add(distances, claim(off.key(), off.text(), null, null, null, x, s)); break; }
            }
            // a year's toll ("47 people have been killed in the city so far this year") counts no incident
            List<Figure> own = YearTolls.without(m.figures(), at -> { Sentence s = sentenceAt(a, at); return s == null ? null : s.text(); });
            FigureExtractor.Tally tally = FigureExtractor.tally(own); // once per mention
            boolean shot = tally.shotOnly();
            for (Map.Entry<FigureKind, Figures.Given> e : Figures.perKind(own, tally).entrySet()) {
                Figures.Given f = e.getValue();
                Claim c = claim(String.valueOf(f.value()), String.valueOf(f.value()), null, f.min(), f.max(), x, sentenceAt(a, f.figure().start()));
                if (c != null && e.getKey() == FigureKind.KILLED) c = shooterDiedToo(c, f.figure());
                add(figures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()), c);
                if (c != null && shot && e.getKey() == FigureKind.INJURED) shotCounts.add(c);
                if (c != null && !shot && e.getKey() == FigureKind.INJURED && PeopleShot.shotCount(f, own)) shotBeside.add(c);
                if (c != null && e.getKey() == FigureKind.INJURED && f.figure().kind() == FigureKind.INJURED
                        && f.figure().value() != null && f.figure().value() > f.value()) shotTotals.put(c, f.figure().value());
                if (c != null && e.getKey() == FigureKind.INJURED) ownShot.put(c, own.stream()
                        .filter(o -> o != f.figure() && o.kind() == FigureKind.INJURED && o.value() != null)
                        .map(Figure::value).collect(java.util.stream.Collectors.toSet()));
            }
        }
        // a day read from the text outweighs a publication day taken for it
        if (dates.isEmpty() || !sameDays(dates, defaultDates)) {
            if (dates.isEmpty()) dates = defaultDates;
        } else {
            dates.addAll(defaultDates);
        }
        Fact date = categorical("date", dates, (p, q) -> p.key().equals(q.key()),
                gr -> gr.stream().mapToInt(c -> datePrecision.getOrDefault(c, 3)).min().orElse(3));
        if (places.isEmpty()) places = homePlaces; // an outlet's home town only where no report names a place
        Fact location = categorical("location", Places.specificFirst(places, placeOf), (p, q) -> placesAgree(p, q, placeOf));
        Fact type = categorical("type", types, (p, q) -> p.key().equals(q.key()));
        facts.add(date);
        if (location != null) facts.add(location);
        facts.add(type);
        Integer killed = null, injured = null;
        for (FigureKind k : List.of(FigureKind.KILLED, FigureKind.INJURED, FigureKind.ARRESTED, FigureKind.MISSING, FigureKind.KIDNAPPED)) {
            List<Claim> cs = figures.get(k);
            if (k == FigureKind.INJURED && cs != null && killed != null && killed > 0) {
                shotCounts.addAll(PeopleShot.shotTotalOfOthers(cs, shotBeside, figures.getOrDefault(FigureKind.KILLED, List.of())));
                cs = PeopleShot.lessTheDead(cs, shotCounts, killed);
            }
            if (k == FigureKind.INJURED && cs != null && killed != null && killed > 0) cs = PeopleShot.shotCalledInjured(cs, shotTotals, ownShot, killed);
            boolean died = k == FigureKind.INJURED && cs != null && woundedDied(figures.getOrDefault(FigureKind.KILLED, List.of()), cs);
            if (k == FigureKind.INJURED && cs != null && !died) cs = diedSince(cs, figures.getOrDefault(FigureKind.KILLED, List.of()), shotCounts);
            if (cs == null || cs.isEmpty()) continue;
            Fact f = figure(k.field(), cs, died);
            facts.add(f);
            if (k == FigureKind.KILLED) killed = reconciledInt(f);
            if (k == FigureKind.INJURED) injured = reconciledInt(f);
        }
        Fact weapon = categorical("weapon", weapons, (p, q) -> Weapons.compatible(Weapons.of(p.key()), Weapons.of(q.key()))
                && (p.count() == null || q.count() == null || p.count().equals(q.count())));
        if (weapon != null) facts.add(weapon);
        Fact distance = categorical("distance", distances, (p, q) -> Distances.compatible(Distances.in(p.display()), Distances.in(q.display())));
        if (distance != null) facts.add(distance);
        Fact actor = categorical("actor", actors, Reconciler::phrasesAgree);
        if (actor != null) facts.add(actor);
        Fact target = categorical("target", targets, Reconciler::targetsAgree);
        if (target != null) facts.add(target);
        facts.removeIf(Objects::isNull);

        Location loc = null;
        if (location != null && location.reconciled() != null) {
            for (Member x : g.members) {
                PlaceMention p = x.mention.location();
                if (p != null && Long.toString(p.place().geonamesId()).equals(location.reconciled())) {
                    loc = Location.of(p.place());
                    break;
                }
            }
        }
        LocalDate d = date == null || date.reconciled() == null ? null : LocalDate.parse(date.reconciled());
        EventType t = type == null || type.reconciled() == null ? g.members.get(0).mention.type() : EventType.valueOf(type.reconciled());
        List<String> articles = g.members.stream().map(x -> x.article.id()).distinct().toList();
        return new Event(id, storyId, g.main() ? "main" : "background", t, d, loc, killed, injured, articles, facts);
    }

    /**
     * The wounded who died since: an earlier report's injured count, when a later report counts more dead
     * than it did (a report of injured only counts none dead) and no more than it counted wounded, and the
     * later report's dead and injured together are no more than the earlier's, loses the new dead ("a woman
     * was critically wounded", later "the woman has died; no one else was hurt" → 0 injured; "4 wounded",
     * later "1 killed, 3 injured" → 3). People-shot counts are left to {@link PeopleShot#lessTheDead}; where every
     * report gives both counts, {@link #woundedDied} already makes the injured an update.
     */
    private static List<Claim> diedSince(List<Claim> injured, List<Claim> killed, Set<Claim> shot) {
        Map<String, Claim> killedOf = new LinkedHashMap<>(), injuredOf = new LinkedHashMap<>();
        for (Claim c : killed) if (c.min() != null) killedOf.putIfAbsent(c.article(), c);
        for (Claim c : injured) if (c.min() != null) injuredOf.putIfAbsent(c.article(), c);
        List<Claim> out = new ArrayList<>(injured.size());
        for (Claim c : injured) {
            out.add(c);
            if (shot.contains(c) || c.min() == null) continue;
            int before = killedOf.containsKey(c.article()) ? killedOf.get(c.article()).min() : 0;
            Claim later = null;
            for (Claim k : killed) {
                if (k.order() > c.order() && k.min() != null && k.min() > before && (later == null || k.order() > later.order())) later = k;
            }
            if (later == null) continue;
            int died = later.min() - before;
            Claim now = injuredOf.get(later.article());
            if (died > c.min()) continue; // more new dead than wounded: other victims
            // its dead and injured together are no more; a report of the deaths alone must account for all the
            // wounded ("a man critical", later "the victim has died"), else the dead may be other victims
            if (now == null ? died != c.min() : PeopleShot.hit(later.min(), now.min()) > PeopleShot.hit(before, c.min())) continue;
            out.set(out.size() - 1, c.counting(PeopleShot.wounded(c.min(), died), c.max() == null ? null : PeopleShot.wounded(c.max(), died)));
        }
        return out;
    }

    /**
     * After a count of the dead: the killer then died too ("killed six people before taking his own life", "before
     * he was shot and killed by police", "then fatally shoots self"), or his death said apart in the same headline
     * or sentence ("5 murdered; suspect dead", "two boys killed, father commits suicide"). English.
     */
    private static final Pattern SHOOTER_DIED = Pattern.compile(
            "(?i)\\b(?:before|then|and then)\\s+(?:(?:he|she|the\\s+\\w+)\\s+)?(?:taking|took|turning the gun on|turned the gun on|killing|killed|shooting|shot)"
            + "\\s+(?:his|her|their)\\s+own\\s+li(?:fe|ves)\\b"
            + "|\\b(?:before|then|and then)\\s+(?:(?:he|she|the\\s+\\w+)\\s+)?(?:turning the gun on|turned the gun on|killing|killed|shooting|shot)\\s+(?:himself|herself|themselves)\\b"
            + "|\\b(?:before|until)\\s+(?:he|she|the\\s+\\w+)\\s+was\\s+(?:fatally shot|shot and killed|shot dead|killed)\\s+by\\s+(?:police|officers|deputies|troopers|an officer|a deputy)\\b"
            + "|\\b(?:before|then|and then)\\s+(?:(?:he|she)\\s+)?fatally\\s+(?:shoots|shot|shooting)\\s+(?:him|her)?self\\b"
            + "|[,;]\\s+(?:the\\s+)?(?:suspect|gunman|shooter|killer)s?\\s+(?:(?:is|was|were)\\s+)?(?:dead|dies|died|killed)\\b"
            + "|[,;]\\s+(?:the\\s+)?(?:suspect|gunman|shooter|killer|father|mother|husband|wife)\\s+(?:commits|committed)\\s+suicide\\b");

    /**
     * An exact count of the dead followed, in its sentence, by the killer's suicide ("killed six people before
     * taking his own life") counts his victims: the dead including him are one more. It agrees with a report
     * counting him ("seven dead including the shooter"), and with one of his victims alone ("six killed"): one
     * count, not a revision. Alone its value counts him (as the archive counts the dead).
     */
    static Claim shooterDiedToo(Claim c, Figure f) {
        Evidence ev = c.evidence();
        if (ev == null || c.min() == null || !c.min().equals(c.max()) || !c.min().equals(f.value())) return c;
        int from = f.end() - ev.start();
        if (from < 0 || from > ev.text().length()) return c;
        if (!SHOOTER_DIED.matcher(ev.text().substring(from)).find()) return c;
        return new Claim(String.valueOf(c.max() + 1), String.valueOf(c.max() + 1), c.count(), c.min(), c.max() + 1, c.article(), c.published(), c.order(),
                c.source(), c.sourceKey(), ev);
    }

    /** True when every publication-day date is a day some text gives: then they corroborate it. */
    private static boolean sameDays(List<Claim> explicit, List<Claim> defaults) {
        Set<String> days = new LinkedHashSet<>();
        explicit.forEach(c -> days.add(c.key()));
        return defaults.stream().allMatch(c -> days.contains(c.key()));
    }

    private static Integer reconciledInt(Fact f) {
        if (f == null || f.reconciled() == null) return null;
        try {
            return Integer.valueOf(f.reconciled());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The weapon an article names for the event: the most specific, counted one. */
    private static Claim weapon(Member x) {
        Figure best = null;
        for (Figure f : x.mention.figures()) {
            if (f.kind() != FigureKind.WEAPON || f.object() == null) continue;
            if (best == null || better(f, best)) best = f;
        }
        if (best == null) return null;
        Weapons.Weapon w = Weapons.of(best.object());
        Integer count = best.exact() ? best.value() : null;
        return claim(w.name(), w.name(), count, best.min(), best.max(), x, sentenceAt(x.article, best.start()));
    }

    private static boolean better(Figure f, Figure best) {
        int a = Weapons.specificity(Weapons.of(f.object())), b = Weapons.specificity(Weapons.of(best.object()));
        if (a != b) return a > b;
        return f.exact() && !best.exact();
    }

    private interface Agreement { boolean agree(Claim a, Claim b); }

    /**
     * A field whose values agree or not (date, place, type, weapon, actor): values are grouped by
     * agreement with the first claim of each group; the group with most independent sources, then the
     * earliest, is the reconciled value.
     */
    private Fact categorical(String field, List<Claim> claims, Agreement agreement) {
        return categorical(field, claims, agreement, gr -> 0);
    }

    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\\b\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4}\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    /**
     * How precisely a report said its day, for days level on sources: 0 a written calendar date ("May 4"), 1 a
     * weekday ("Saturday night"), 2 a relative day ("last night", "today"), 3 none (the publication day).
     */
    static int precision(String dateText) {
        if (dateText == null) return 3;
        if (WRITTEN_DATE.matcher(dateText).find()) return 0;
        return WEEKDAY.matcher(dateText).find() ? 1 : 2;
    }

    /** As above; {@code precision} orders groups level on sources (lower first) before the date rule's earlier day. */
    private Fact categorical(String field, List<Claim> claims, Agreement agreement, java.util.function.ToIntFunction<List<Claim>> precision) {
        if (claims.isEmpty()) return null;
        List<List<Claim>> groups = new ArrayList<>();
        for (Claim c : claims) {
            List<Claim> home = null;
            for (List<Claim> gr : groups) if (agreement.agree(gr.get(0), c)) { home = gr; break; }
            if (home == null) { home = new ArrayList<>(); groups.add(home); }
            home.add(c);
        }
        Comparator<List<Claim>> bySources = Comparator.comparingInt((List<Claim> gr) -> -sources(gr).size());
        // days level on sources: the earlier (a night-time incident, or one reported the next day, began on the first)
        if (field.equals("date")) bySources = bySources.thenComparingInt(precision).thenComparing(gr -> gr.get(0).key());
        groups.sort(bySources.thenComparingInt(gr -> gr.get(0).order()));
        Set<String> articles = new LinkedHashSet<>();
        claims.forEach(c -> articles.add(c.article()));
        FactStatus status = articles.size() == 1 ? FactStatus.SINGLE
                : groups.size() == 1 || !contradicted(groups) ? FactStatus.AGREED : FactStatus.CONFLICT;
        int totalSources = sources(claims).size();
        List<FactValue> values = new ArrayList<>();
        for (List<Claim> gr : groups) values.add(value(gr, representative(gr), totalSources));
        boolean open = status == FactStatus.CONFLICT && groups.size() > 1
                && sources(groups.get(0)).size() == sources(groups.get(1)).size();
        String reconciled = open && !field.equals("date") && !field.equals("type") && !field.equals("location")
                ? null : representative(groups.get(0)).key();
        return new Fact(field, status, values, reconciled);
    }

    /**
     * Values contradict when two of them come from disjoint sets of articles: an article that names an
     * airport and its hangar gives two targets, not a contradiction.
     */
    private static boolean contradicted(List<List<Claim>> groups) {
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Set<String> a = new LinkedHashSet<>(), b = new LinkedHashSet<>();
                groups.get(i).forEach(c -> a.add(c.article()));
                groups.get(j).forEach(c -> b.add(c.article()));
                if (a.stream().noneMatch(b::contains)) return true;
            }
        }
        return false;
    }

    /** The most specific claim of a group (a town over its country; a named weapon over a category). */
    private static Claim representative(List<Claim> group) {
        Claim best = group.get(0);
        for (Claim c : group) {
            if (c.count() != null && best.count() == null) best = c;
            else if (c.display().length() > best.display().length() && Objects.equals(c.count(), best.count())
                    && !c.key().matches("-?\\d+")) best = c; // not for places (gazetteer ids, negative when synthetic)
        }
        return best;
    }

    /**
     * A counted figure (killed, injured…). Compatible values ("at least 3" and "3") agree; values that
     * grow in publication order are an update, the latest winning; others conflict, and the policy
     * decides the reconciled value.
     */
    private Fact figure(String field, List<Claim> claims, boolean woundedDied) {
        // a toll over many incidents ("8 dead, 27 wounded in weekend shootings") or a count a report gives as what was
        // first said ("police initially said eight were wounded") is another count: left out when some report gives
        // the incident's own. When all are, none is a revision of another: two tallies of a city's night differ as counts
        List<Claim> own = claims.stream().filter(c -> !anotherCount(c)).toList();
        boolean tallies = own.isEmpty();
        if (!tallies) claims = own;
        List<Claim> byArticle = new ArrayList<>(claims);
        byArticle.sort(Comparator.comparingInt(Claim::order));
        List<List<Claim>> groups = countGroups(byArticle);
        Set<String> articles = new LinkedHashSet<>();
        claims.forEach(c -> articles.add(c.article()));
        int totalSources = sources(claims).size();
        FactStatus status;
        List<Claim> winner;
        List<Claim> revising = groups.size() == 1 || tallies ? null : revisingGroup(groups);
        if (groups.size() == 1) {
            status = articles.size() == 1 ? FactStatus.SINGLE : FactStatus.AGREED;
            winner = groups.get(0);
        } else if (revising != null) {
            // a report that says it revises the others ("officials now say", "revising earlier reports") is later
            status = FactStatus.UPDATED;
            winner = revising;
        } else if (!tallies && (nonDecreasing(byArticle) && distinctDays(byArticle) && plausibleGrowth(byArticle) || woundedDied)) {
            status = FactStatus.UPDATED;
            // the latest value among the best-sourced: a lone later figure does not overturn several sources
            List<List<Claim>> pool = leadStated(groups);
            int best = pool.stream().mapToInt(gr -> sources(gr).size()).max().orElse(1);
            winner = pool.stream().filter(gr -> sources(gr).size() == best)
                    .max(Comparator.comparingInt(gr -> gr.get(gr.size() - 1).order())).orElseThrow();
        } else {
            status = FactStatus.CONFLICT;
            List<List<Claim>> sorted = new ArrayList<>(leadStated(groups));
            // most independent sources first; level: the latest
            sorted.sort(Comparator.comparingInt((List<Claim> gr) -> -sources(gr).size())
                    .thenComparingInt(gr -> -gr.get(gr.size() - 1).order()));
            winner = sorted.get(0);
            // level reports of one day have no order (publication dates carry no time): the value said nearest the
            // top of its report wins, the headline first
            int best = sources(winner).size();
            List<List<Claim>> level = sorted.stream().filter(gr -> sources(gr).size() == best).toList();
            if (level.size() > 1 && sameDay(level)) {
                winner = level.stream().min(Comparator.comparingInt(Reconciler::topmost)).orElseThrow();
            }
        }
        if (policy == Policy.CONSERVATIVE && groups.size() > 1) {
            winner = groups.stream().min(Comparator.comparingInt(gr -> lowest(gr))).orElseThrow();
        }
        List<FactValue> values = new ArrayList<>();
        values.add(value(winner, exactest(winner), totalSources));
        for (List<Claim> gr : groups) if (gr != winner) values.add(value(gr, exactest(gr), totalSources));
        return new Fact(field, status, values, exactest(winner).key());
    }

    /**
     * Words that, across reports, mark a count as another than the incident's own, beyond those of
     * {@link FigureExtractor#roundUp} (which one article's figures already leave out): several shootings or
     * homicides, a weekend's, a year's or some days' toll ("since Friday", "in recent weeks", "in the past two
     * months", "a violent Monday night"), and a count given as the first account ("initial reports said"). English.
     */
    private static final Pattern ANOTHER_COUNT = Pattern.compile(
            "(?i)\\b(?:shootings|homicides|this year|last year|so far|weekend|across the city|citywide|city-wide"
            + "|since (?:mon|tues|wednes|thurs|fri|satur|sun)day"
            + "|(?:in|over|during) (?:the )?(?:recent|past|last) (?:\\w+ )?(?:days|weeks|months|years)"
            + "|(?:violent|bloody) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?night)\\b"
            + "|\\b(?:originally|initially|first|earlier)\\s+(?:said|says|told|reported|stated|believed|thought|counted)\\b"
            + "|\\b(?:initial|original|earlier|first) reports?\\s+(?:said|says|stated|had|put|indicated|suggested)\\b");

    /**
     * A claim said in a sentence that counts over many incidents (a round-up) or gives a count since corrected:
     * another count than the incident's current one. One predicate for both, over the extractor's vocabulary
     * ({@link FigureExtractor#roundUp}) and {@link #ANOTHER_COUNT}.
     */
    static boolean anotherCount(Claim c) {
        if (c.evidence() == null || c.evidence().text() == null) return false;
        String s = c.evidence().text();
        return FigureExtractor.roundUp(s) || ANOTHER_COUNT.matcher(s).find();
    }

    /** Words with which a report presents its figure as a correction of earlier ones. */
    private static final Pattern REVISION = Pattern.compile(
            "(?i)\\b(?:revis(?:ed|es|ing)\\b|now says?\\b|now said\\b|raised the (?:death )?toll|toll (?:has )?"
            + "(?:rose|risen|climbed)|correct(?:ed|ing) (?:earlier|initial|previous)|contrary to (?:earlier|initial) reports"
            + "|révis|revu à la hausse|désormais|actualiz|korrigiert|aggiornat|bijgesteld)");

    /**
     * The one group of values whose reports present them as a revision of the others (a claim whose sentence
     * says "revising earlier reports", "officials now say", "UPDATE:"), when no other group's report does;
     * else null. Such a report is later than those it revises even when all were published the same day.
     */
    private static List<Claim> revisingGroup(List<List<Claim>> groups) {
        List<Claim> found = null;
        for (List<Claim> gr : groups) {
            boolean revises = gr.stream().anyMatch(c -> c.evidence() != null && c.evidence().text() != null
                    && REVISION.matcher(c.evidence().text()).find());
            if (!revises) continue;
            if (found != null) return null;
            found = gr;
        }
        return found;
    }

    /**
     * The values some report states in its headline or lead (within {@link FigureExtractor#LEAD_CHARS}
     * characters), where news gives the toll of the incident it is about; a figure only found further down
     * is often a recollection, a partial count or another incident's. All values when none or all are.
     */
    private static List<List<Claim>> leadStated(List<List<Claim>> groups) {
        List<List<Claim>> lead = new ArrayList<>();
        for (List<Claim> gr : groups) {
            if (gr.stream().anyMatch(c -> c.evidence() != null && c.evidence().start() <= FigureExtractor.LEAD_CHARS)) lead.add(gr);
        }
        return lead.isEmpty() || lead.size() == groups.size() ? groups : lead;
    }

    /**
     * True when the injured count falls only because the wounded died: every article giving an injured
     * figure also gives a killed one, and from each such article to the next in publication order the dead
     * do not fall, nor do the dead and injured together, while the injured fall at least once ("2 injured",
     * later "1 killed, 1 injured"). Then the injured figures are a revision, not a conflict.
     */
    private static boolean woundedDied(List<Claim> killed, List<Claim> injured) {
        Map<String, Claim> k = new LinkedHashMap<>();
        for (Claim c : killed) k.putIfAbsent(c.article(), c);
        List<Claim> in = new ArrayList<>(injured);
        in.sort(Comparator.comparingInt(Claim::order));
        boolean fell = false;
        for (int i = 0; i < in.size(); i++) {
            Claim q = in.get(i);
            if (!k.containsKey(q.article()) || q.min() == null || k.get(q.article()).min() == null) return false;
            if (i == 0) continue;
            Claim p = in.get(i - 1);
            if (p.order() == q.order()) return false;
            int kp = k.get(p.article()).min(), kq = k.get(q.article()).min();
            if (kq < kp || PeopleShot.hit(kq, q.min()) < PeopleShot.hit(kp, p.min())) return false;
            if (q.min() < p.min()) fell = true;
        }
        return fell;
    }

    private static int lowest(List<Claim> gr) {
        return gr.stream().mapToInt(c -> c.min() != null ? c.min() : Integer.MAX_VALUE).min().orElse(Integer.MAX_VALUE);
    }

    /**
     * Counts grouped by agreement: exact counts first, each with the exact counts equal to it, then every bound
     * ("at least 3", a singular "a man was slain": at least one) with the earliest group it overlaps. A bound
     * agrees with any count above it, so were it to seed a group, "a man was slain", "2 killed" and "3 killed"
     * would all agree; they are two counts, each agreeing with the bound. Groups and their claims in
     * publication order.
     */
    private static List<List<Claim>> countGroups(List<Claim> byOrder) {
        List<List<Claim>> groups = new ArrayList<>();
        for (boolean exactPass : new boolean[]{true, false}) {
            for (Claim c : byOrder) {
                if (exact(c) != exactPass) continue;
                List<Claim> home = null;
                for (List<Claim> gr : groups) if (overlap(gr.get(0), c)) { home = gr; break; }
                if (home == null) { home = new ArrayList<>(); groups.add(home); }
                home.add(c);
            }
        }
        for (List<Claim> gr : groups) gr.sort(Comparator.comparingInt(Claim::order));
        groups.sort(Comparator.comparingInt(gr -> gr.get(0).order()));
        return groups;
    }

    private static boolean exact(Claim c) { return c.min() != null && c.min().equals(c.max()); }

    private static boolean inLead(Claim c) { return c.evidence() != null && c.evidence().start() <= FigureExtractor.LEAD_CHARS; }

    /**
     * The claim that stands for a group of agreeing counts: its first exact count, except that a singular victim
     * stated in a headline or lead ("Toddler dies after shooting": at least one) outweighs exact counts all stated
     * further down ("all six of those deaths involved firearms" is another tally), as for the values of §3's lead rule.
     */
    private static Claim exactest(List<Claim> group) {
        Claim first = null, leadExact = null, leadOne = null;
        for (Claim c : group) {
            if (exact(c) && first == null) first = c;
            if (exact(c) && inLead(c) && leadExact == null) leadExact = c;
            if (!exact(c) && inLead(c) && leadOne == null && Objects.equals(c.min(), 1) && c.max() == null) leadOne = c;
        }
        if (first == null) return group.get(0);
        if (leadExact == null && leadOne != null) return leadOne;
        return first;
    }

    private static boolean overlap(Claim a, Claim b) {
        int aMin = a.min() == null ? 0 : a.min(), bMin = b.min() == null ? 0 : b.min();
        int aMax = a.max() == null ? Integer.MAX_VALUE : a.max(), bMax = b.max() == null ? Integer.MAX_VALUE : b.max();
        return aMin <= bMax && bMin <= aMax;
    }

    private static boolean nonDecreasing(List<Claim> byOrder) {
        for (int i = 1; i < byOrder.size(); i++) {
            Integer p = byOrder.get(i - 1).min(), q = byOrder.get(i).min();
            if (p == null || q == null || q < p) return false;
        }
        return true;
    }

    /**
     * A revision grows a toll, it does not multiply it: from one value to the next at most ×{@value #MAX_GROWTH}
     * or by fewer than {@value #MIN_JUMP}. A larger jump ("7 wounded", later "46 wounded in the city that
     * weekend") is another count, and the values conflict.
     */
    private static boolean plausibleGrowth(List<Claim> byOrder) {
        for (int i = 1; i < byOrder.size(); i++) {
            int p = byOrder.get(i - 1).min(), q = byOrder.get(i).min();
            if (q - p >= MIN_JUMP && q > MAX_GROWTH * Math.max(p, 1)) return false;
        }
        return true;
    }

    private static final int MAX_GROWTH = 3;
    private static final int MIN_JUMP = 5;

    /**
     * An update needs the differing values to come from articles published at different times: on different
     * days (reports of one day have no order), or, undated, different articles.
     */
    private static boolean distinctDays(List<Claim> byOrder) {
        Claim first = byOrder.get(0), last = byOrder.get(byOrder.size() - 1);
        if (first.published() != null && last.published() != null) return !first.published().equals(last.published());
        return first.order() != last.order();
    }

    /** True when the latest report of every group was published on one day. */
    private static boolean sameDay(List<List<Claim>> groups) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (List<Claim> gr : groups) {
            LocalDate d = gr.get(gr.size() - 1).published();
            if (d == null) return false;
            days.add(d);
        }
        return days.size() == 1;
    }

    /** Where a group's value is said nearest the top of its report (the headline is 0). */
    private static int topmost(List<Claim> group) {
        return group.stream().mapToInt(c -> c.evidence() == null ? Integer.MAX_VALUE : c.evidence().start()).min().orElse(Integer.MAX_VALUE);
    }

    private static FactValue value(List<Claim> group, Claim rep, int totalSources) {
        List<String> articles = group.stream().map(Claim::article).distinct().toList();
        Set<String> sources = sources(group);
        List<Evidence> evidence = new ArrayList<>();
        for (Claim c : group) {
            if (c.evidence() != null && evidence.stream().noneMatch(e -> e.article().equals(c.evidence().article())
                    && e.start() == c.evidence().start())) evidence.add(c.evidence());
        }
        return new FactValue(rep.display(), rep.count(), articles, List.copyOf(sources), evidence,
                Confidence.of(sources.size(), totalSources));
    }

    /** The independent sources of some claims: one name per source key (copies of one wire story count once). */
    private static Set<String> sources(List<Claim> claims) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Claim c : claims) byKey.putIfAbsent(c.sourceKey(), c.source());
        return new LinkedHashSet<>(byKey.values());
    }

    /** One entry, one name, or places that agree geographically (a town in its state, a suburb of a city: {@link Places}). */
    private static boolean placesAgree(Claim a, Claim b, Map<String, Place> placeOf) {
        return a.key().equals(b.key()) || a.display().equalsIgnoreCase(b.display())
                || Places.agree(placeOf.get(a.key()), placeOf.get(b.key()));
    }

    /** Two descriptions of an actor or target agree when one contains the other or they share a content word. */
    private static boolean phrasesAgree(Claim a, Claim b) {
        Set<String> x = words(a.key()), y = words(b.key());
        if (x.containsAll(y) || y.containsAll(x)) return true;
        for (String w : x) if (w.length() >= 4 && y.contains(w)) return true;
        return false;
    }

    /**
     * Two targets agree when their phrases do, or when the sentence giving one also names the other: "the
     * Green Zone of the Iraqi capital, near the U.S. Embassy" relates the area and the facility in it.
     */
    private static boolean targetsAgree(Claim a, Claim b) {
        return phrasesAgree(a, b) || mentions(a, b) || mentions(b, a);
    }

    private static boolean mentions(Claim a, Claim b) {
        if (a.evidence() == null) return false;
        Set<String> said = words(a.evidence().text());
        for (String w : words(b.key())) if (w.length() >= 4 && said.contains(w)) return true;
        return false;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "of", "in", "on", "at", "near", "with",
            "from", "for", "area", "vicinity", "people", "forces", "group", "members");

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !FUNCTION_WORDS.contains(w)) out.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static String norm(String s) { return s.toLowerCase(Locale.ROOT).strip(); }

    /**
     * One article's value with its evidence and original source; null when the sentence is speculation
     * or opinion (the extractor drops those; this guard keeps them from ever reaching a fact).
     */
    private static Claim claim(String key, String display, Integer count, Integer min, Integer max, Member x, Sentence s) {
        AnalysedArticle a = x.article;
        if (s != null && !s.attribution().modality().factual()) return null;
        Independence.Source src = x.independence.source(a.id(), s);
        Evidence ev = null;
        if (s != null) {
            Attribution at = s.attribution();
            String via = x.independence.via(a.id(), s);
            String speaker = at.speaker() != null ? at.speaker() : via != null ? src.name() : null;
            ev = new Evidence(a.id(), s.text(), s.start(), s.end(), new Attribution(speaker, via, at.modality()));
        }
        return new Claim(key, display, count, min, max, a.id(), a.published(), x.order, src.name(), src.key(), ev);
    }

    private static void add(List<Claim> list, Claim c) {
        if (c != null) list.add(c);
    }

    private static Sentence sentence(AnalysedArticle a, int index) {
        return index >= 0 && index < a.sentences().size() ? a.sentences().get(index) : null;
    }

    private static Sentence sentenceAt(AnalysedArticle a, int offset) {
        for (Sentence s : a.sentences()) if (offset >= s.start() && offset < s.end()) return s;
        return null;
    }

    private static Sentence sentenceContaining(AnalysedArticle a, EventMention m, String text) {
        for (int i : m.sentences()) {
            Sentence s = sentence(a, i);
            if (s != null && s.text().contains(text)) return s;
        }
        return m.sentences().isEmpty() ? null : sentence(a, m.sentences().get(0));
    }
}
