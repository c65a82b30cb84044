package io.triangulate.analysis.place;

import io.triangulate.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A possessive county name is the county; a county named with "County" tells the article's state; a surname after an age is a person's. */
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

    @Test
    void aNameBeforeCoIsTheCounty() {
        List<PlaceMention> m = X.extract("A 6-year-old Beaufort Co. girl died after a shooting in North Carolina.", "en");
        PlaceMention c = m.stream().filter(x -> x.text().startsWith("Beaufort")).findFirst().orElseThrow();
        assertTrue(c.place().name().endsWith("County"), c.place().name());
        assertEquals("North Carolina", c.place().admin1());
    }

    @Test
    void aSurnameAfterAnAgeIsAPersonButATownRightAfterItIsNot() {
        assertTrue(X.extract("Police in Tennessee said 18-year-old Jamal Gray was hurt. Gray is recovering.", "en").stream()
                .noneMatch(m -> m.text().equals("Gray")));
        assertTrue(X.extract("A 25-year-old Akron man was shot on Friday.", "en").stream()
                .anyMatch(m -> m.text().equals("Akron")));
    }

    @Test
    void missAfterACommaIsTheStateAndSettlesTheNameThroughout() {
        List<PlaceMention> m = X.extract("Shooting in Pike County\n\nPIKE COUNTY, Miss. -- Deputies of the Pike County "
                + "Sheriff's Department said a man was shot.", "en");
        assertTrue(m.stream().anyMatch(x -> x.text().equals("Miss.") && x.place().name().equals("Mississippi")));
        m.stream().filter(x -> x.text().equalsIgnoreCase("Pike County"))
                .forEach(x -> assertEquals("Mississippi", x.place().admin1(), x.text()));
    }

    @Test
    void aBarePossessiveIsTheCountyTheArticleNames() {
        List<PlaceMention> m = X.extract("Prince George's mourns a firefighter\n\nHe was shot in Prince George's County "
                + "on Friday.", "en");
        assertEquals(2, m.size());
        m.forEach(x -> assertEquals("Prince George's County", x.place().name(), x.text()));
    }
}
