package io.triangulate.analysis.place;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A four-letter dateline town and a town named by its police are places; a four-letter acronym is not; a name that
 * is both a region and a town in it does not vouch for its own reading.
 */
class DatelineAndBodiesTest {
    static final PlaceExtractor X = new PlaceExtractor(Gazetteer.shared());

    private static List<String> names(String text) {
        return X.extract(text, "en").stream().filter(m -> !m.demonym()).map(m -> m.place().name()).toList();
    }

    @Test
    void aFourLetterDatelineIsATown() {
        assertEquals(List.of("Lodi"), names("LODI -- A girl was taken to a hospital after a shot was fired near a home."));
    }

    @Test
    void aFourLetterAcronymInTheTextIsNot() {
        assertTrue(names("Engineers at the agency said NASA would wait.").isEmpty());
    }

    @Test
    void theTownsPoliceNameTheTown() {
        assertEquals(List.of("Albany"), names("The Albany Police Department responded to a call on a quiet street."));
    }

    @Test
    void aNameDoesNotVouchForItsOwnRegion() {
        var m = X.extract("A man was shot in St. Louis on Friday night.", "en");
        assertEquals(1, m.size());
        assertEquals("US", m.get(0).place().country());
        assertEquals("Missouri", m.get(0).place().admin1());
    }

    @Test
    void repeatingTheNameDoesNotVouchForItEither() {
        var m = X.extract("ST. LOUIS (AP) - A girl was grazed by a bullet late Friday. St. Louis police said she was recovering.", "en");
        assertFalse(m.isEmpty());
        assertTrue(m.stream().allMatch(x -> x.place().country().equals("US")));
    }
}
