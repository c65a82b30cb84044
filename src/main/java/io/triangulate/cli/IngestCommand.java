package io.triangulate.cli;

import io.triangulate.ingest.InputFormat;
import io.triangulate.ingest.Ingestor;
import io.triangulate.json.Json;
import io.triangulate.model.Article;
import io.triangulate.model.Warning;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code triangulate ingest}: adds articles to the store, incrementally: each new article is analysed,
 * grouped with the stored stories of the recent window, and the stories it touches are reconciled again,
 * all committed before the next. The same article (same id, or same URL up to tracking parameters) is
 * stored once. Analysis runs in parallel; grouping and commits run in publication order.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles to the store, updating stories and events incrementally (idempotent, crash-safe).")
public final class IngestCommand implements Callable<Integer> {
    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--input-format", paramLabel = "F", description = "auto, text, jsonl, html or feed (default: auto, by extension; URLs by content)")
    String inputFormat = "auto";

    @Option(names = "--fetch-pages", description = "for feed entries that carry only a short summary, fetch the linked page and read its main text")
    boolean fetchPages;

    @Option(names = "--window-days", paramLabel = "N", description = "days of stored articles replayed into the grouping (default: 30)")
    int windowDays = 30;

    @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: the number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--print-ids", description = "print 'stored ID STORY' on standard output as each article is committed")
    boolean printIds;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "files, directories (recursive), - for standard input, or http(s) URLs of RSS/Atom feeds and HTML pages")
    List<String> paths;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        InputFormat format;
        try {
            format = InputFormat.parse(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (threads < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (windowDays < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--window-days must not be negative");

        try (Store s = Store.open(store.db)) {
            List<Article> articles = new ArrayList<>();
            int[] warned = {0};
            int[] known = {0};
            long[] fetches = {0, System.nanoTime()};
            Ingestor.builder()
                    .fetchPages(fetchPages)
                    // downloads can take a while: a plain line every 5 s says how far they are
                    .onFetch(url -> {
                        fetches[0]++;
                        if (System.nanoTime() - fetches[1] >= 5_000_000_000L) {
                            fetches[1] = System.nanoTime();
                            System.err.println("triangulate: " + fetches[0] + " downloads so far, now " + url);
                        }
                    })
                    // feed entries already stored are skipped before their page is fetched
                    .skipKnownEntries(a -> {
                        boolean stored = s.existingId(a).isPresent();
                        if (stored) known[0]++;
                        return stored;
                    })
                    .build()
                    .read(paths, format, articles::add, w -> {
                        warned[0]++;
                        System.err.println("triangulate: " + w);
                    });
            if (articles.isEmpty() && known[0] == 0) {
                System.err.println("triangulate: no article to ingest");
                return Main.NOTHING_PROCESSED;
            }
            return ingest(s, articles, known[0], warned[0]);
        }
    }

    /** Stores the articles read ({@code known} feed entries were skipped as already stored) and prints the summary. */
    private int ingest(Store s, List<Article> articles, int known, int warned) throws InterruptedException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("stored", 0);
        counts.put("duplicates", known);
        counts.put("failed", 0);
        var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);
        Progress progress = null;
        if (!articles.isEmpty()) {
            System.err.println("triangulate: loading the pipeline and replaying the recent stories of " + store.db + "…");
            StoreEngine engine = StoreEngine.create();
            Ingestion ingestion = Ingestion.open(s, engine, windowDays, 20_000);
            // grouping runs in publication order, as the stream would have delivered them; an undated article
            // goes where the dates its text allows meet the batch's
            java.util.TreeSet<java.time.LocalDate> days = new java.util.TreeSet<>();
            for (Article a : articles) if (a.published() != null) days.add(a.published());
            Map<String, java.time.LocalDate> order = new java.util.HashMap<>();
            for (Article a : articles) if (a.published() == null) order.put(a.id(), engine.orderingDate(a, days));
            articles.sort(Comparator.comparing((Article a) -> a.published() != null ? a.published() : order.get(a.id()),
                    Comparator.nullsLast(Comparator.naturalOrder())));
            progress = Progress.onStderr("ingest", articles.size());
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "analyse");
                t.setDaemon(true);
                return t;
            });
            try {
                Deque<Map.Entry<Article, Future<Ingestion.Prepared>>> pending = new ArrayDeque<>();
                int next = 0;
                while (next < articles.size() || !pending.isEmpty()) {
                    while (next < articles.size() && pending.size() < threads * 4) {
                        Article a = articles.get(next++);
                        if (ingestion.existing(a).isPresent()) {
                            counts.merge("duplicates", 1, Integer::sum);
                            progress.step(1);
                            continue;
                        }
                        pending.add(Map.entry(a, pool.submit(() -> ingestion.prepare(a))));
                    }
                    if (pending.isEmpty()) continue;
                    var head = pending.poll();
                    Article a = head.getKey();
                    try {
                        Ingestion.Result r = ingestion.commit(head.getValue().get());
                        if (r.status() == Ingestion.Status.STORED) {
                            counts.merge("stored", 1, Integer::sum);
                            if (printIds) out.println("stored " + r.id() + " " + r.story());
                        } else {
                            counts.merge("duplicates", 1, Integer::sum);
                        }
                    } catch (ExecutionException e) {
                        counts.merge("failed", 1, Integer::sum);
                        Throwable c = e.getCause();
                        System.err.println("triangulate: " + new Warning(a.origin() != null ? a.origin() : a.id(),
                                "analysis failed: " + (c.getMessage() == null ? c.toString() : c.getMessage())));
                    }
                    progress.step(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Store.Stats st = s.stats();
        if (progress == null) progress = Progress.onStderr("ingest", 0);
        progress.finish(counts.get("stored") + " stored, " + counts.get("duplicates") + " already stored, "
                + counts.get("failed") + " failed; the store holds " + st.articles() + " articles, " + st.stories()
                + " stories, " + st.events() + " events");
        Map<String, Object> summary = new LinkedHashMap<>(counts);
        summary.put("warnings", warned);
        summary.put("store", Map.of("articles", st.articles(), "stories", st.stories(), "events", st.events()));
        out.println(Json.line(summary));
        return counts.get("stored") + counts.get("duplicates") > 0 ? Main.OK : Main.NOTHING_PROCESSED;
    }
}
