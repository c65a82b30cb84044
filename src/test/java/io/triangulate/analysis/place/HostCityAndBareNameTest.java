package io.triangulate.analysis.place;

import io.triangulate.model.Place;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A metropolis named "… City" in an outlet's host, a bare name written with its state, "police in X said", on fixtures of our own. */
class HostCityAndBareNameTest {
    private static Place town(String name, String admin1) {
        return Gazetteer.shared().candidates(name).stream()
                .filter(p -> p.kind() == Place.Kind.CITY && admin1.equals(p.admin1())).findFirst().orElseThrow();
    }

    @Test
    void aHostMayNameAMetropolisWithoutItsCityWord() {
        Gazetteer g = Gazetteer.shared();
        assertEquals("New York City", HomeRegions.townOfSource(g, "www.nbcnewyork.example", "US", "US.NY").name());
        assertEquals("New York City", HomeRegions.townOfSource(g, "newyork.tvstation.example", null, null).name());
        // the whole name still names it
        assertEquals("New York City", HomeRegions.townOfSource(g, "www.newyorkcitynews.example", "US", "US.NY").name());
    }

    @Test
    void aBareNameWrittenWithItsStateIsTheTownNotTheCountyNearTheOutlet() {
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        PlaceExtractor.Options home = PlaceExtractor.Options.home("US", "US.IN").withTown(town("Indianapolis", "Indiana"));
        var m = x.extract("MARION, Ind. — A man was found dead in a wooded area on Friday, police said.", "en", home);
        assertEquals("Marion", m.get(0).place().name());
        assertEquals("Indiana", m.get(0).place().admin1());
        // written as a county, it stays the county
        var c = x.extract("MARION COUNTY, Ind. — A man was found dead in a wooded area on Friday, police said.", "en", home);
        assertEquals("Marion County", c.get(0).place().name());
    }

    @Test
    void aTownAfterInBeforeASpeechVerbIsNoPerson() {
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        var m = x.extract("Police in Crossville said a boy was hurt. Officers in Crossville said he was stable.", "en");
        assertFalse(m.isEmpty());
        assertEquals("Crossville", m.get(0).place().name());
        // a name alone before the verb is still a person
        assertTrue(x.extract("Crossville said the boy was hurt.", "en").isEmpty());
    }
}
