package io.triangulate.cli;

import io.triangulate.Triangulate;
import io.triangulate.ingest.InputFormat;
import io.triangulate.ingest.Ingestor;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.Article;
import io.triangulate.model.Event;
import io.triangulate.store.EventQuery;
import io.triangulate.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code ingest} with the real pipeline on the founding example (read from ../shared at run time) and the
 * project's example articles: ingesting them one by one into the store gives the same stories and events
 * as analysing them as one batch, and ingesting them again changes nothing.
 */
class IngestCommandTest {
    static final Path SEED = Path.of("..", "shared", "examples", "seed-pair");
    static final Path EXAMPLES = Path.of("examples", "articles");
    @TempDir Path dir;

    @Test void incrementalIngestMatchesBatchAnalysisAndIsIdempotent() {
        Assumptions.assumeTrue(Files.isDirectory(SEED), "skipped: " + SEED + " is absent");
        List<String> inputs = new ArrayList<>(List.of(SEED.toString()));
        if (Files.isDirectory(EXAMPLES)) inputs.add(EXAMPLES.toString());
        Path db = dir.resolve("db");
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString()));
        args.addAll(inputs);
        assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)));

        List<Article> articles = new ArrayList<>();
        Ingestor.create().read(inputs, InputFormat.AUTO, articles::add, w -> {});
        AnalysisResult batch = Triangulate.create().analyze(articles);

        Store.Stats first;
        try (Store store = Store.open(db)) {
            first = store.stats();
            assertEquals(articles.size(), first.articles());
            assertEquals(List.of(), store.check());
            // the same partition of articles into stories
            Set<Set<String>> batchStories = batch.stories().stream().map(s -> Set.copyOf(s.articles())).collect(Collectors.toSet());
            Map<String, Set<String>> stored = new HashMap<>();
            for (Article a : articles) stored.computeIfAbsent(store.article(a.id()).orElseThrow().story(), k -> new HashSet<>()).add(a.id());
            assertEquals(batchStories, new HashSet<>(stored.values()));
            // the same events
            List<Event> events = new ArrayList<>();
            store.forEachEvent(EventQuery.builder().build(), events::add);
            assertEquals(signatures(batch.events()), signatures(events));
        }
        assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)));
        try (Store store = Store.open(db)) {
            assertEquals(first, store.stats(), "ingesting the same articles again changes nothing");
        }
    }

    private static Map<String, Integer> signatures(List<Event> events) {
        Map<String, Integer> out = new HashMap<>();
        for (Event e : events) {
            String sig = e.role() + "|" + e.type() + "|" + e.date() + "|" + (e.location() == null ? null : e.location().name())
                    + "|" + e.killed() + "|" + e.injured() + "|" + new HashSet<>(e.articles())
                    + "|" + e.facts().stream().map(f -> f.field() + ":" + f.status()).sorted().toList();
            out.merge(sig, 1, Integer::sum);
        }
        return out;
    }

    @Test void usageErrorsExitTwoAndMissingInputsExitOne() {
        assertEquals(2, Main.commandLine().execute("ingest", "--db", dir.toString(), "--input-format", "pdf", "x"));
        assertEquals(2, Main.commandLine().execute("ingest", "--db", dir.toString()));
        assertEquals(1, Main.commandLine().execute("ingest", "--db", dir.resolve("db").toString(), dir.resolve("missing.txt").toString()));
    }
}
