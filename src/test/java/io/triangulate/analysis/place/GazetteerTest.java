package io.triangulate.analysis.place;

import io.triangulate.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class GazetteerTest {
    static Gazetteer g;

    @BeforeAll
    static void load() {
        g = Gazetteer.shared();
    }

    @Test
    void oneCityInEveryScript() {
        for (String name : List.of("Baghdad", "Bagdad", "بغداد", "Багдад", "BAGHDAD", "Bağdat")) {
            List<Place> c = g.candidates(name);
            assertFalse(c.isEmpty(), name);
            assertTrue(c.stream().anyMatch(p -> p.geonamesId() == 98182), name + " → " + c);
        }
    }

    @Test
    void arabicProcliticsAreTakenOff() {
        assertTrue(g.candidates("ببغداد").stream().anyMatch(p -> p.geonamesId() == 98182));
        assertTrue(g.candidates("والعراق").stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY && p.country().equals("IQ")));
    }

    @Test
    void countriesAndDivisionsArePlaces() {
        Place iq = g.country("IQ").orElseThrow();
        assertEquals(Place.Kind.COUNTRY, iq.kind());
        assertTrue(iq.distanceKm(33.0, 44.0) < 300, iq.toString());
        Place us = g.country("us").orElseThrow();
        assertTrue(us.distanceKm(39.76, -98.5) < 500, us.toString());
        Place texas = g.candidates("Texas").stream().filter(p -> p.kind() == Place.Kind.ADMIN1).findFirst().orElseThrow();
        assertEquals("US", texas.country());
        assertTrue(texas.distanceKm(31.25, -99.25) < 161, texas.toString());
        assertTrue(g.candidates("Irak").contains(iq));
        assertTrue(g.candidates("العراق").contains(iq));
        assertEquals(iq, g.byId(iq.geonamesId()).orElseThrow());
    }

    @Test
    void citiesKnowTheirDivision() {
        Place springfieldIl = g.candidates("Springfield").stream().filter(p -> "Illinois".equals(p.admin1())).findFirst().orElseThrow();
        assertEquals("US", springfieldIl.country());
        assertTrue(g.candidates("Springfield").size() > 5);
    }
}
