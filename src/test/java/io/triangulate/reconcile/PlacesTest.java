package io.triangulate.reconcile;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Event;
import io.triangulate.model.EventMention;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Place;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.triangulate.reconcile.ReconcilerTest.DAY;
import static io.triangulate.reconcile.ReconcilerTest.Fixture;
import static io.triangulate.reconcile.ReconcilerTest.OWN;
import static io.triangulate.reconcile.ReconcilerTest.count;
import static io.triangulate.reconcile.ReconcilerTest.fact;
import static io.triangulate.reconcile.ReconcilerTest.reconcile;
import static org.junit.jupiter.api.Assertions.*;

class PlacesTest {
    static final Place LAND = new Place(100, "Freeland", "FL", null, 50.0, 10.0, 9_000_000, Place.Kind.COUNTRY);
    static final Place OTHER_LAND = new Place(200, "Otherland", "OL", null, 40.0, 20.0, 9_000_000, Place.Kind.COUNTRY);
    static final Place SHIRE = new Place(101, "Northshire", "FL", "Northshire", 50.5, 10.0, 800_000, Place.Kind.ADMIN1);
    static final Place SOUTH = new Place(102, "Southshire", "FL", "Southshire", 49.0, 10.0, 800_000, Place.Kind.ADMIN1);
    static final Place TOWN = new Place(1, "Oakford", "FL", "Northshire", 50.50, 10.00, 60_000, Place.Kind.CITY);
    static final Place SUBURB = new Place(2, "Elmside", "FL", "Northshire", 50.60, 10.00, 8_000, Place.Kind.CITY);  // ~11 km north
    static final Place FAR = new Place(3, "Ashwick", "FL", "Northshire", 51.20, 10.00, 20_000, Place.Kind.CITY);   // ~78 km north
    static final Place COUNTY = new Place(-7, "Oak County", "FL", "Northshire", 50.60, 10.10, 200_000, Place.Kind.CITY); // ~13 km off, synthetic id
    static final Place ABROAD = new Place(4, "Oakford", "OL", "Westmark", 40.0, 20.0, 30_000, Place.Kind.CITY);

    @Test
    void aPlaceAgreesWithWhatContainsIt() {
        assertTrue(Places.agree(TOWN, TOWN));
        assertTrue(Places.agree(TOWN, SHIRE), "a town and its state");
        assertTrue(Places.agree(SHIRE, TOWN));
        assertTrue(Places.agree(TOWN, LAND), "a town and its country");
        assertTrue(Places.agree(SHIRE, LAND));
        assertFalse(Places.agree(TOWN, SOUTH), "a town and another state");
        assertFalse(Places.agree(SHIRE, SOUTH));
        assertFalse(Places.agree(TOWN, OTHER_LAND), "never a town with another country");
        assertFalse(Places.agree(ABROAD, LAND));
        assertFalse(Places.agree(TOWN, null));
    }

    @Test
    void nearbyTownsAgreeAndFarOnesDoNot() {
        assertTrue(Places.agree(TOWN, SUBURB), "a city and its suburb");
        assertFalse(Places.agree(TOWN, FAR), "two towns far apart");
        assertFalse(Places.agree(TOWN, ABROAD), "one name in two countries is no geographic agreement");
    }

    @Test
    void aTownAgreesWithACountyOfItsStateNearby() {
        assertTrue(Places.division(COUNTY));
        assertFalse(Places.division(TOWN));
        assertTrue(Places.agree(TOWN, COUNTY), "a town in its county");
        assertTrue(Places.agree(new Place(5, "Birchley", "FL", "Northshire", 50.95, 10.10, 5_000, Place.Kind.CITY), COUNTY), "a county's centre lies farther from its towns than a suburb from its city");
        assertFalse(Places.agree(FAR, SOUTH));
        assertTrue(Places.rank(TOWN) < Places.rank(COUNTY) && Places.rank(COUNTY) < Places.rank(SHIRE));
    }

    @Test
    void aTownWinsOverItsCounty() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, COUNTY,
                "Two people were wounded in Oak County.", OWN, count("Two people were wounded", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, TOWN,
                "Two hurt in Oakford shooting.", OWN, count("Two hurt", FigureKind.INJURED, 2, 2)).build();
        Event e = reconcile(Reconciler.create(), a, b).get(0);
        assertEquals(FactStatus.AGREED, fact(e, "location").status());
        assertEquals("Oakford", e.location().name(), "the longer name of a county is not the more specific place");
    }

    @Test
    void theMostSpecificBestSupportedPlaceComesFirst() {
        Map<String, Place> placeOf = Map.of("101", SHIRE, "1", TOWN, "2", SUBURB, "100", LAND);
        List<Claim> claims = List.of(claim("100", "x", 0), claim("101", "a", 1), claim("101", "b", 2),
                claim("2", "c", 3), claim("1", "d", 4), claim("1", "e", 5));
        List<String> keys = Places.specificFirst(claims, placeOf).stream().map(Claim::key).toList();
        assertEquals(List.of("1", "1", "2", "101", "101", "100"), keys, "towns first, the better-sourced town before the other");
    }

    @Test
    void aTownAndItsStateAreOneAgreedLocationAndTheTownIsTheValue() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, SHIRE,
                "Two people were wounded in Northshire.", OWN, count("Two people were wounded", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, SHIRE,
                "Two hurt in Northshire shooting.", OWN, count("Two hurt", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle c = new Fixture("c", DAY).mention(EventMention.Role.MAIN, DAY, TOWN,
                "Two people were wounded in Oakford.", OWN, count("Two people were wounded", FigureKind.INJURED, 2, 2)).build();
        List<Event> events = reconcile(Reconciler.create(), a, b, c);
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals(FactStatus.AGREED, fact(e, "location").status(), "the state's reports corroborate the town");
        assertEquals("Oakford", e.location().name());
        assertEquals(3, fact(e, "location").values().get(0).articles().size());
    }

    @Test
    void aSuburbAgreesWithItsCityAndTheBetterSupportedIsTheValue() {
        AnalysedArticle a = new Fixture("a", DAY).mention(EventMention.Role.MAIN, DAY, SUBURB,
                "Two people were wounded in Elmside.", OWN, count("Two people were wounded", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle b = new Fixture("b", DAY).mention(EventMention.Role.MAIN, DAY, TOWN,
                "Two hurt in Oakford shooting.", OWN, count("Two hurt", FigureKind.INJURED, 2, 2)).build();
        AnalysedArticle c = new Fixture("c", DAY).mention(EventMention.Role.MAIN, DAY, TOWN,
                "Two people were wounded in Oakford.", OWN, count("Two people were wounded", FigureKind.INJURED, 2, 2)).build();
        Event e = reconcile(Reconciler.create(), a, b, c).get(0);
        assertEquals(FactStatus.AGREED, fact(e, "location").status());
        assertEquals("Oakford", e.location().name());
    }

    private static Claim claim(String key, String source, int order) {
        return new Claim(key, key, null, null, null, "art" + order, DAY, order, source, source, null);
    }
}
