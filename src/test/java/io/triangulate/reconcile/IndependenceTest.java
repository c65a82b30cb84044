package io.triangulate.reconcile;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Attribution;
import io.triangulate.model.Event;
import io.triangulate.model.EventMention;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Modality;
import io.triangulate.store.EventExport;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static io.triangulate.reconcile.ReconcilerTest.DAY;
import static io.triangulate.reconcile.ReconcilerTest.Fixture;
import static io.triangulate.reconcile.ReconcilerTest.HARBOURTON;
import static io.triangulate.reconcile.ReconcilerTest.OWN;
import static io.triangulate.reconcile.ReconcilerTest.count;
import static io.triangulate.reconcile.ReconcilerTest.fact;
import static io.triangulate.reconcile.ReconcilerTest.reconcile;
import static io.triangulate.reconcile.ReconcilerTest.weapon;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Independence of sources, claims and revisions, on fixtures. */
class IndependenceTest {
    static final String WIRE = "HARBOURTON (Reuters) - Three people were killed when gunmen opened fire on a market in Harbourton on Saturday morning, local officials said.";

    static AnalysedArticle killed(String id, String sentence, Attribution who, int n) {
        return new Fixture(id, DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON, sentence, who,
                count(sentence.contains("Three") ? "Three" : sentence.contains("Four") ? "Four" : String.valueOf(n), FigureKind.KILLED, n, n)).build();
    }

    @Test
    void copiesOfOneWireStoryCountOnce() {
        String own = "Three people died after shots were fired at the Harbourton market, witnesses told our reporter.";
        AnalysedArticle a = killed("a", WIRE, OWN, 3);
        AnalysedArticle b = killed("b", WIRE, OWN, 3); // the same wire text carried by another outlet
        AnalysedArticle c = killed("c", own, OWN, 3);
        FactValue v = fact(reconcile(Reconciler.create(), a, b, c).get(0), "killed").values().get(0);
        assertEquals(List.of("a", "b", "c"), v.articles(), "every carrier is listed");
        assertEquals(List.of("Reuters", "outlet-c"), v.sources(), "the two copies are one source: the wire named in the dateline");
        assertEquals(0.75, v.confidence(), 1e-9, "two independent sources");
    }

    @Test
    void nearDuplicatesAreDetectedByShingles() {
        var x = Independence.shingles(WIRE);
        var y = Independence.shingles(WIRE.replace("Saturday morning", "Saturday"));
        var z = Independence.shingles("Police in Harbourton arrested two men on Sunday after a fight outside a bar near the station.");
        assertTrue(Independence.copies(x, y), "a lightly edited copy");
        assertFalse(Independence.copies(x, z), "another story");
        assertEquals("Reuters", Independence.wireCredit(WIRE));
        assertEquals("Associated Press", Independence.wireCredit("MILLBRIDGE, Westshire (AP) — A man was shot."));
        assertEquals(null, Independence.wireCredit("A man was shot in Millbridge (Westshire) on Friday."));
    }

    @Test
    void aCitedOutletIsTheOriginalSourceAndTheCarrierIsKeptApart() {
        Attribution reuters = new Attribution("Reuters", null, Modality.REPORTED);
        AnalysedArticle a = killed("a", "Four people were killed in Harbourton, Reuters reported.", reuters, 4);
        AnalysedArticle b = killed("b", "Four were killed in Harbourton, according to reuters.com.",
                new Attribution("reuters.com", null, Modality.REPORTED), 4);
        FactValue v = fact(reconcile(Reconciler.create(), a, b).get(0), "killed").values().get(0);
        assertEquals(List.of("Reuters"), v.sources(), "two outlets citing Reuters are one source");
        assertEquals(0.5, v.confidence(), 1e-9);
        assertEquals("Reuters", v.evidence().get(0).attribution().speaker());
        assertEquals("outlet-a", v.evidence().get(0).attribution().via(), "the outlet that carried it");
        assertEquals(Modality.REPORTED, v.evidence().get(0).attribution().modality());
        assertEquals(Independence.key("Reuters"), Independence.key("www.reuters.com"));
        assertEquals(Independence.key("Associated Press"), Independence.key("the Associated Press"));
    }

