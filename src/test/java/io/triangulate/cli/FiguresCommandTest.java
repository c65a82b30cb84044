package io.triangulate.cli;

import io.triangulate.json.Json;
import io.triangulate.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class FiguresCommandTest {
    @Test void printsFiguresAndSummaryPerItem() {
        FiguresCommand c = new FiguresCommand();
        Map<String, Object> m = c.process(new BatchCommand.Item("a1", "Two people were killed and three were wounded.", null, null));
        @SuppressWarnings("unchecked") List<Figure> figures = (List<Figure>) m.get("figures");
        assertEquals(2, figures.size());
        assertEquals(2, m.get("killed"));
        assertEquals(3, m.get("injured"));
        String json = Json.line(m);
        assertTrue(json.contains("\"kind\":\"KILLED\""), json);
        assertTrue(json.contains("\"text\":\"Two people were killed\""), json);
    }

    @Test void usesTheItemsLanguage() {
        FiguresCommand c = new FiguresCommand();
        Map<String, Object> m = c.process(new BatchCommand.Item("b", "Deux personnes ont été tuées.", null, "fr"));
        assertEquals(2, m.get("killed"));
        assertNull(m.get("injured"));
    }
}
