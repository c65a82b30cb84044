package io.triangulate.analysis.figures;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class NumberWordsTest {
    @ParameterizedTest(name = "{1}:{0} = {2}")
    @CsvSource({
            "two, en, 2", "thirteen, en, 13", "twenty-five, en, 25", "1000, en, 1000", "'1,000', en, 1000",
            "deux, fr, 2", "treize, fr, 13", "vingt-deux, fr, 22", "quatre-vingt-dix, fr, 90", "soixante-et-onze, fr, 71",
            "dos, es, 2", "veintidós, es, 22", "trece, es, 13",
            "zwei, de, 2", "dreizehn, de, 13", "einundzwanzig, de, 21", "zweihundertfünfzig, de, 250",
            "due, it, 2", "tredici, it, 13", "ventitré, it, 23", "ventuno, it, 21",
            "twee, nl, 2", "dertien, nl, 13", "eenentwintig, nl, 21",
            "اثنين, ar, 2", "ثلاثة, ar, 3", "عشرين, ar, 20", "خمسة, ar, 5"
    })
    void parsesTokens(String token, String lang, int value) {
        assertEquals(Optional.of(value), NumberWords.parse(token, lang));
    }

    @ParameterizedTest(name = "{1}:{0} = {2}")
    @CsvSource({
            "one hundred and five, en, 105", "two thousand three hundred, en, 2300", "twenty five, en, 25",
            "vingt et un, fr, 21", "treinta y dos, es, 32", "خمسة وعشرون, ar, 25", "deux cent cinquante, fr, 250"
    })
    void parsesPhrases(String phrase, String lang, int value) {
        assertEquals(Optional.of(value), NumberWords.parsePhrase(phrase, lang));
    }

    @Test void rejectsNonNumbers() {
        assertTrue(NumberWords.parse("rocket", "en").isEmpty());
        assertTrue(NumberWords.parse("first", "en").isEmpty());
        assertTrue(NumberWords.parse("3rd", "en").isEmpty());
        assertTrue(NumberWords.parse("", "en").isEmpty());
        assertTrue(NumberWords.parse(null, "en").isEmpty());
        assertTrue(NumberWords.parsePhrase("two rockets", "en").isEmpty());
    }
}
