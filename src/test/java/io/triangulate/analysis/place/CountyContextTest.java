package io.triangulate.analysis.place;

import io.triangulate.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A possessive county name is the county; a county named with "County" tells the article's state. */
class CountyContextTest {
    static final PlaceExtractor X = new PlaceExtractor(Gazetteer.shared());

    @Test
    void aPossessiveBeforeCountyIsTheCountysName() {
        List<PlaceMention> m = X.extract("Officers in Prince George's County found a man wounded on a sidewalk.", "en");
        assertEquals(1, m.size());
        assertEquals("Prince George's County", m.get(0).text());
        assertEquals("Maryland", m.get(0).place().admin1());
    }

    @Test
    void aCountyWithItsDivisionWordPicksTheStateOfAnAmbiguousTown() {
        List<PlaceMention> m = X.extract("A boy from Mt. Pleasant was hurt. He was taken to a hospital in Westmoreland County "
                + "after the shooting.", "en");
        PlaceMention town = m.stream().filter(x -> x.text().equals("Mt. Pleasant")).findFirst().orElseThrow();
        assertEquals("Pennsylvania", town.place().admin1());
    }
}
