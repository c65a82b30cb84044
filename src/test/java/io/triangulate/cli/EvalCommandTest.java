package io.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.eval.EvalReport;
import io.triangulate.eval.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EvalCommandTest {
    static final List<EvalReport> REPORTS = List.of(new EvalReport("gva", "gva",
            List.of(Metric.fraction("B-cubed F1", 0.94996, 0.9531, 0.9562, "≥ 0.95"),
                    Metric.quantity("throughput", 305.4, "articles/s", "≥ 200")), List.of("a note")));

    @Test void tableRoundsToThreeDecimals() {
        String t = EvalCommand.table(REPORTS);
        assertTrue(t.contains("| gva | gva | B-cubed F1 | 0.950 | 0.953 | 0.956 | ≥ 0.95 |"), t);
        assertTrue(t.contains("305 articles/s"), t);
    }

    @Test void jsonKeepsEveryFigureUnrounded(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("eval.json");
        EvalCommand.writeJson(f, REPORTS);
        JsonNode m = new ObjectMapper().readTree(f.toFile()).get(0).get("metrics").get(0);
        assertEquals("B-cubed F1", m.get("name").asText());
        assertEquals(0.94996, m.get("all").asDouble(), 0.0, "a bound is checked on the unrounded figure");
        assertEquals("≥ 0.95", m.get("target").asText());
    }
}
