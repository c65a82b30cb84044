package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class GrouperTest {
    static final String[] MULTI = {"marseille-en", "marseille-fr", "valencia-en", "valencia-es", "cologne-en", "cologne-de",
            "torre-en", "torre-it", "rotterdam-en", "rotterdam-nl", "taji-en", "taji-ar", "asad-ar"};

    private static Map<String, String> group(Grouper g, List<AnalysedArticle> arts) {
        Map<String, String> out = new HashMap<>();
        for (AnalysedArticle a : arts) out.put(a.id(), g.add(a));
        for (AnalysedArticle a : arts) out.put(a.id(), g.storyOf(a.id()));
        return out;
    }

    @Test void reportsInOtherLanguagesJoinTheEnglishStory() {
        // text only (no extraction): names, ages and numbers carry the match across languages
        String[] sameEvents = java.util.Arrays.stream(MULTI).filter(n -> !n.equals("asad-ar")).toArray(String[]::new);
        Map<String, String> s = group(Grouper.builder().build(), Fixtures.load("multilingual", sameEvents));
        for (String[] pair : new String[][]{{"marseille-en", "marseille-fr"}, {"valencia-en", "valencia-es"},
                {"cologne-en", "cologne-de"}, {"torre-en", "torre-it"}, {"rotterdam-en", "rotterdam-nl"},
                {"taji-en", "taji-ar"}})
            assertEquals(s.get(pair[0]), s.get(pair[1]), pair[1] + " should join " + pair[0] + ": " + s);
        assertEquals(6, s.values().stream().distinct().count(), "one story per event: " + s);
    }

    @Test void shootingsInOneCityOnOneDayAreToldApart() {
        Map<String, String> s = group(Grouper.builder().build(),
                Fixtures.load("samecity", "chicago-1", "chicago-3", "chicago-2", "chicago-4"));
        assertEquals(s.get("chicago-1"), s.get("chicago-2"), s.toString());
        assertEquals(s.get("chicago-3"), s.get("chicago-4"), s.toString());
        assertNotEquals(s.get("chicago-1"), s.get("chicago-3"), s.toString());
    }

    @Test void storyIdsAreSequentialAndClustersInFirstSeenOrder() {
        Grouper g = Grouper.builder().build();
        List<AnalysedArticle> arts = Fixtures.load("samecity", "chicago-1", "chicago-3", "chicago-2", "chicago-4");
        assertEquals("s1", g.add(arts.get(0)));
        assertEquals("s2", g.add(arts.get(1)));
        List<Grouper.Cluster> cs = g.clusters();
        assertEquals(List.of("s1", "s2"), cs.stream().map(Grouper.Cluster::id).toList());
        assertEquals(List.of(arts.get(0).id()), cs.get(0).articles());
        assertThrows(IllegalArgumentException.class, () -> g.add(arts.get(0)));
        assertNull(g.storyOf("unknown"));
    }
}
