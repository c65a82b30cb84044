package io.triangulate.cli;

import io.triangulate.ingest.LocalHttp;
import io.triangulate.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code watch --once} and {@code ingest URL} with the real pipeline and store, against a feed and a page
 * served on loopback: entries are stored once, the second poll is a 304, a summary-only entry gets its page.
 */
class WatchCommandTest {
    @TempDir Path dir;

    static final String PAGE = """
            <html lang="en"><head><title>Warehouse fire</title>
            <meta property="article:published_time" content="2025-05-03T06:10:00Z"></head><body><article>
            <h1>Warehouse fire in Dunmore</h1>
            <p>A fire destroyed a furniture warehouse in Dunmore on Friday night, the fire service said on Saturday.</p>
            <p>Two firefighters were treated for smoke inhalation. Nobody else was hurt, and the cause is under investigation.</p>
            </article></body></html>
            """;

    static String feed(String base) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Dunmore Herald</title><link>%1$s/</link>
                <item><title>Warehouse fire in Dunmore</title><link>%1$s/news/warehouse-fire</link>
                  <guid>%1$s/news/warehouse-fire</guid><pubDate>Sat, 03 May 2025 07:00:00 +0100</pubDate>
                  <description>A warehouse burned overnight.</description></item>
                <item><title>Storm cuts power to 3,000 homes</title><link>%1$s/news/storm-power</link>
                  <pubDate>Sat, 03 May 2025 09:30:00 +0100</pubDate>
                  <description>&lt;p&gt;A storm cut power to about 3,000 homes across the Dunmore district on Saturday morning, the network operator said. Crews expected to restore supply by the evening. No injuries were reported.&lt;/p&gt;</description></item>
                </channel></rss>
                """.formatted(base);
    }

    /** The watch loop in a child JVM, stopped by SIGTERM (what Ctrl-C's SIGINT also does): it stops cleanly. */
    @Test void watchStopsCleanlyOnSignal() throws Exception {
        try (LocalHttp http = new LocalHttp()) {
            http.route("/feed.rss", ex -> {
                ex.getResponseHeaders().set("ETag", "\"h1\"");
                if ("\"h1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) LocalHttp.status(ex, 304);
                else http.send(ex, 200, "application/rss+xml", feed(http.url("")));
            });
            Path db = dir.resolve("db");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    "-Dstderr.encoding=UTF-8", Main.class.getName(), "watch", "--interval", "1", "--db", db.toString(), http.url("/feed.rss"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            try {
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
                while (http.requests("/feed.rss").size() < 2 && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(50);
                assertTrue(http.requests("/feed.rss").size() >= 2, "polled twice: " + Files.readString(dir.resolve("child.log")));
                p.destroy(); // SIGTERM
                assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "exits after the signal");
            } finally {
                p.destroyForcibly();
            }
            String log = Files.readString(dir.resolve("child.log"));
            assertTrue(log.contains("watch: stopping…") && log.contains("watch: stopped"), log);
            assertTrue(log.contains("not modified (304)"), log);
            try (Store s = Store.open(db)) {
                assertEquals(2, s.stats().articles());
                assertEquals(java.util.List.of(), s.check());
            }
        }
    }

    @Test void watchOnceStoresNewEntriesAndThenGetsNotModified() throws Exception {
        try (LocalHttp http = new LocalHttp()) {
            http.route("/feed.rss", ex -> {
                ex.getResponseHeaders().set("ETag", "\"h1\"");
                if ("\"h1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) LocalHttp.status(ex, 304);
                else http.send(ex, 200, "application/rss+xml", feed(http.url("")));
            }).document("/news/warehouse-fire", "text/html; charset=utf-8", PAGE);
            Path list = dir.resolve("feeds.txt");
            Files.writeString(list, "# local\n" + http.url("/feed.rss") + "\n");
            Path db = dir.resolve("db");
            String[] args = {"watch", "--once", "--fetch-pages", "--db", db.toString(), list.toString()};

            assertEquals(0, Main.commandLine().execute(args));
            assertEquals(1, http.bodiesSent("/news/warehouse-fire"), "the summary-only entry's page");
            try (Store s = Store.open(db)) {
                assertEquals(2, s.stats().articles());
                var fire = s.searchArticles("firefighters smoke", 5);
                assertEquals(1, fire.size(), "the page's text was stored, not the summary");
            }
            assertTrue(Files.readString(db.resolve("feeds.json")).contains("\\\"h1\\\""));

            assertEquals(0, Main.commandLine().execute(args));
            assertEquals(1, http.bodiesSent("/feed.rss"), "the second poll is a 304");
            assertEquals(1, http.bodiesSent("/news/warehouse-fire"));
            try (Store s = Store.open(db)) {
                assertEquals(2, s.stats().articles());
            }

            // ingest of the same feed by URL: every entry is already stored, no page fetched again
            assertEquals(0, Main.commandLine().execute("ingest", "--fetch-pages", "--db", db.toString(), http.url("/feed.rss")));
            assertEquals(1, http.bodiesSent("/news/warehouse-fire"));
            try (Store s = Store.open(db)) {
                assertEquals(2, s.stats().articles());
            }
        }
    }
}
