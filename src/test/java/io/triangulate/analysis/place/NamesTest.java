package io.triangulate.analysis.place;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class NamesTest {
    @Test
    void foldsCaseAccentsPunctuationAndArabicVariants() {
        assertEquals("us", Names.normalize("U.S."));
        assertEquals("bagdad", Names.normalize("Bağdad"));
        assertEquals("wilkes barre", Names.normalize("Wilkes-Barre"));
        assertEquals("st louis", Names.normalize("St. Louis"));
        assertEquals("sao paulo", Names.normalize("São Paulo"));
        assertEquals("koln", Names.normalize("Köln"));
        assertEquals("ofallon", Names.normalize("O'Fallon"));
        assertEquals(Names.normalize("اربيل"), Names.normalize("إربيل"));
        assertEquals(Names.normalize("بغداد"), Names.normalize("بَغْدَاد"));
    }

    @Test
    void arabicProcliticsGiveTheBareName() {
        String key = Names.normalize("ببغداد");
        assertTrue(ArabicClitics.variants(key).contains(Names.normalize("بغداد")));
        assertTrue(ArabicClitics.variants(Names.normalize("والعراق")).contains(Names.normalize("العراق")));
        assertTrue(ArabicClitics.variants(Names.normalize("للعراق")).contains(Names.normalize("العراق")));
        assertEquals(List.of(), ArabicClitics.variants("baghdad"));
    }
}
