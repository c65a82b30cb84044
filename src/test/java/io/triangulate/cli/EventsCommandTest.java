package io.triangulate.cli;

import io.triangulate.model.Article;
import io.triangulate.store.Fixtures;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class EventsCommandTest {
    @TempDir Path dir;

    @Test void exitCodes() {
        assertEquals(1, Main.commandLine().execute("events", "--db", dir.resolve("none").toString()), "no store");
        assertEquals(2, Main.commandLine().execute("events", "--db", dir.toString(), "--format", "xml"));
        assertEquals(2, Main.commandLine().execute("events", "--db", dir.toString(), "--since", "yesterday"));
        try (Store store = Store.open(dir)) {
            Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
            for (Article a : Fixtures.articles()) ing.ingest(a);
        }
        for (String f : new String[]{"json", "csv", "geojson"}) {
            assertEquals(0, Main.commandLine().execute("events", "--db", dir.toString(), "--format", f, "--since", "2024-03-01", "--query", "Mosul"));
        }
    }
}
