package io.triangulate.grouping;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class PostingsTest {
    @Test void listsAreFoundByIdAndEmptiedListsAreDropped() {
        Postings p = new Postings();
        StoryState a = new StoryState("s1", 1), b = new StoryState("s2", 2);
        assertTrue(p.isEmpty());
        assertNull(p.get(5));
        p.add(5, a);
        p.add(5, b);
        p.add(70_000, a); // beyond the initial array: it grows
        assertEquals(List.of(a, b), p.get(5));
        assertEquals(2, p.size());
        p.remove(5, a);
        assertEquals(List.of(b), p.get(5)); // the last entry takes the removed one's place
        p.remove(5, b);
        assertNull(p.get(5));
        p.remove(70_000, a);
        assertTrue(p.isEmpty());
        p.remove(9, a); // nothing there: no effect
        assertTrue(p.isEmpty());
    }

    @Test void aNegativeIdIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Postings().add(-1, new StoryState("s1", 1)));
        assertTrue(e.getMessage().contains("-1"));
    }

    @Test void theTopCandidatesAreThoseOfAFullStableSort() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            Map<String, double[]> acc = new LinkedHashMap<>();
            int n = 1 + r.nextInt(400);
            for (int i = 0; i < n; i++) acc.put("s" + i, new double[]{r.nextInt(20) / 4.0}); // many ties
            List<Map.Entry<String, double[]>> full = new ArrayList<>(acc.entrySet());
            full.sort((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]));
            List<Map.Entry<String, double[]>> expected = full.subList(0, Math.min(30, full.size()));
            assertEquals(expected, Grouper.top(acc, 30));
        }
    }
}
