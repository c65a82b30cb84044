package io.triangulate.analysis.place;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Headline capitals do not make common words places; the text's language favours its countries' towns. */
class HeadlineCaseTest {
    static final PlaceExtractor X = new PlaceExtractor(Gazetteer.shared());

    @Test
    void headlineWordsWrittenInLowerCaseElsewhereAreNotPlaces() {
        var found = X.extract("Man Shot In Killeen; 2 Hurt At Bar\n\nPolice said the man was shot twice and two people were hurt at a bar.", "en");
        assertEquals(java.util.List.of("Killeen"), found.stream().map(m -> m.text()).toList());
    }

    @Test
    void languageCountriesAreKnown() {
        assertTrue(LanguageCountries.of("en").contains("US"));
        assertTrue(LanguageCountries.of("fr-FR").contains("SN"));
        assertTrue(LanguageCountries.of(null).isEmpty());
    }
}
