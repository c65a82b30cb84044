package io.triangulate.cli;

import io.triangulate.ingest.FeedWatcher;
import io.triangulate.model.Article;
import io.triangulate.model.Warning;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code triangulate watch}: polls RSS/Atom feeds and ingests their new entries into the store, through the
 * same incremental, idempotent path as {@code ingest}. Conditional GETs (ETag/Last-Modified), exponential
 * back-off per feed on errors; the feeds' state lives in {@code feeds.json} in the store directory.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds and ingest their new entries into the store (conditional GETs, back-off on errors).")
public final class WatchCommand implements Callable<Integer> {
    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--interval", paramLabel = "SECONDS", description = "seconds between two polls of a feed (default: 300)")
    long intervalSeconds = 300;

    @Option(names = "--max-backoff", paramLabel = "SECONDS", description = "longest wait after repeated errors of a feed (default: 3600)")
    long maxBackoffSeconds = 3600;

    @Option(names = "--once", description = "poll each feed once (except those backing off after errors) and exit")
    boolean once;

    @Option(names = "--fetch-pages", description = "fetch the linked page of entries that carry only a short summary")
    boolean fetchPages;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "timeout of one HTTP request (default: 30)")
    long timeoutSeconds = 30;

    @Option(names = "--window-days", paramLabel = "N", description = "days of stored articles replayed into the grouping (default: 30)")
    int windowDays = 30;

    @Parameters(paramLabel = "FEEDLIST|URL", arity = "1..*",
            description = "http(s) feed URLs, or files listing one feed URL per line (# comments)")
    List<String> sources;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        if (intervalSeconds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--interval must be at least 1 second");
        if (maxBackoffSeconds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-backoff must be at least 1 second");
        if (timeoutSeconds < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        if (windowDays < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--window-days must not be negative");
        List<String> feeds = new ArrayList<>();
        for (String s : sources) {
            if (s.strip().toLowerCase(java.util.Locale.ROOT).matches("https?://.*")) {
                feeds.add(s.strip());
            } else if (Files.isRegularFile(Path.of(s))) {
                try {
                    List<String> listed = FeedWatcher.readFeedList(Path.of(s), w -> System.err.println("triangulate: " + w));
                    if (listed.isEmpty()) System.err.println("triangulate: " + new Warning(s, "lists no feed URL"));
                    feeds.addAll(listed);
                } catch (IOException e) {
                    System.err.println("triangulate: " + new Warning(s, "cannot read the feed list: " + e.getMessage()));
                }
            } else {
                System.err.println("triangulate: " + new Warning(s, Files.exists(Path.of(s))
                        ? "not a feed list file" : "neither an http(s) URL nor an existing feed list file"));
            }
        }
        if (feeds.isEmpty()) {
            System.err.println("triangulate: no feed to watch");
            return Main.NOTHING_PROCESSED;
        }

        try (Store s = Store.open(store.db)) {
            // the pipeline is loaded on the first new entry: a poll that finds nothing new (a 304) costs no analysis
            Ingestion[] ingestion = {null};
            FeedWatcher.Sink sink = new FeedWatcher.Sink() {
                @Override public boolean isStored(Article a) { return s.existingId(a).isPresent(); }

                @Override public boolean store(Article a) {
                    if (ingestion[0] == null) {
                        System.err.println("triangulate: loading the pipeline and replaying the recent stories of " + store.db + "…");
                        ingestion[0] = Ingestion.open(s, StoreEngine.create(), windowDays, 20_000);
                    }
                    Ingestion in = ingestion[0];
                    if (in.existing(a).isPresent()) return false;
                    Ingestion.Prepared prepared;
                    try {
                        prepared = in.prepare(a);
                    } catch (RuntimeException e) {
                        // one article the analysis cannot handle never stops the feed
                        System.err.println("triangulate: " + new Warning(a.origin() != null ? a.origin() : a.id(),
                                "analysis failed: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
                        return false;
                    }
                    // a failing commit (the store itself) fails the poll: the feed is read again later
                    return in.commit(prepared).status() == Ingestion.Status.STORED;
                }
            };
            FeedWatcher watcher = FeedWatcher.builder(feeds, s.dir().resolve(FeedWatcher.STATE_FILE), sink)
                    .interval(Duration.ofSeconds(intervalSeconds))
                    .maxBackoff(Duration.ofSeconds(maxBackoffSeconds))
                    .timeouts(Duration.ofSeconds(Math.min(10, timeoutSeconds)), Duration.ofSeconds(timeoutSeconds))
                    .fetchPages(fetchPages)
                    .build();
            // Ctrl-C: finish the article being stored, save the feed's state, close the store, then let the JVM exit
            CountDownLatch done = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                if (done.getCount() == 0) return; // a normal exit
                System.err.println("watch: stopping…");
                watcher.stop();
                try {
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (!once) {
                    watcher.run();
                    return Main.OK;
                }
                var polls = watcher.pollOnce();
                Store.Stats st = s.stats();
                System.err.println("watch: the store holds " + st.articles() + " articles, " + st.stories() + " stories, "
                        + st.events() + " events");
                boolean anyOk = polls.stream().anyMatch(p -> p.outcome() == FeedWatcher.Outcome.UPDATED
                        || p.outcome() == FeedWatcher.Outcome.NOT_MODIFIED);
                return anyOk ? Main.OK : Main.NOTHING_PROCESSED;
            } finally {
                s.close();
                done.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it returns now that we are done
                }
            }
        }
    }
}
