package io.triangulate.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;
import io.triangulate.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EventExportTest {
    @TempDir Path dir;

    private String export(EventExport.Format f, EventQuery q) {
        try (Store store = Store.open(dir)) {
            Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
            for (Article a : Fixtures.articles()) ing.ingest(a);
            StringWriter w = new StringWriter();
            EventExport.write(store, q, f, w);
            return w.toString();
        }
    }

    @Test void jsonHasTheInterfaceEventShape() throws Exception {
        JsonNode n = Json.mapper().readTree(export(EventExport.Format.JSON, EventQuery.builder().build()));
        assertEquals(3, n.get("events").size());
        JsonNode e = n.get("events").get(0);
        for (String f : List.of("id", "story", "role", "type", "date", "location", "killed", "injured", "articles", "facts")) {
            assertTrue(e.has(f), f);
        }
    }

    @Test void csvHasOneRowPerEventWithConflictNotes() {
        String csv = export(EventExport.Format.CSV, EventQuery.builder().text("Mosul").build());
        List<String> lines = csv.lines().toList();
        assertEquals(String.join(",", EventExport.CSV_COLUMNS), lines.get(0));
        assertEquals(2, lines.size());
        String row = lines.get(1);
        assertTrue(row.contains(",IQ,Nineveh,Mosul,36.34000,43.13000,0,,"), row);
        assertTrue(row.contains("Outlet mosul-a; Outlet mosul-b"), row);
        assertTrue(row.contains("weapon: 2 rocket [mosul-a] vs 2 mortar shell [mosul-b]"), row);
    }

    @Test void csvCellsAreQuotedAndFormulaSafe() {
        assertEquals("\"a,b\"", EventExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", EventExport.cell("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", EventExport.cell("=HYPERLINK(1)"));
        assertEquals("-3", EventExport.cell("-3"));
    }

    @Test void geojsonHasOneFeaturePerLocatedEvent() throws Exception {
        JsonNode n = Json.mapper().readTree(export(EventExport.Format.GEOJSON, EventQuery.builder().build()));
        assertEquals("FeatureCollection", n.get("type").asText());
        assertEquals(3, n.get("features").size());
        JsonNode goma = null;
        for (JsonNode f : n.get("features")) if (f.get("properties").get("location").asText().equals("Goma")) goma = f;
        assertNotNull(goma);
        assertEquals(29.22, goma.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
        assertEquals(-1.68, goma.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
    }
}
