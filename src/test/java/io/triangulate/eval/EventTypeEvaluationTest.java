package io.triangulate.eval;

import io.triangulate.model.EventType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The F1 arithmetic on a hand-made list, and a run on ../shared/data when it is there. */
class EventTypeEvaluationTest {
    static EventTypeEvaluation.Item item(EventType gold, EventType predicted) {
        return new EventTypeEvaluation.Item("x", "", gold, predicted, false);
    }

    @Test void f1Arithmetic() {
        // gold A A B, predicted A B B: A p=1 r=.5 f=.667; B p=.5 r=1 f=.667
        var s = EventTypeEvaluation.Scores.of(List.of(
                item(EventType.ARREST, EventType.ARREST), item(EventType.ARREST, EventType.ATTACK),
                item(EventType.ATTACK, EventType.ATTACK)));
        assertEquals(2 / 3.0, s.microF1, 1e-9);
        assertEquals(2 / 3.0, s.macroF1, 1e-9);
        assertEquals(2 / 3.0, s.weightedF1, 1e-9);
        assertTrue(s.perType().stream().anyMatch(l -> l.startsWith("ARREST:") && l.contains("missed as ATTACK×1")));
    }

    @Test void onSharedData() throws Exception {
        String env = System.getenv("TRIANGULATE_DATA");
        Path data = Path.of(env != null ? env : "../shared/data");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve(EventTypeEvaluation.FILE)),
                "../shared/data/event-types not present: skipped");
        EvalReport r = new EventTypeEvaluation().run(data);
        Metric weighted = r.metrics().get(0);
        assertEquals("weighted F1", weighted.name());
        assertTrue(weighted.tune() > 0.85, "tuning weighted F1 " + weighted.tune());
        assertTrue(weighted.heldOut() > 0.6, "held-out weighted F1 " + weighted.heldOut());
    }
}
