package io.triangulate.store;

import io.triangulate.model.Article;
import io.triangulate.model.Event;
import io.triangulate.model.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class StoreTest {
    @TempDir Path dir;

    private Ingestion ingestAll(Store store) {
        Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
        for (Article a : Fixtures.articles()) ing.ingest(a);
        return ing;
    }

    @Test void urlKeysIgnoreTrackingWwwSchemeAndTrailingSlash() {
        String k = UrlKey.of("https://www.Example.com/news/a/?utm_source=x&id=3&fbclid=abc#top");
        assertEquals("example.com/news/a?id=3", k);
        assertEquals(k, UrlKey.of("http://example.com/news/a?id=3"));
        assertEquals(k, UrlKey.of("example.com/news/a/?gclid=1&id=3"));
        assertNotEquals(k, UrlKey.of("https://example.com/news/b?id=3"));
        assertNull(UrlKey.of("  "));
    }

    @Test void ingestGroupsReconcilesAndIsIdempotent() {
        try (Store store = Store.open(dir)) {
            ingestAll(store);
            assertEquals(new Store.Stats(4, 3, 3), store.stats());
            // again, and the same article under another id but the same URL up to tracking parameters
            Ingestion again = ingestAll(store);
            Article copy = Fixtures.article("copy", "http://example.com/news/mosul-attack?fbclid=zz", "Rockets hit Mosul",
                    LocalDate.of(2024, 3, 10), "Two rockets hit a market in Mosul yesterday.");
            Ingestion.Result r = again.ingest(copy);
            assertEquals(Ingestion.Status.DUPLICATE, r.status());
            assertEquals("mosul-a", r.id());
            assertEquals(new Store.Stats(4, 3, 3), store.stats());
            assertEquals(List.of(), store.check());
        }
    }

    @Test void storyHoldsBothReportsWithTheWeaponConflict() {
        try (Store store = Store.open(dir)) {
            ingestAll(store);
            String story = store.article("mosul-b").orElseThrow().story();
            assertEquals(story, store.article("mosul-a").orElseThrow().story());
            StoryView v = store.story(story).orElseThrow();
            assertEquals(List.of("mosul-a", "mosul-b"), v.articles().stream().map(ArticleInfo::id).sorted().toList());
            Event e = v.events().get(0);
            assertEquals(story + "-e1", e.id());
            assertEquals(LocalDate.of(2024, 3, 9), e.date());
            var weapon = e.facts().stream().filter(f -> f.field().equals("weapon")).findFirst().orElseThrow();
            assertEquals(FactStatus.CONFLICT, weapon.status());
            assertEquals(Set.of("rocket", "mortar shell"), new HashSet<>(weapon.values().stream().map(x -> x.value()).toList()));
            assertEquals(store.event(e.id()).orElseThrow(), e);
            assertEquals(2, v.history().size());
        }
    }

    @Test void reopeningKeepsEverythingAndContinuesStoryNumbers() {
        try (Store store = Store.open(dir)) {
            ingestAll(store);
        }
        try (Store store = Store.open(dir)) {
            assertEquals(4, store.stats().articles());
            Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
            // a third Mosul report joins the replayed story; a new town gets a new story number
            Ingestion.Result r = ing.ingest(Fixtures.article("mosul-c", null, "Mosul market", LocalDate.of(2024, 3, 11),
                    "Two rockets struck the Mosul market on Saturday."));
            assertEquals(store.article("mosul-a").orElseThrow().story(), r.story());
            Ingestion.Result k = ing.ingest(Fixtures.article("kirkuk", null, "Kirkuk", LocalDate.of(2024, 3, 11),
                    "Four rockets hit Kirkuk."));
            assertEquals("s4", k.story());
            Event e = store.story(r.story()).orElseThrow().events().get(0);
            assertEquals(3, e.articles().size());
        }
    }

    @Test void eventQueriesFilterPageAndSearch() {
        try (Store store = Store.open(dir)) {
            ingestAll(store);
            assertEquals(3, store.events(EventQuery.builder().build()).total());
            assertEquals(1, store.events(EventQuery.builder().country("cd").build()).total());
            assertEquals(1, store.events(EventQuery.builder().near(36.3, 43.1, 20).build()).total());
            assertEquals(0, store.events(EventQuery.builder().near(36.3, 43.1, 20).country("FR").build()).total());
            assertEquals(1, store.events(EventQuery.builder().text("mortar").build()).total());
            assertEquals(1, store.events(EventQuery.builder().text("Gom").build()).total(), "prefix search");
            assertEquals(2, store.events(EventQuery.builder().from(LocalDate.of(2024, 3, 15)).build()).total());
            assertEquals(1, store.events(EventQuery.builder().to(LocalDate.of(2024, 3, 14)).build()).total());
            assertEquals(1, store.searchArticles("bar Goma", 10).size());

            List<String> seen = new ArrayList<>();
            EventPage p = store.events(EventQuery.builder().limit(2).build());
            p.events().forEach(e -> seen.add(e.id()));
            assertNotNull(p.nextCursor());
            EventPage p2 = store.events(EventQuery.builder().limit(2).cursor(p.nextCursor()).build());
            p2.events().forEach(e -> seen.add(e.id()));
            assertNull(p2.nextCursor());
            assertEquals(3, new HashSet<>(seen).size());
            assertEquals(seen.subList(2, 3), store.events(EventQuery.builder().limit(2).offset(2).build()).events().stream().map(Event::id).toList());
            assertThrows(IllegalArgumentException.class, () -> store.events(EventQuery.builder().cursor("!!").build()));
            assertThrows(IllegalArgumentException.class, () -> EventQuery.builder().limit(0).build());
        }
    }

    @Test void newerSchemaIsRefusedWithAClearMessage() throws Exception {
        try (Store store = Store.open(dir)) {
            assertEquals(0, store.stats().articles());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE));
             var s = c.createStatement()) {
            s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        }
        var e = assertThrows(java.io.UncheckedIOException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
    }

    @Test void aMergeKeepsTheLargerStoryAndRecordsTheMove() {
        try (Store store = Store.open(dir)) {
            Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
            LocalDate d = LocalDate.of(2024, 5, 2);
            ing.ingest(Fixtures.article("m1", null, "Mosul", d, "Two rockets hit Mosul."));
            ing.ingest(Fixtures.article("m2", null, "Mosul", d, "Two rockets struck Mosul at dawn."));
            String k = ing.ingest(Fixtures.article("k1", null, "Kirkuk", d, "Three rockets hit Kirkuk.")).story();
            String m = store.article("m1").orElseThrow().story();
            assertNotEquals(m, k);
            Ingestion.Result bridge = ing.ingest(Fixtures.article("both", null, "Mosul and Kirkuk", d,
                    "Rockets hit Mosul and then Kirkuk in one night, officials said."));
            assertEquals(m, bridge.story(), "the larger story keeps its id");
            assertEquals(m, store.article("k1").orElseThrow().story());
            assertTrue(store.story(k).isEmpty(), "the absorbed story is gone");
            StoryView v = store.story(m).orElseThrow();
            assertEquals(4, v.articles().size());
            assertTrue(v.history().stream().anyMatch(h -> h.article().equals("k1") && h.reason().equals("merged")
                    && k.equals(h.from()) && m.equals(h.to())), v.history().toString());
            assertEquals(4, v.events().get(0).articles().size(), "the merged story was reconciled again");
            assertEquals(List.of(), store.check());
            assertEquals(1, store.stats().stories());
        }
    }
}