    @Test
    void speculationNeverReachesAFact() {
        AnalysedArticle a = new Fixture("a", DAY)
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Rockets hit Harbourton.", OWN, weapon("Rockets", 2, "rocket"))
                .mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Dozens may have been killed in Harbourton.",
                        new Attribution(null, null, Modality.SPECULATED), count("Dozens", FigureKind.KILLED, 24, null))
                .build();
        for (Event e : reconcile(Reconciler.create(), a)) {
            assertTrue(e.facts().stream().noneMatch(f -> f.field().equals("killed")), "no killed fact from speculation: " + e);
            assertEquals(null, e.killed());
        }
    }

    @Test
    void aGrowingTollIsAnUpdateAndTheLatestWins() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One person was injured in Harbourton.", OWN, count("One", FigureKind.INJURED, 1, 1)).build();
        AnalysedArticle b = new Fixture("b", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Two people were injured in Harbourton.", OWN, count("Two", FigureKind.INJURED, 2, 2)).build();
        Event e = reconcile(Reconciler.create(), b, a).get(0);
        assertEquals(FactStatus.UPDATED, fact(e, "injured").status());
        assertEquals(2, e.injured());
        assertEquals("2", fact(e, "injured").values().get(0).value(), "the reconciled value first");
        Event c = reconcile(Reconciler.builder().policy(Policy.CONSERVATIVE).build(), a, b).get(0);
        assertEquals(1, c.injured(), "ACLED's conservative option keeps the lowest");
    }

    @Test
    void woundedWhoDiedMakeAnUpdateNotAConflict() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Nobody was killed and two people were injured in Harbourton.", OWN,
                count("Nobody", FigureKind.KILLED, 0, 0), count("two", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle b = new Fixture("b", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "One of the two wounded died in hospital; one remains injured in Harbourton.", OWN,
                count("One of the two wounded died", FigureKind.KILLED, 1, 1), count("one remains injured", FigureKind.INJURED, 1, 1)).build();
        Event e = reconcile(Reconciler.create(), a, b).get(0);
        assertEquals(FactStatus.UPDATED, fact(e, "injured").status(), "" + fact(e, "injured"));
        assertEquals(1, e.injured());
        assertEquals(1, e.killed());
        AnalysedArticle c = new Fixture("c", DAY.plusDays(1)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Nobody was killed and one person was injured in Harbourton.", OWN,
                count("Nobody", FigureKind.KILLED, 0, 0), count("one person", FigureKind.INJURED, 1, 1)).build();
        assertEquals(FactStatus.CONFLICT, fact(reconcile(Reconciler.create(), a, c).get(0), "injured").status(),
                "fewer injured and no more dead is a contradiction");
    }

    @Test
    void aLoneLaterFigureThatMultipliesTheTollIsNoRevision() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Seven people were wounded in Harbourton.", OWN, count("Seven", FigureKind.INJURED, 7, 7)).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Seven were wounded at a Harbourton club.", OWN, count("Seven", FigureKind.INJURED, 7, 7)).build();
        AnalysedArticle c = new Fixture("c", DAY.plusDays(3)).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "In Harbourton 46 people were wounded.", OWN, count("46", FigureKind.INJURED, 46, 46)).build();
        Event e = reconcile(Reconciler.create(), a, b, c).get(0);
        assertEquals(FactStatus.CONFLICT, fact(e, "injured").status());
        assertEquals(7, e.injured(), "the better-sourced value");
    }

    @Test
    void oneWriterGivesCsvAndGeoJsonForAListOfEvents() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two rockets hit Harbourton.", OWN, weapon("Two rockets", 2, "rocket")).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON, "Two mortar shells hit Harbourton.", OWN, weapon("Two mortar shells", 2, "mortar shell")).build();
        List<Event> events = reconcile(Reconciler.create(), a, b);
        StringWriter csv = new StringWriter();
        assertEquals(1, EventExport.write(events, Map.of("a", "Outlet A", "b", "Outlet B"), EventExport.Format.CSV, csv));
        String[] lines = csv.toString().split("\r\n");
        assertTrue(lines[0].startsWith("event_id,date,type"), lines[0]);
        assertTrue(lines[1].contains("Harbourton") && lines[1].contains("Outlet A; Outlet B"), lines[1]);
        assertTrue(lines[1].contains("weapon: 2 rocket [a] vs 2 mortar shell [b]"), "open conflict in notes: " + lines[1]);
        StringWriter geo = new StringWriter();
        EventExport.write(events, Map.of(), EventExport.Format.GEOJSON, geo);
        assertTrue(geo.toString().contains("\"coordinates\":[-1.0,51.0]"), geo.toString());
        assertTrue(geo.toString().contains("\"conflicts\":[\"weapon\"]"), geo.toString());
    }

    @Test
    void distancesInMilesAndKilometresAgreeWhenTheyOverlap() {
        var miles = Distances.in("The base is located about 50 miles north of Harbourton.");
        var km = Distances.in("At the same time, less than a hundred kilometres further north, rockets hit the base.");
        var south = Distances.in("Rockets hit a base 80 km south of Harbourton.");
        var far = Distances.in("Rockets hit a town more than 200 kilometers north of Harbourton.");
        assertEquals("north", miles.direction());
        assertEquals(80.5, (miles.minKm() + miles.maxKm()) / 2, 0.5);
        assertTrue(Distances.compatible(miles, km), "50 miles (≈80 km) is less than a hundred kilometres");
        assertFalse(Distances.compatible(km, south), "north is not south");
        assertFalse(Distances.compatible(miles, far), "80 km is not more than 200");
        assertEquals(null, Distances.in("Three people were killed in Harbourton."));

        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Rockets hit a base in Harbourton, about 50 miles north of the capital.", OWN).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "Less than a hundred kilometres further north, rockets hit Harbourton.", OWN).build();
        assertEquals(FactStatus.AGREED, fact(reconcile(Reconciler.create(), a, b).get(0), "distance").status());
    }

    @Test
    void anAreaAndTheFacilityInItAgreeWhenASourceRelatesThem() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A rocket landed in the Old Quarter of Harbourton, near the town hall.", OWN).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A rocket struck close to the Harbourton town hall.", OWN).build();
        AnalysedArticle c = new Fixture("c", DAY).mention(EventMention.Role.MAIN, DAY, HARBOURTON,
                "A rocket hit the Harbourton ferry terminal.", OWN).build();
        List<Event> ab = reconcile(Reconciler.create(), withTarget(a, "Old Quarter"), withTarget(b, "town hall"));
        assertEquals(FactStatus.AGREED, fact(ab.get(0), "target").status(), "the town hall is in the Old Quarter, says a");
        List<Event> bc = reconcile(Reconciler.create(), withTarget(b, "town hall"), withTarget(c, "ferry terminal"));
        assertEquals(FactStatus.CONFLICT, fact(bc.get(0), "target").status(), "nothing relates the two");
    }

    private static AnalysedArticle withTarget(AnalysedArticle a, String target) {
        EventMention m = a.events().get(0);
        EventMention t = new EventMention(m.article(), m.index(), m.role(), m.type(), m.date(), m.dateText(), m.location(),
                m.figures(), m.actors(), List.of(target), m.sentences());
        return new AnalysedArticle(a.article(), a.text(), a.language(), a.published(), a.publishedInferred(), a.sentences(),
                a.places(), a.times(), a.figures(), a.type(), List.of(t));
    }
}
