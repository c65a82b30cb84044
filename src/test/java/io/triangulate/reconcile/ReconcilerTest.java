package io.triangulate.reconcile;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Attribution;
import io.triangulate.model.Event;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Modality;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import io.triangulate.model.Sentence;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class ReconcilerTest {
    static final Place HARBOURTON = new Place(1, "Harbourton", "GB", "Westshire", 51.0, -1.0, 50_000, Place.Kind.CITY);
    static final Place MILLBRIDGE = new Place(2, "Millbridge", "GB", "Westshire", 51.6, -1.0, 20_000, Place.Kind.CITY);
    static final LocalDate DAY = LocalDate.of(2024, 3, 9);

    /** Builds an article whose every sentence is one event mention's evidence. */
    static final class Fixture {
        final String id;
        final LocalDate published;
        final StringBuilder text = new StringBuilder();
        final List<Sentence> sentences = new ArrayList<>();
        final List<EventMention> mentions = new ArrayList<>();

        Fixture(String id, LocalDate published) { this.id = id; this.published = published; }

        Fixture mention(EventMention.Role role, LocalDate date, Place place, String sentence, Attribution who, Figure... figs) {
            int start = text.length();
            text.append(sentence).append(' ');
            Sentence s = new Sentence(sentences.size(), start, start + sentence.length(), sentence, who, false);
            sentences.add(s);
            List<Figure> shifted = new ArrayList<>();
            for (Figure f : figs) {
                int at = sentence.indexOf(f.text());
                shifted.add(new Figure(start + at, start + at + f.text().length(), f.text(), f.kind(), f.min(), f.max(), f.approximate(), f.object()));
            }
            int at = place == null ? -1 : sentence.indexOf(place.name());
            PlaceMention pm = place == null ? null : new PlaceMention(start + Math.max(0, at), start + Math.max(0, at) + place.name().length(), place.name(), place, null, false, 1);
            mentions.add(new EventMention(id, mentions.size(), role, EventType.ART_MISS_ATTACK, date, null, pm, shifted, List.of(), List.of(), List.of(s.index())));
            return this;
        }

        /** Gives the last mention's day a time expression ("Friday night"): its date is read from the text. */
        Fixture said(String dateText) {
            EventMention m = mentions.remove(mentions.size() - 1);
            mentions.add(new EventMention(m.article(), m.index(), m.role(), m.type(), m.date(), dateText, m.location(),
                    m.figures(), m.actors(), m.targets(), m.sentences()));
            return this;
        }

        /** Text before the next mention, as an article's other paragraphs. */
        Fixture pad(int chars) {
            while (chars-- > 0) text.append(chars % 6 == 0 ? ' ' : 'x');
            text.append(' ');
            return this;
        }

        AnalysedArticle build() {
            Article a = new Article(id, "outlet-" + id, null, null, published, "en", text.toString(), id);
            return new AnalysedArticle(a, text.toString(), "en", published, false, sentences, List.of(), List.of(), List.of(), EventType.ART_MISS_ATTACK, mentions);
        }
    }

    static Figure weapon(String text, int n, String object) { return new Figure(0, 0, text, FigureKind.WEAPON, n, n, false, object); }

    /** A report of Harbourton on DAY whose main mention says {@code sentence}, with one exact count quoted from it. */
    private static AnalysedArticle counted(String id, String sentence, String quote, FigureKind kind, int n) {
        return new Fixture(id, DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON, sentence, OWN, count(quote, kind, n, n)).build();
    }

    static Figure count(String text, FigureKind kind, Integer min, Integer max) { return new Figure(0, 0, text, kind, min, max, false, null); }

    static List<Event> reconcile(Reconciler r, AnalysedArticle... articles) {
        AtomicInteger n = new AtomicInteger();
        return r.reconcile("s1", List.of(articles), () -> "e" + n.incrementAndGet());
    }

    static Fact fact(Event e, String field) {
        return e.facts().stream().filter(f -> f.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError(field + " missing in " + e));
    }

    static final Attribution OWN = Attribution.OWN_VOICE;

    @Test
    void differentWeaponsConflictAndSameWeaponsAgree() {
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two Katyusha rockets hit Harbourton port.", OWN, weapon("Two Katyusha rockets", 2, "Katyusha rocket"))
                .mention(EventMention.Role.MAIN, DAY, MILLBRIDGE, "Two rockets also hit Millbridge.", OWN, weapon("Two rockets", 2, "rocket"))
                .build();
        AnalysedArticle b = new Fixture("b", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two mortar shells fell in Harbourton.", OWN, weapon("Two mortar shells", 2, "mortar shell"))
                .mention(EventMention.Role.MAIN, DAY, MILLBRIDGE, "Two Katyusha rockets landed on Millbridge.", OWN, weapon("Two Katyusha rockets", 2, "Katyusha rocket"))
                .build();
        List<Event> events = reconcile(Reconciler.create(), a, b);
        assertEquals(2, events.size());
        Event harbour = events.stream().filter(e -> e.location().name().equals("Harbourton")).findFirst().orElseThrow();
        Event mill = events.stream().filter(e -> e.location().name().equals("Millbridge")).findFirst().orElseThrow();
        assertEquals(FactStatus.CONFLICT, fact(harbour, "weapon").status());
        assertEquals(2, fact(harbour, "weapon").values().size());
        assertEquals(FactStatus.AGREED, fact(mill, "weapon").status(), "a rocket and a Katyusha rocket agree");
        assertEquals("Katyusha rocket", fact(mill, "weapon").values().get(0).value(), "the more specific name is shown");
        assertEquals(List.of("a", "b"), harbour.articles());
    }

    @Test
    void growingFiguresAreAnUpdateAndTheLatestWins() {
        AnalysedArticle early = new Fixture("early", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "One man was injured in Harbourton.", OWN, count("One man was injured", FigureKind.INJURED, 1, 1))
                .build();
        AnalysedArticle late = new Fixture("late", DAY.plusDays(1))
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Harbourton: one dead and two injured.", OWN,
                        count("one dead", FigureKind.KILLED, 1, 1), count("two injured", FigureKind.INJURED, 2, 2))
                .build();
        Event e = reconcile(Reconciler.create(), late, early).get(0);
        Fact injured = fact(e, "injured");
        assertEquals(FactStatus.UPDATED, injured.status());
        assertEquals(2, e.injured());
        assertEquals("2", injured.values().get(0).value(), "the reconciled value comes first");
        assertEquals(FactStatus.SINGLE, fact(e, "killed").status());
        assertEquals(1, e.killed());
    }

    @Test
    void aReportThatSaysItRevisesTheOthersIsAnUpdateTheSameDay() {
        AnalysedArticle first = new Fixture("first", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Nobody was hurt in Harbourton.", OWN, count("Nobody was hurt", FigureKind.INJURED, 0, 0))
                .build();
        AnalysedArticle second = new Fixture("second", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "No injuries were reported in Harbourton.", OWN, count("No injuries", FigureKind.INJURED, 0, 0))
                .build();
        AnalysedArticle revision = new Fixture("revision", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "A guard was slightly injured in Harbourton, revising earlier reports.", OWN,
                        count("A guard was slightly injured", FigureKind.INJURED, 1, 1))
                .build();
        // the revising report was read first: publication order within the day is unknown, its words decide
        Event e = reconcile(Reconciler.create(), revision, first, second).get(0);
        assertEquals(FactStatus.UPDATED, fact(e, "injured").status());
        assertEquals(1, e.injured());
        // without the words, three reports of one day disagree and the two that agree win
        AnalysedArticle plain = new Fixture("plain", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "A guard was slightly injured in Harbourton.", OWN,
                        count("A guard was slightly injured", FigureKind.INJURED, 1, 1))
                .build();
        Event p = reconcile(Reconciler.create(), plain, first, second).get(0);
        assertEquals(FactStatus.CONFLICT, fact(p, "injured").status());
        assertEquals(0, p.injured());
    }

    @Test
    void peopleShotIncludeTheDeadOtherReportsCount() {
        AnalysedArticle shot = new Fixture("shot", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Three people were shot in Harbourton.", OWN,
                        count("Three people were shot", FigureKind.INJURED, 3, 3))
                .build();
        AnalysedArticle died = new Fixture("died", DAY.plusDays(1))
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "One man died after the Harbourton shooting.", OWN,
                        count("One man died", FigureKind.KILLED, 1, 1))
                .build();
        Event e = reconcile(Reconciler.create(), shot, died).get(0);
        assertEquals(1, e.killed());
        assertEquals(2, e.injured(), "three shot, one of them dead: two injured");

        AnalysedArticle wounded = new Fixture("wounded", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Three people were wounded in Harbourton.", OWN,
                        count("Three people were wounded", FigureKind.INJURED, 3, 3))
                .build();
        Event w = reconcile(Reconciler.create(), wounded, died).get(0);
        assertEquals(3, w.injured(), "the wounded are alive: nothing to take off");
    }

    @Test
    void aShotCountBesideSomeOfTheHurtStillIncludesTheDeadOtherReportsCount() {
        AnalysedArticle shot = new Fixture("shot", DAY.plusDays(1))
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Seven people were shot in Harbourton on Friday night.", OWN,
                        count("Seven people were shot", FigureKind.INJURED, 7, 7))
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Officials said three of the injured drove themselves to Harbourton hospital.", OWN,
                        count("three of the injured", FigureKind.INJURED, 3, 3))
                .build();
        AnalysedArticle toll = new Fixture("toll", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "One killed, 6 wounded in Harbourton shooting.", OWN,
                        count("One killed", FigureKind.KILLED, 1, 1), count("6 wounded", FigureKind.INJURED, 6, 6))
                .build();
        Event e = reconcile(Reconciler.create(), toll, merged(shot)).get(0);
        assertEquals(1, e.killed());
        assertEquals(6, e.injured(), "seven shot, one of them the dead the other report counts: six wounded");
        assertEquals(FactStatus.AGREED, fact(e, "injured").status());

        AnalysedArticle other = new Fixture("other", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "One killed, 3 wounded in Harbourton shooting.", OWN,
                        count("One killed", FigureKind.KILLED, 1, 1), count("3 wounded", FigureKind.INJURED, 3, 3))
                .build();
        Event o = reconcile(Reconciler.create(), other, merged(shot)).get(0);
        assertTrue(fact(o, "injured").values().stream().anyMatch(v -> v.value().equals("7")),
                "one dead and three wounded are not the seven shot: the count stays " + fact(o, "injured").values());

        AnalysedArticle saysDead = new Fixture("saysDead", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Seven people were shot in Harbourton, none fatally.", OWN,
                        count("Seven people were shot", FigureKind.INJURED, 7, 7), count("none fatally", FigureKind.KILLED, 0, 0))
                .build();
        Event n = reconcile(Reconciler.create(), toll, saysDead).get(0);
        assertTrue(fact(n, "injured").values().stream().anyMatch(v -> v.value().equals("7")),
                "a report that speaks of the dead counts its shot as it says: " + fact(n, "injured").values());
    }

    /** The fixture's mentions as one mention (all figures and sentences), as the analysis gives one event per article. */
    static AnalysedArticle merged(AnalysedArticle a) {
        List<Figure> figs = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        for (EventMention m : a.events()) { figs.addAll(m.figures()); sentences.addAll(m.sentences()); }
        EventMention first = a.events().get(0);
        EventMention one = new EventMention(first.article(), 0, first.role(), first.type(), first.date(), first.dateText(),
                first.location(), figs, List.of(), List.of(), sentences);
        return new AnalysedArticle(a.article(), a.text(), a.language(), a.published(), false, a.sentences(), List.of(), List.of(),
                List.of(), EventType.ART_MISS_ATTACK, List.of(one));
    }

    @Test
    void aFigureInTheLeadOutweighsOneFurtherDown() {
        AnalysedArticle lead = new Fixture("lead", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two people were injured in Harbourton.", OWN,
                        count("Two people were injured", FigureKind.INJURED, 2, 2))
                .build();
        AnalysedArticle deep = new Fixture("deep", DAY)
                .pad(1200)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Five people were injured in Harbourton.", OWN,
                        count("Five people were injured", FigureKind.INJURED, 5, 5))
                .build();
        Event e = reconcile(Reconciler.create(), lead, deep).get(0);
        assertEquals(FactStatus.CONFLICT, fact(e, "injured").status());
        assertEquals(2, e.injured(), "the headline or lead gives the report's toll");
    }

    @Test
    void boundsAgreeWithExactFiguresAndContradictionsConflict() {
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "At least 3 people were killed in Harbourton.", OWN, count("At least 3", FigureKind.KILLED, 3, null))
                .build();
        AnalysedArticle b = new Fixture("b", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Three people were killed in Harbourton.", OWN, count("Three", FigureKind.KILLED, 3, 3))
                .build();
        AnalysedArticle c = new Fixture("c", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two people were killed in Harbourton.", OWN, count("Two", FigureKind.KILLED, 2, 2))
                .build();
        Event ab = reconcile(Reconciler.create(), a, b).get(0);
        assertEquals(FactStatus.AGREED, fact(ab, "killed").status());
        assertEquals(3, ab.killed());
        Event abc = reconcile(Reconciler.create(), a, b, c).get(0);
        assertEquals(FactStatus.CONFLICT, fact(abc, "killed").status(), "3 then 2 on the same day is not a revision");
        assertEquals(3, abc.killed(), "the value with more independent sources wins");
        Event conservative = reconcile(Reconciler.builder().policy(Policy.CONSERVATIVE).build(), a, b, c).get(0);
        assertEquals(2, conservative.killed(), "ACLED's most conservative figure");
    }

    @Test
    void valuesCarryTheirSourceAndAttribution() {
        Attribution police = new Attribution("police", null, Modality.REPORTED);
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two were killed in Harbourton, police said.", police, count("Two", FigureKind.KILLED, 2, 2))
                .build();
        Event e = reconcile(Reconciler.create(), a).get(0);
        var v = fact(e, "killed").values().get(0);
        assertEquals(List.of("police"), v.sources());
        assertEquals("police", v.evidence().get(0).attribution().speaker());
        assertEquals(0.5, v.confidence(), 1e-9);
    }

    @Test
    void eventsOnOtherDaysStayApart() {
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Rockets hit Harbourton today.", OWN)
                .mention(EventMention.Role.BACKGROUND, DAY.minusDays(4), HARBOURTON, "Harbourton was attacked on Tuesday.", OWN)
                .build();
        AnalysedArticle b = new Fixture("b", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Rockets struck Harbourton.", OWN)
                .build();
        List<Event> events = reconcile(Reconciler.create(), a, b);
        assertEquals(2, events.size());
        assertEquals("main", events.get(0).role());
        assertEquals(List.of("a", "b"), events.get(0).articles());
        assertEquals("background", events.get(1).role());
        assertEquals(DAY.minusDays(4), events.get(1).date());
    }

    static final Place NEWBRIDGE = new Place(3, "Newbridge", "GB", "Westshire", 51.18, -1.0, 10_000, Place.Kind.CITY); // 20 km off

    static AnalysedArticle shooting(String id, LocalDate published, LocalDate day, String when, Place place, Figure... figs) {
        String where = place == null ? "the town" : place.name();
        return new Fixture(id, published).mention(EventMention.Role.MAIN, day, place, "A man was shot in " + where + " " + when + ".", OWN, figs)
                .said(when).build();
    }

    @Test
    void reportsOfOneNightTimeShootingADayApartAreOneEvent() {
        LocalDate fri = DAY, sat = DAY.plusDays(1);
        Figure dead = count("One man was killed", FigureKind.KILLED, 1, 1);
        AnalysedArticle a = new Fixture("a", sat).mention(EventMention.Role.MAIN, fri, HARBOURTON,
                "One man was killed in Harbourton Friday night.", OWN, dead).said("Friday night").build();
        AnalysedArticle b = new Fixture("b", sat).mention(EventMention.Role.MAIN, sat, HARBOURTON,
                "One man was killed in Harbourton early Saturday.", OWN, dead).said("early Saturday").build();
        List<Event> events = reconcile(Reconciler.create(), a, b);
        assertEquals(1, events.size(), "one shooting either side of midnight");
        assertEquals(List.of("a", "b"), events.get(0).articles());
        assertEquals(fri, events.get(0).date(), "level on sources: the earlier day");
        assertEquals(FactStatus.CONFLICT, fact(events.get(0), "date").status());

        // a report published the next day, one of them unplaced
        AnalysedArticle c = new Fixture("c", sat.plusDays(1)).mention(EventMention.Role.MAIN, sat, null,
                "One man was killed on Saturday, police said.", OWN, dead).said("Saturday").build();
        List<Event> three = reconcile(Reconciler.create(), a, b, c);
        assertEquals(1, three.size());
        assertEquals(sat, three.get(0).date(), "the day most independent sources give");
    }

    /** The article with its mentions placed in the outlet's home town: a place spanning no text (no town named). */
    static AnalysedArticle atHome(AnalysedArticle a, Place home) {
        List<EventMention> ms = a.events().stream().map(m -> new EventMention(m.article(), m.index(), m.role(), m.type(),
                m.date(), m.dateText(), new PlaceMention(0, 0, home.name(), home, null, false, 0.5), m.figures(), m.actors(),
                m.targets(), m.sentences())).toList();
        return new AnalysedArticle(a.article(), a.text(), a.language(), a.published(), a.publishedInferred(), a.sentences(),
                a.places(), a.times(), a.figures(), a.type(), ms);
    }

    @Test
    void anOutletsHomeTownTakenForAnUnplacedReportNeitherSplitsTheEventNorBecomesItsPlace() {
        Figure dead = count("One man was killed", FigureKind.KILLED, 1, 1);
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One man was killed in Harbourton on Friday.", OWN, dead).said("Friday").build();
        // a paper of a town 67 km off that names no place: its home town stands in for the place, spanning no text
        AnalysedArticle b = atHome(new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, null,
                "One man was killed on Friday, police said.", OWN, dead).said("Friday").build(), MILLBRIDGE);
        List<Event> events = reconcile(Reconciler.create(), a, b);
        assertEquals(1, events.size(), events.toString());
        assertEquals(HARBOURTON.name(), events.get(0).location().name());
        assertEquals(FactStatus.AGREED, fact(events.get(0), "killed").status());
        // read from its text, the far town is another incident
        AnalysedArticle c = new Fixture("c", DAY).mention(EventMention.Role.MAIN, DAY, MILLBRIDGE,
                "One man was killed in Millbridge on Friday.", OWN, dead).said("Friday").build();
        assertEquals(2, reconcile(Reconciler.create(), a, c).size());
        // alone, the report is placed in its outlet's home town
        assertEquals(MILLBRIDGE.name(), reconcile(Reconciler.create(), b).get(0).location().name());
    }

    @Test
    void daysLevelOnSourcesGoToTheOneSaidMostPrecisely() {
        assertEquals(0, Reconciler.precision("early Saturday, March 2"));
        assertEquals(0, Reconciler.precision("on 2 March"));
        assertEquals(1, Reconciler.precision("Friday night"));
        assertEquals(2, Reconciler.precision("last night"));
        assertEquals(3, Reconciler.precision(null));
        LocalDate fri = DAY, sat = DAY.plusDays(1);
        Figure dead = count("One man was killed", FigureKind.KILLED, 1, 1);
        AnalysedArticle a = new Fixture("a", sat).mention(EventMention.Role.MAIN, fri, HARBOURTON,
                "One man was killed in Harbourton last night.", OWN, dead).said("last night").build();
        AnalysedArticle b = new Fixture("b", sat).mention(EventMention.Role.MAIN, sat, HARBOURTON,
                "One man was killed in Harbourton early Saturday, March 2.", OWN, dead).said("early Saturday, March 2").build();
        List<Event> events = reconcile(Reconciler.create(), a, b);
        assertEquals(1, events.size());
        assertEquals(sat, events.get(0).date(), "the written date over a relative day, though later");
    }

    @Test
    void shootingsInOtherTownsOrWithOtherVictimsStayApart() {
        LocalDate fri = DAY, sat = DAY.plusDays(1);
        // the same day, two towns
        List<Event> towns = reconcile(Reconciler.create(),
                shooting("a", sat, fri, "Friday night", HARBOURTON), shooting("b", sat, fri, "Friday night", MILLBRIDGE));
        assertEquals(2, towns.size());
        // a day apart, towns 20 km apart
        assertEquals(2, reconcile(Reconciler.create(),
                shooting("a", sat, fri, "Friday night", HARBOURTON), shooting("b", sat, sat, "early Saturday", NEWBRIDGE)).size());
        // a day apart in one town, one dead against three wounded
        assertEquals(2, reconcile(Reconciler.create(),
                shooting("a", sat, fri, "Friday night", HARBOURTON, count("One man was killed", FigureKind.KILLED, 1, 1)),
                shooting("b", sat, sat, "early Saturday", HARBOURTON, count("Three were wounded", FigureKind.INJURED, 3, 3))).size());
        // a day apart, published the same day, no time of night: two days' news
        assertEquals(2, reconcile(Reconciler.create(),
                shooting("a", sat, fri, "on Friday", HARBOURTON), shooting("b", sat, sat, "on Saturday", HARBOURTON)).size());
    }
    @Test
    void undatedReportsPublishedDaysApartJoinTheReportThatDatesTheIncident() {
        LocalDate fri = DAY;
        // dated by their publication days (no time expression), two and four days after the incident
        AnalysedArticle critical = new Fixture("critical", fri.plusDays(1)).mention(EventMention.Role.MAIN, fri.plusDays(1), HARBOURTON,
                "A man is critical after being shot in Harbourton.", OWN, count("A man is critical", FigureKind.INJURED, 1, 1)).build();
        AnalysedArticle still = new Fixture("still", fri.plusDays(3)).mention(EventMention.Role.MAIN, fri.plusDays(3), HARBOURTON,
                "Harbourton police say the man remains critical.", OWN).build();
        AnalysedArticle died = shooting("died", fri.plusDays(4), fri, "Friday night", HARBOURTON, count("A man was shot", FigureKind.KILLED, 1, 1));
        List<Event> es = reconcile(Reconciler.create(), critical, still, died);
        assertEquals(1, es.size(), es.toString());
        assertEquals(3, es.get(0).articles().size());
        assertEquals(fri, es.get(0).date(), "the day the dated report reads");

        // an undated report from a town 60 km away stays apart
        AnalysedArticle elsewhere = new Fixture("elsewhere", fri.plusDays(1)).mention(EventMention.Role.MAIN, fri.plusDays(1), MILLBRIDGE,
                "A man is critical after being shot in Millbridge.", OWN, count("A man is critical", FigureKind.INJURED, 1, 1)).build();
        assertEquals(2, reconcile(Reconciler.create(), elsewhere, still, died).size());
    }

    @Test
    void aWoundedVictimWhoDiedLaterLeavesTheInjured() {
        Figure one = count("critically wounded", FigureKind.INJURED, 1, 1);
        AnalysedArticle early = new Fixture("early", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A woman was critically wounded in Harbourton.", OWN, one).said("Friday night").build();
        AnalysedArticle also = new Fixture("also", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A woman was critically wounded in Harbourton on Friday.", OWN, one).said("Friday").build();
        AnalysedArticle died = new Fixture("died", DAY.plusDays(3)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "The woman shot in Harbourton on Friday has died; none other was hurt.", OWN,
                count("has died", FigureKind.KILLED, 1, 1), count("none other was hurt", FigureKind.INJURED, 0, 0)).said("Friday").build();
        Event e = reconcile(Reconciler.create(), early, also, died).get(0);
        assertEquals(1, e.killed());
        assertEquals(0, e.injured(), "the wounded woman died: two earlier reports' injured count her no longer");

        // the later report counts more dead than the earlier counted wounded: other victims, nothing moves
        AnalysedArticle three = new Fixture("three", DAY.plusDays(3)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Three people died in Harbourton on Friday and one was hurt.", OWN,
                count("Three people died", FigureKind.KILLED, 3, 3), count("one was hurt", FigureKind.INJURED, 1, 1)).said("Friday").build();
        assertEquals(1, reconcile(Reconciler.create(), early, three).get(0).injured());
    }

    @Test
    void aFollowUpThatGivesNoDayJoinsTheIncidentOfTheDaysBefore() {
        AnalysedArticle shot = new Fixture("shot", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A woman was shot in Harbourton early Saturday.", OWN, count("A woman was shot", FigureKind.INJURED, 1, 1))
                .said("early Saturday").build();
        AnalysedArticle dies = new Fixture("dies", DAY.plusDays(5)).mention(EventMention.Role.MAIN, DAY.plusDays(5), HARBOURTON,
                "The Harbourton shooting victim has died.", OWN, count("has died", FigureKind.KILLED, 1, 1)).build();
        List<Event> events = reconcile(Reconciler.create(), shot, dies);
        assertEquals(1, events.size(), "the report of the death is about the shooting");
        assertEquals(DAY, events.get(0).date(), "the day the text gives, not the follow-up's publication day");
        // an arrest reported three weeks later, giving no day of its own, is still about it
        AnalysedArticle arrest = new Fixture("arrest", DAY.plusDays(21)).mention(EventMention.Role.MAIN, DAY.plusDays(21), HARBOURTON,
                "A man was arrested in the Harbourton shooting.", OWN).build();
        assertEquals(1, reconcile(Reconciler.create(), shot, arrest).size());
        // a report dated in its text days later is another incident, and so is an undated one over a month later
        AnalysedArticle later = new Fixture("later", DAY.plusDays(9)).mention(EventMention.Role.MAIN, DAY.plusDays(9), HARBOURTON,
                "A man was killed in Harbourton on Monday.", OWN, count("A man was killed", FigureKind.KILLED, 1, 1)).said("on Monday").build();
        assertEquals(2, reconcile(Reconciler.create(), shot, later).size());
        AnalysedArticle month = new Fixture("month", DAY.plusDays(40)).mention(EventMention.Role.MAIN, DAY.plusDays(40), HARBOURTON,
                "A man was killed in Harbourton.", OWN, count("A man was killed", FigureKind.KILLED, 1, 1)).build();
        assertEquals(2, reconcile(Reconciler.create(), shot, month).size());
    }
    @Test
    void aDerivedZeroInjuredAgreesWithTheWoundedAnotherReportCounts() {
        AnalysedArticle died = new Fixture("died", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A man was shot in Harbourton and died in hospital.", OWN,
                count("was shot", FigureKind.INJURED, 1, 1), count("died", FigureKind.KILLED, 1, 1)).build();
        AnalysedArticle all = new Fixture("all", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One man was killed and three people were wounded in Harbourton.", OWN,
                count("One man was killed", FigureKind.KILLED, 1, 1), count("three people were wounded", FigureKind.INJURED, 3, 3)).build();
        Event e = reconcile(Reconciler.create(), all, died).get(0);
        assertEquals(1, e.killed());
        assertEquals(3, e.injured(), "the man shot died: that names no other wounded, it does not deny them");
        assertEquals(FactStatus.AGREED, fact(e, "injured").status());
        assertEquals(0, reconcile(Reconciler.create(), died).get(0).injured(), "alone, it gives none");
    }
    @Test
    void anUndatedRecollectionInTheSameTownDoesNotJoinTheIncident() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Five people were shot at a party in Harbourton on Saturday.", OWN,
                count("Five people were shot", FigureKind.INJURED, 5, 5)).said("Saturday").build();
        // b dates its shooting otherwise (a day later): its recollection of the year's toll is all that could join a
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY.plusDays(1), HARBOURTON,
                        "A gunman wounded five people at a Harbourton party on Sunday.", OWN,
                        count("wounded five people", FigureKind.INJURED, 5, 5)).said("Sunday")
                .mention(EventMention.Role.BACKGROUND, null, HARBOURTON, "In all 120 people were killed in Harbourton last year.", OWN,
                        count("120 people were killed", FigureKind.KILLED, 120, 120)).build();
        Event e = reconcile(Reconciler.create(), a, b).stream().filter(x -> x.articles().contains("a")).findFirst().orElseThrow();
        assertEquals(List.of("a"), e.articles());
        assertNull(e.killed(), "the year's toll is another count");
        assertEquals(5, e.injured());
    }
    @Test
    void amongEquallyReportedMainEventsTheOneCountingVictimsComesFirst() {
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, MILLBRIDGE, "The Millbridge school board met on Saturday.", OWN)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two men were wounded in Harbourton on Saturday.", OWN,
                        count("Two men were wounded", FigureKind.INJURED, 2, 2))
                .build();
        List<Event> events = reconcile(Reconciler.create(), a);
        assertEquals("Harbourton", events.get(0).location().name());
        assertEquals(2, events.get(0).injured());
    }
    @Test
    void anInjuredCountEqualToAnotherReportsPeopleShotCountsTheDeadWithTheWounded() {
        AnalysedArticle shot = new Fixture("shot", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Four shot, one killed in Harbourton.", OWN,
                count("Four shot", FigureKind.INJURED, 4, 4), count("one killed", FigureKind.KILLED, 1, 1)).build();
        AnalysedArticle loose = new Fixture("wide", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One killed, four injured in Harbourton.", OWN,
                count("One killed", FigureKind.KILLED, 1, 1), count("four injured", FigureKind.INJURED, 4, 4)).build();
        Event e = reconcile(Reconciler.create(), shot, loose).get(0);
        assertEquals(1, e.killed());
        assertEquals(3, e.injured(), "four shot, one of them dead: the four 'injured' are the four shot");
        // five injured is not the four shot: other victims, the values conflict as before
        AnalysedArticle more = new Fixture("more", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One killed, five injured in Harbourton.", OWN,
                count("One killed", FigureKind.KILLED, 1, 1), count("five injured", FigureKind.INJURED, 5, 5)).build();
        assertEquals(FactStatus.CONFLICT, fact(reconcile(Reconciler.create(), shot, more).get(0), "injured").status());
        // a report that itself counts five shot, one dead: its four injured are the wounded besides the dead
        AnalysedArticle counted = new Fixture("counted", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One killed, four injured in Harbourton after five people were shot.", OWN,
                count("One killed", FigureKind.KILLED, 1, 1), count("four injured", FigureKind.INJURED, 4, 4),
                count("five people were shot", FigureKind.INJURED, 5, 5)).build();
        Event both = reconcile(Reconciler.create(), shot, counted).get(0);
        assertEquals(1, both.killed());
        Fact injured = fact(both, "injured");
        assertEquals(FactStatus.CONFLICT, injured.status(), "five shot, one dead: the report's four injured are not the four shot");
        assertTrue(injured.values().stream().anyMatch(v -> v.value().equals("4")));
    }

    @Test
    void theDeadBeforeTheKillersSuicideAndTheDeadIncludingHimAreOneCount() {
        AnalysedArticle before = new Fixture("before", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A gunman killed six people in Harbourton before taking his own life.", OWN,
                count("killed six people", FigureKind.KILLED, 6, 6)).build();
        AnalysedArticle with = new Fixture("with", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Seven people died in Harbourton, including the gunman.", OWN,
                count("Seven people died", FigureKind.KILLED, 7, 7)).build();
        Event e = reconcile(Reconciler.create(), before, with).get(0);
        Fact killed = fact(e, "killed");
        assertEquals(FactStatus.AGREED, killed.status(), "one count, not a revision");
        assertEquals(7, e.killed());
        assertEquals(7, reconcile(Reconciler.create(), before).get(0).killed(), "alone, the report's dead and the killer");
        // a later report of eight dead is still a revision
        AnalysedArticle eight = new Fixture("eight", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Eight people died in Harbourton.", OWN, count("Eight people died", FigureKind.KILLED, 8, 8)).build();
        assertEquals(FactStatus.UPDATED, fact(reconcile(Reconciler.create(), before, eight).get(0), "killed").status());
        // killed by police: he is one of the dead too
        AnalysedArticle police = new Fixture("police", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A man killed four people in Harbourton before he was shot and killed by police.", OWN,
                count("killed four people", FigureKind.KILLED, 4, 4)).build();
        AnalysedArticle five = new Fixture("five", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Five people died in Harbourton.", OWN, count("Five people died", FigureKind.KILLED, 5, 5)).build();
        Event shotDead = reconcile(Reconciler.create(), police, five).get(0);
        assertEquals(FactStatus.AGREED, fact(shotDead, "killed").status());
        assertEquals(5, shotDead.killed());
        // counts with no suicide after them still revise each other
        AnalysedArticle two = counted("two", "Two people were killed in Harbourton.", "Two people were killed", FigureKind.KILLED, 2);
        AnalysedArticle three = new Fixture("three", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Three people were killed in Harbourton.", OWN, count("Three people were killed", FigureKind.KILLED, 3, 3)).build();
        assertEquals(FactStatus.UPDATED, fact(reconcile(Reconciler.create(), two, three).get(0), "killed").status());
    }
    @Test
    void aRoundUpsTollIsAnotherCount() {
        AnalysedArticle own = new Fixture("own", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Two dead, two wounded in Harbourton shooting.", OWN,
                count("Two dead", FigureKind.KILLED, 2, 2), count("two wounded", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle roundUp = new Fixture("round", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Eight dead, 27 wounded in weekend shootings across Harbourton.", OWN,
                count("Eight dead", FigureKind.KILLED, 8, 8), count("27 wounded", FigureKind.INJURED, 27, 27)).build();
        Event e = reconcile(Reconciler.create(), own, roundUp).get(0);
        assertEquals(List.of("own", "round"), e.articles());
        assertEquals(2, e.killed());
        assertEquals(2, e.injured());
        // alone, the round-up's figures are all there is
        assertEquals(8, reconcile(Reconciler.create(), roundUp).get(0).killed());
    }
    @Test
    void aTollCountedSinceAWeekdayIsARoundUp() {
        AnalysedArticle own = new Fixture("own", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Shooting in Harbourton wounds 4, kills 1.", OWN,
                count("wounds 4", FigureKind.INJURED, 4, 4), count("kills 1", FigureKind.KILLED, 1, 1)).build();
        AnalysedArticle later = new Fixture("later", DAY.plusDays(4)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "The violence left 28 people shot and 10 killed in Harbourton since Friday.", OWN,
                count("28 people shot", FigureKind.INJURED, 28, 28), count("10 killed", FigureKind.KILLED, 10, 10)).build();
        Event e = reconcile(Reconciler.create(), own, later).get(0);
        assertEquals(1, e.killed());
        assertEquals(4, e.injured());
    }
    @Test
    void aCountSaidWithoutACountWordIsALowerBound() {
        AnalysedArticle counted = counted("counted", "Five dead in Harbourton murder-suicide.", "Five dead", FigureKind.KILLED, 5);
        AnalysedArticle phrase = new Fixture("phrase", DAY.plusDays(5)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Harbourton mourns murder-suicide victim.", OWN, count("murder-suicide", FigureKind.KILLED, 2, 2)).build();
        Fact killed = fact(reconcile(Reconciler.create(), counted, phrase).get(0), "killed");
        assertEquals(FactStatus.AGREED, killed.status(), "a murder-suicide is at least two dead");
        assertEquals("5", killed.reconciled());
        // a counted two still conflicts with five
        AnalysedArticle two = new Fixture("two", DAY.plusDays(5)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Two dead in Harbourton.", OWN, count("Two dead", FigureKind.KILLED, 2, 2)).build();
        assertEquals(FactStatus.CONFLICT, fact(reconcile(Reconciler.create(), counted, two).get(0), "killed").status());
    }
    @Test
    void aCountGivenAsWhatWasFirstSaidIsSuperseded() {
        AnalysedArticle now = new Fixture("now", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Five people were wounded in a Harbourton club shooting.", OWN, count("Five people were wounded", FigureKind.INJURED, 5, 5)).build();
        AnalysedArticle then = new Fixture("then", DAY.plusDays(2)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Police originally said eight people were wounded in Harbourton.", OWN,
                count("eight people were wounded", FigureKind.INJURED, 8, 8)).build();
        assertEquals(5, reconcile(Reconciler.create(), now, then).get(0).injured());
        // alone, the first-said count is all there is
        assertEquals(8, reconcile(Reconciler.create(), then).get(0).injured());
    }
    @Test
    void levelReportsOfOneDayTakeTheValueNearestTheTop() {
        // publication dates carry no time: "b" is not later than "a" for being listed after it
        AnalysedArticle headline = counted("b", "Five teens wounded in Harbourton park shooting.", "Five teens wounded", FigureKind.INJURED, 5);
        AnalysedArticle body = new Fixture("a", DAY).pad(300).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Fire officials said six were wounded in Harbourton.", OWN, count("six were wounded", FigureKind.INJURED, 6, 6)).build();
        Event e = reconcile(Reconciler.create(), headline, body).get(0);
        assertEquals(FactStatus.CONFLICT, fact(e, "injured").status(), "one day's reports are no revision of each other");
        assertEquals(5, e.injured());
        // a day later, the larger count is a revision
        AnalysedArticle next = new Fixture("c", DAY.plusDays(1)).pad(300).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Fire officials said six were wounded in Harbourton.", OWN, count("six were wounded", FigureKind.INJURED, 6, 6)).build();
        Event r = reconcile(Reconciler.create(), headline, next).get(0);
        assertEquals(FactStatus.UPDATED, fact(r, "injured").status());
        assertEquals(6, r.injured());
    }
    @Test
    void amongEquallyReportedMainEventsTheOnePlacedInATownComesFirst() {
        Place shire = new Place(3, "Westshire", "GB", "Westshire", 51.3, -1.2, 900_000, Place.Kind.ADMIN1);
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, shire, "Two men were shot in Westshire.", OWN, count("Two men were shot", FigureKind.INJURED, 2, 2))
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "One man was killed in Harbourton.", OWN, count("One man was killed", FigureKind.KILLED, 1, 1))
                .build();
        List<Event> events = reconcile(Reconciler.create(), a);
        assertEquals(2, events.size());
        assertEquals("Harbourton", events.get(0).location().name());
    }

    @Test
    void talliesOfACityAreNoRevisionOfEachOther() {
        AnalysedArticle night = new Fixture("night", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Twelve people were shot during a violent Monday night in Harbourton.", OWN,
                count("Twelve people were shot", FigureKind.INJURED, 12, 12)).build();
        AnalysedArticle weeks = new Fixture("weeks", DAY.plusDays(2)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Eighteen people have been shot in Harbourton in recent weeks.", OWN,
                count("Eighteen people have been shot", FigureKind.INJURED, 18, 18)).build();
        Event e = reconcile(Reconciler.create(), night, weeks).get(0);
        assertEquals(FactStatus.CONFLICT, fact(e, "injured").status(), "two round-ups growing are not one incident's revised toll");
        // beside the incident's own count, both are left out
        AnalysedArticle own = new Fixture("own", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Six people were wounded in a Harbourton shooting.", OWN,
                count("Six people were wounded", FigureKind.INJURED, 6, 6)).build();
        Event withOwn = reconcile(Reconciler.create(), night, own, weeks).get(0);
        assertEquals(6, withOwn.injured());
        assertEquals(FactStatus.SINGLE, fact(withOwn, "injured").status());
    }

    @Test
    void anUpdateLabelIsNoRevisionOfTheOthersCounts() {
        AnalysedArticle a = counted("a", "Four people were wounded in Harbourton.", "Four people were wounded", FigureKind.INJURED, 4);
        AnalysedArticle b = counted("b", "Four injured in Harbourton shooting.", "Four injured", FigureKind.INJURED, 4);
        AnalysedArticle upd = counted("upd", "UPDATE: three people wounded in Harbourton.", "three people wounded", FigureKind.INJURED, 3);
        Event e = reconcile(Reconciler.create(), upd, a, b).get(0);
        assertEquals(FactStatus.CONFLICT, fact(e, "injured").status(), "a page marked as updated says nothing of the others' counts");
        assertEquals(4, e.injured(), "two sources against one");
    }

    @Test
    void oneNameReadAsTwoPlacesIsOnePlace() {
        Place elsewhere = new Place(9, "Harbourton", "US", "Eastshire", 40.0, -75.0, 10_000, Place.Kind.CITY);
        AnalysedArticle a = counted("a", "Two people were wounded in Harbourton.", "Two people were wounded", FigureKind.INJURED, 2);
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, elsewhere,
                "Two hurt in Harbourton shooting.", OWN, count("Two hurt", FigureKind.INJURED, 2, 2)).build();
        List<Event> events = reconcile(Reconciler.create(), a, b);
        assertEquals(1, events.size(), "one story's Harbourton is one town, however the gazetteer read it");
        assertEquals(FactStatus.AGREED, fact(events.get(0), "injured").status());
        // other names that far apart stay apart
        Place far = new Place(8, "Eastport", "US", "Eastshire", 40.0, -75.0, 10_000, Place.Kind.CITY);
        AnalysedArticle c = new Fixture("c", DAY).mention(EventMention.Role.MAIN, DAY, far,
                "Two hurt in Eastport shooting.", OWN, count("Two hurt", FigureKind.INJURED, 2, 2)).build();
        assertEquals(2, reconcile(Reconciler.create(), a, c).size());
    }

    @Test
    void aWoundedVictimWhoDiedTheNextDayIsOneIncident() {
        AnalysedArticle critical = new Fixture("critical", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A man was critically wounded in Harbourton on Friday.", OWN,
                count("A man was critically wounded", FigureKind.INJURED, 1, 1)).said("on Friday").build();
        AnalysedArticle died = new Fixture("died", DAY.plusDays(3)).mention(EventMention.Role.MAIN, DAY.plusDays(1), HARBOURTON,
                "The man shot in Harbourton on Saturday has died.", OWN,
                count("has died", FigureKind.KILLED, 1, 1)).said("on Saturday").build();
        List<Event> events = reconcile(Reconciler.create(), critical, died);
        assertEquals(1, events.size(), "the later report's dead man is the earlier report's wounded");
        assertEquals(1, events.get(0).killed());
        assertEquals(0, events.get(0).injured(), "he is no longer counted injured");
        // more new dead than the earlier report's wounded: other victims, another incident
        AnalysedArticle two = new Fixture("two", DAY.plusDays(3)).mention(EventMention.Role.MAIN, DAY.plusDays(1), HARBOURTON,
                "Two men were killed in Harbourton on Saturday.", OWN,
                count("Two men were killed", FigureKind.KILLED, 2, 2)).said("on Saturday").build();
        assertEquals(2, reconcile(Reconciler.create(), critical, two).size());
    }

    @Test
    void aSingularVictimAgreesWithEachCountButDoesNotMakeTwoCountsAgree() {
        AnalysedArticle slain = counted("slain", "A man was slain in Harbourton.", "A man was slain", FigureKind.KILLED, 1);
        AnalysedArticle two = counted("two", "Two people were killed in Harbourton.", "Two people were killed", FigureKind.KILLED, 2);
        AnalysedArticle three = counted("three", "Three people were killed in Harbourton.", "Three people were killed", FigureKind.KILLED, 3);
        Fact agreed = fact(reconcile(Reconciler.create(), slain, two).get(0), "killed");
        assertEquals(FactStatus.AGREED, agreed.status(), "a man was slain: at least one");
        assertEquals("2", agreed.reconciled());
        Fact killed = fact(reconcile(Reconciler.create(), slain, two, three).get(0), "killed");
        assertEquals(FactStatus.CONFLICT, killed.status(), "two and three killed are two counts, whatever the singular phrase before them");
        assertEquals(2, killed.values().size());
    }

    @Test
    void aSingularVictimInTheLeadOutweighsAnExactCountOnlyFurtherDown() {
        AnalysedArticle died = counted("died", "A toddler died after a shooting in Harbourton.", "A toddler died", FigureKind.KILLED, 1);
        AnalysedArticle deep = new Fixture("deep", DAY).pad(1200).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Six people have died of gunshots in Harbourton homes.", OWN, count("Six people have died", FigureKind.KILLED, 6, 6)).build();
        Event e = reconcile(Reconciler.create(), died, deep).get(0);
        assertEquals(FactStatus.AGREED, fact(e, "killed").status());
        assertEquals(1, e.killed(), "the lead's victim, not a count found only further down");
        // a count in another report's lead still gives the number ("a man was slain", "3 killed": 3)
        AnalysedArticle lead = counted("lead", "Six people died in Harbourton.", "Six people died", FigureKind.KILLED, 6);
        assertEquals(6, reconcile(Reconciler.create(), died, lead).get(0).killed());
    }

    @Test
    void aYearsTollIsNoCountOfTheIncidentEvenAlone() {
        AnalysedArticle toll = counted("toll", "So far this year, 47 people have been killed in Harbourton.", "47 people have been killed", FigureKind.KILLED, 47);
        assertNull(reconcile(Reconciler.create(), toll).get(0).killed(), "a year's toll counts many incidents");
        AnalysedArticle dated = counted("dated", "In 2031, 12 people were wounded by gunfire in Harbourton.", "12 people were wounded", FigureKind.INJURED, 12);
        assertNull(reconcile(Reconciler.create(), dated).get(0).injured());
        // a lone victim beside a year is the incident's own; a count without a year stays
        AnalysedArticle lone = counted("lone", "A man was killed in Harbourton, the town's fifth homicide this year.", "A man was killed", FigureKind.KILLED, 1);
        assertEquals(1, reconcile(Reconciler.create(), lone).get(0).killed());
        AnalysedArticle two = counted("two", "Two people were killed in Harbourton on Friday.", "Two people were killed", FigureKind.KILLED, 2);
        assertEquals(2, reconcile(Reconciler.create(), two).get(0).killed());
    }

    @Test
    void theKillersDeathSaidApartFromTheCountIsOneMoreDead() {
        AnalysedArticle suspect = counted("suspect", "3 slain in Harbourton; suspect dead", "3 slain", FigureKind.KILLED, 3);
        assertEquals(4, reconcile(Reconciler.create(), suspect).get(0).killed());
        AnalysedArticle suicide = counted("suicide", "Two girls killed in Harbourton, father commits suicide", "Two girls killed", FigureKind.KILLED, 2);
        assertEquals(3, reconcile(Reconciler.create(), suicide).get(0).killed());
        AnalysedArticle self = counted("self", "Man kills two in Harbourton, then fatally shoots self", "kills two", FigureKind.KILLED, 2);
        assertEquals(3, reconcile(Reconciler.create(), self).get(0).killed());
        // a report of the victims alone agrees with it (it may leave the killer out): one count, no conflict
        AnalysedArticle two = counted("two", "Two girls were killed in Harbourton.", "Two girls were killed", FigureKind.KILLED, 2);
        Event e = reconcile(Reconciler.create(), suicide, two).get(0);
        assertEquals(FactStatus.AGREED, fact(e, "killed").status());
        // the killer's death elsewhere in a sentence that counts no dead adds nothing
        AnalysedArticle none = counted("none", "Two girls were killed in Harbourton, police said.", "Two girls were killed", FigureKind.KILLED, 2);
        assertEquals(2, reconcile(Reconciler.create(), none).get(0).killed());
    }
}
