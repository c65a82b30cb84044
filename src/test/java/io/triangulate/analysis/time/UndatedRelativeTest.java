package io.triangulate.analysis.time;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Relative expressions without a reference date stay underspecified and never fail. */
class UndatedRelativeTest {
    @Test
    void relativeDayWithoutReferenceIsUnderspecified() {
        var t = TimeExtractor.create().extract("The actress checked in the next day and left yesterday.", "en", null);
        assertFalse(t.isEmpty());
        assertTrue(t.stream().allMatch(m -> m.date() == null), t::toString);
    }
}
