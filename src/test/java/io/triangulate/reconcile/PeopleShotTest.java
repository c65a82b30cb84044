package io.triangulate.reconcile;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class PeopleShotTest {
    static final LocalDate DAY = LocalDate.of(2024, 3, 9);

    static Claim count(String article, int order, int value) {
        return new Claim(String.valueOf(value), String.valueOf(value), null, value, value, article, DAY, order, article, article, null);
    }

    @Test
    void shotAreTheDeadAndTheWoundedTogether() {
        assertEquals(3, PeopleShot.wounded(4, 1));
        assertEquals(0, PeopleShot.wounded(1, 2), "never below none");
        assertEquals(5, PeopleShot.hit(1, 4));
    }

    @Test
    void aCountOfPeopleShotLosesTheDeadOtherReportsCount() {
        Claim shot = count("a", 0, 3), stated = count("b", 1, 3);
        Set<Claim> shotCounts = Collections.newSetFromMap(new IdentityHashMap<>());
        shotCounts.add(shot);
        List<Claim> out = PeopleShot.lessTheDead(List.of(shot, stated), shotCounts, 1);
        assertEquals(2, out.get(0).min(), "three shot, one of them dead: two wounded");
        assertEquals("2", out.get(0).key());
        assertSame(stated, out.get(1), "a stated injured count stays");
        assertTrue(shotCounts.contains(out.get(0)), "still a count of people shot");
    }

    @Test
    void anInjuredCountThatIsAnotherReportsPeopleShotLosesTheDead() {
        // "Four shot, one killed" gives 3 injured derived from 4 shot; elsewhere "one killed, four injured"
        Claim derived = count("a", 0, 3), stated = count("b", 1, 4);
        Map<Claim, Integer> shotTotals = new IdentityHashMap<>();
        shotTotals.put(derived, 4);
        List<Claim> out = PeopleShot.shotCalledInjured(List.of(derived, stated), shotTotals, Map.of(), 1);
        assertEquals(3, out.get(1).min());
        // not when the report itself counts five shot beside its four injured
        Map<Claim, Set<Integer>> own = new IdentityHashMap<>();
        own.put(stated, Set.of(5));
        assertEquals(4, PeopleShot.shotCalledInjured(List.of(derived, stated), shotTotals, own, 1).get(1).min());
    }
}
