package io.triangulate.ingest;

import io.triangulate.model.Article;
import io.triangulate.model.Warning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feed watcher against a loopback server: conditional GETs, back-off, state across runs, stop. */
class FeedWatcherTest {
    LocalHttp http;
    @TempDir Path dir;
    final MovableClock clock = new MovableClock(Instant.parse("2026-01-10T12:00:00Z"));
    final List<String> log = new CopyOnWriteArrayList<>();

    /** A sink that keeps articles by id, like the store does: idempotent. */
    static final class MemorySink implements FeedWatcher.Sink {
        final Map<String, Article> stored = new LinkedHashMap<>();
        int storeCalls;

        @Override public synchronized boolean isStored(Article a) { return stored.containsKey(a.id()); }

        @Override public synchronized boolean store(Article a) {
            storeCalls++;
            return stored.putIfAbsent(a.id(), a) == null;
        }
    }

    static final class MovableClock extends Clock {
        volatile Instant now;

        MovableClock(Instant now) { this.now = now; }

        void advance(Duration d) { now = now.plus(d); }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(java.time.ZoneId zone) { return this; }

        @Override public Instant instant() { return now; }
    }

    static String rss(String base, int items) {
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Harbour Gazette</title><link>%s/</link>
                """.formatted(base));
        for (int i = 1; i <= items; i++) {
            sb.append("""
                    <item><title>Ferry delayed by storm, day %d</title><link>%s/news/ferry-%d</link>
                    <pubDate>Sat, %02d Jan 2026 09:00:00 +0000</pubDate>
                    <description>The morning ferry from Skerra was delayed for the %d time this week as gales battered the coast.</description></item>
                    """.formatted(i, base, i, i, i));
        }
        return sb.append("</channel></rss>\n").toString();
    }

    @BeforeEach void start() throws IOException {
        http = new LocalHttp();
    }

    @AfterEach void stop() {
        http.close();
    }

    private FeedWatcher watcher(MemorySink sink, String... feeds) {
        return FeedWatcher.builder(List.of(feeds), dir.resolve(FeedWatcher.STATE_FILE), sink)
                .interval(Duration.ofSeconds(60))
                .maxBackoff(Duration.ofSeconds(600))
                .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .clock(clock)
                .log(log::add)
                .build();
    }

    @Test void etagAnswersNotModifiedOnTheSecondPoll() {
        AtomicInteger items = new AtomicInteger(2);
        http.route("/etag.rss", ex -> {
            String tag = "\"v" + items.get() + "\"";
            ex.getResponseHeaders().set("ETag", tag);
            if (tag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) LocalHttp.status(ex, 304);
            else http.send(ex, 200, "application/rss+xml", rss(http.url(""), items.get()));
        });
        MemorySink sink = new MemorySink();
        String feed = http.url("/etag.rss");
        FeedWatcher w = watcher(sink, feed);

        FeedWatcher.Poll first = w.pollOnce().get(0);
        assertEquals(FeedWatcher.Outcome.UPDATED, first.outcome());
        assertEquals(2, first.stored());
        assertEquals(2, sink.storeCalls);

        FeedWatcher.Poll second = w.pollOnce().get(0);
        assertEquals(FeedWatcher.Outcome.NOT_MODIFIED, second.outcome(), log.toString());
        assertEquals(1, http.bodiesSent("/etag.rss"), "no second download");
        assertEquals(2, sink.storeCalls, "nothing ingested again");
        assertEquals("\"v2\"", http.requests("/etag.rss").get(1).headers().getFirst("If-None-Match"));

        // a new watcher (a new run of the command) reads the validators from the state file
        FeedWatcher again = watcher(sink, feed);
        assertEquals(FeedWatcher.Outcome.NOT_MODIFIED, again.pollOnce().get(0).outcome());
        assertEquals(1, http.bodiesSent("/etag.rss"));

        // the feed changes: only the new entry is stored
        items.set(3);
        FeedWatcher.Poll third = again.pollOnce().get(0);
        assertEquals(FeedWatcher.Outcome.UPDATED, third.outcome());
        assertEquals(3, third.entries());
        assertEquals(1, third.stored());
        assertEquals(3, sink.stored.size());
        assertEquals(3, sink.storeCalls, "entries already stored are not handed to the sink again");
    }

    @Test void lastModifiedAnswersNotModifiedOnTheSecondPoll() {
        String stamp = "Sat, 10 Jan 2026 08:00:00 GMT";
        http.route("/lm.rss", ex -> {
            ex.getResponseHeaders().set("Last-Modified", stamp);
            if (stamp.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) LocalHttp.status(ex, 304);
            else http.send(ex, 200, "application/rss+xml", rss(http.url(""), 2));
        });
        MemorySink sink = new MemorySink();
        FeedWatcher w = watcher(sink, http.url("/lm.rss"));
        assertEquals(FeedWatcher.Outcome.UPDATED, w.pollOnce().get(0).outcome());
        assertEquals(FeedWatcher.Outcome.NOT_MODIFIED, w.pollOnce().get(0).outcome());
        assertEquals(1, http.bodiesSent("/lm.rss"));
        assertNull(http.requests("/lm.rss").get(1).headers().getFirst("If-None-Match"), "no ETag was given, none is sent");
        assertEquals(2, sink.storeCalls);
    }

    @Test void serverErrorsBackOffExponentiallyUpToTheCap() {
        AtomicInteger failing = new AtomicInteger(1);
        http.route("/flaky.rss", ex -> {
            if (failing.get() == 1) LocalHttp.status(ex, 500);
            else http.send(ex, 200, "application/rss+xml", rss(http.url(""), 1));
        });
        MemorySink sink = new MemorySink();
        String feed = http.url("/flaky.rss");
        FeedWatcher w = watcher(sink, feed);

        FeedWatcher.Poll p1 = w.pollOnce().get(0);
        assertEquals(FeedWatcher.Outcome.FAILED, p1.outcome());
        assertEquals("HTTP 500 Internal Server Error", p1.detail());
        assertEquals(clock.now.plusSeconds(120), p1.next(), "interval × 2 after the first failure");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("watch: " + feed + ": HTTP 500 Internal Server Error (failure 1 in a row)")), log.toString());

        // polled again before its time: skipped, the server is not asked
        FeedWatcher.Poll skipped = w.pollOnce().get(0);
        assertEquals(FeedWatcher.Outcome.BACKING_OFF, skipped.outcome());
        assertEquals(1, http.requests("/flaky.rss").size());

        clock.advance(Duration.ofSeconds(121));
        assertEquals(clock.now.plusSeconds(240), w.pollOnce().get(0).next(), "× 4 after the second");
        clock.advance(Duration.ofSeconds(241));
        assertEquals(clock.now.plusSeconds(480), w.pollOnce().get(0).next());
        clock.advance(Duration.ofSeconds(481));
        assertEquals(clock.now.plusSeconds(600), w.pollOnce().get(0).next(), "capped");
        assertEquals(4, w.state(feed).failures());
        assertEquals(4, http.requests("/flaky.rss").size());

        // the back-off survives a restart
        FeedWatcher restarted = watcher(sink, feed);
        assertEquals(FeedWatcher.Outcome.BACKING_OFF, restarted.pollOnce().get(0).outcome());

        failing.set(0);
        clock.advance(Duration.ofSeconds(601));
        FeedWatcher.Poll ok = restarted.pollOnce().get(0);
        assertEquals(FeedWatcher.Outcome.UPDATED, ok.outcome());
        assertEquals(1, ok.stored());
        assertEquals(0, restarted.state(feed).failures(), "a success resets the back-off");
        assertEquals(clock.now.plusSeconds(60), ok.next());
    }

    @Test void retryAfterIsHonoured() {
        http.route("/busy.rss", ex -> {
            ex.getResponseHeaders().set("Retry-After", "500");
            LocalHttp.status(ex, 503);
        });
        FeedWatcher w = watcher(new MemorySink(), http.url("/busy.rss"));
        FeedWatcher.Poll p = w.pollOnce().get(0);
        assertEquals("HTTP 503 Service Unavailable", p.detail());
        assertEquals(clock.now.plusSeconds(500), p.next());
    }

    @Test void aPageIsNotAFeedAndOneBadFeedDoesNotStopTheOthers() {
        http.document("/page.html", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" "
                        + "href=\"/good.rss\"></head><body><p>Opening hours of the harbour office.</p></body></html>")
                .document("/good.rss", "application/rss+xml", rss(http.url(""), 2));
        MemorySink sink = new MemorySink();
        List<FeedWatcher.Poll> polls = watcher(sink, http.url("/page.html"), http.url("/good.rss")).pollOnce();
        assertEquals(FeedWatcher.Outcome.FAILED, polls.get(0).outcome());
        assertEquals("an HTML page, not an RSS or Atom feed (the page announces the feed " + http.url("/good.rss") + ")",
                polls.get(0).detail());
        assertEquals(FeedWatcher.Outcome.UPDATED, polls.get(1).outcome());
        assertEquals(2, sink.stored.size());
    }

    @Test void runPollsWhenDueAndStops() throws Exception {
        http.document("/feed.rss", "application/rss+xml", rss(http.url(""), 1));
        MemorySink sink = new MemorySink();
        FeedWatcher w = FeedWatcher.builder(List.of(http.url("/feed.rss")), dir.resolve("state.json"), sink)
                .interval(Duration.ofMillis(200)).log(log::add).build();
        Thread t = new Thread(w::run);
        t.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (http.requests("/feed.rss").size() < 2 && System.nanoTime() < deadline) Thread.sleep(20);
        w.stop();
        t.join(10_000);
        assertFalse(t.isAlive(), "run() returns after stop()");
        assertTrue(http.requests("/feed.rss").size() >= 2, "polled again after the interval");
        assertEquals(1, sink.stored.size());
        assertEquals("watch: stopped", log.get(log.size() - 1));
        assertTrue(Files.readString(dir.resolve("state.json")).contains(http.url("/feed.rss")));
    }

    @Test void feedList() throws IOException {
        Path list = dir.resolve("feeds.txt");
        Files.writeString(list, """
                # news feeds
                https://one.example/rss   # the first

                http://two.example/atom.xml
                not a url
                ftp://three.example/feed
                """);
        List<Warning> warnings = new ArrayList<>();
        List<String> feeds = FeedWatcher.readFeedList(list, warnings::add);
        assertEquals(List.of("https://one.example/rss", "http://two.example/atom.xml"), feeds);
        assertEquals(2, warnings.size());
        assertEquals(list + ":5", warnings.get(0).input());
        assertEquals(list + ":6", warnings.get(1).input());
    }
}
