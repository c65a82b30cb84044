package io.triangulate.grouping;

import io.triangulate.Triangulate;
import io.triangulate.model.AnalysedArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Grouping on fully analysed fixtures (places resolved, dates normalised, figures read) across languages. */
class AnalysedGroupingTest {
    private static Triangulate t;

    @BeforeAll static void analyser() { t = Triangulate.create(); }

    private static Map<String, String> group(String dir, String... names) {
        List<AnalysedArticle> arts = new ArrayList<>();
        for (String n : names) arts.add(t.analyse(Fixtures.article(dir, n)));
        arts.sort(Comparator.comparing(AnalysedArticle::published));
        Grouper g = Grouper.builder().build();
        for (AnalysedArticle a : arts) g.add(a);
        Map<String, String> out = new HashMap<>();
        for (AnalysedArticle a : arts) out.put(a.id(), g.storyOf(a.id()));
        return out;
    }

    @Test void eachLanguageJoinsTheEnglishStoryOfItsEvent() {
        Map<String, String> s = group("multilingual", GrouperTest.MULTI);
        for (String[] pair : new String[][]{{"marseille-en", "marseille-fr"}, {"valencia-en", "valencia-es"},
                {"cologne-en", "cologne-de"}, {"torre-en", "torre-it"}, {"rotterdam-en", "rotterdam-nl"},
                {"taji-en", "taji-ar"}})
            assertEquals(s.get(pair[0]), s.get(pair[1]), pair[1] + " should join " + pair[0] + ": " + s);
        assertNotEquals(s.get("taji-en"), s.get("asad-ar"), "two missile attacks in Iraq a week apart: " + s);
        assertEquals(7, s.values().stream().distinct().count(), "one story per event: " + s);
    }

    @Test void similarEventsInTwoLanguagesStayApart() {
        // both are missile attacks on bases in Iraq after Soleimani's killing, a week apart, at different bases
        Map<String, String> s = group("multilingual", "asad-ar", "taji-en");
        assertNotEquals(s.get("asad-ar"), s.get("taji-en"), s.toString());
    }

    @Test void shootingsInOneCityOnOneDayAreToldApart() {
        Map<String, String> s = group("samecity", "chicago-1", "chicago-3", "chicago-2", "chicago-4");
        assertEquals(s.get("chicago-1"), s.get("chicago-2"), s.toString());
        assertEquals(s.get("chicago-3"), s.get("chicago-4"), s.toString());
        assertNotEquals(s.get("chicago-1"), s.get("chicago-3"), s.toString());
    }
}
