package io.triangulate.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TermsTest {
    private final Terms terms = Terms.create();

    @Test void englishIsStemmedWithoutStopWords() {
        assertEquals(List.of("two", "rocket", "land", "near", "embassi", "baghdad"),
                terms.terms("Two rockets landed near the embassy in Baghdad.", "en"));
    }

    @Test void frenchHandlesElisionAndStems() {
        List<String> t = terms.terms("Les obus sont tombés près de l'ambassade à Bagdad.", "fr");
        assertTrue(t.contains("ambasad"), t::toString);
        assertTrue(t.contains("bagdad"), t::toString);
        assertFalse(t.contains("les") || t.contains("de"), t::toString);
    }

    @Test void arabicIsNormalisedAndStemmed() {
        List<String> a = terms.terms("سقوط صاروخين قرب السفارة الأميركية", "ar");
        assertTrue(a.contains("سفار"), a::toString); // the article al- and the feminine ending go
        assertEquals(terms.terms("السفارة", "ar"), terms.terms("سفارة", "ar"));
    }

    @Test void germanAndSpanishToo() {
        assertTrue(terms.terms("Zwei Raketen trafen den Flughafen", "de").contains("flughaf"));
        assertTrue(terms.terms("Dos cohetes cayeron cerca del aeropuerto", "es").contains("aeropuert"));
    }

    @Test void numbersAndPunctuationAreNotTerms() {
        assertEquals(List.of("kill"), terms.terms("3 killed, 2020 — 15%", "en"));
    }

    @Test void unknownLanguageIsTokenisedAndLowerCased() {
        assertEquals(List.of("kyiv", "ni", "vybukh"), terms.terms("Kyiv: ni vybukh", "xx"));
        assertEquals(List.of("hello", "world"), terms.terms("Hello world", null));
        assertFalse(terms.supports("xx"));
        assertTrue(terms.supports("EN"));
    }

    @Test void emptyText() {
        assertTrue(terms.terms("", "en").isEmpty());
    }
}
