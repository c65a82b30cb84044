package io.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.analysis.figures.CasualtySummary;
import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code gva-figures}: the figure extractor alone against the Gun Violence Archive. For every article of
 * {@code gva/articles.jsonl}, the killed and injured its title and lead imply
 * ({@link FigureExtractor#summariseArticle}) are compared with its first gold incident's figures, over
 * articles and over incidents (the value most of an incident's articles give). Nothing said counts as 0,
 * since the archive records 0 where the news is silent. Tuning and held-out parts by
 * {@link Split#heldOut(String)} of the incident id.
 */
public final class FigureEvaluation implements Evaluation {
    private final FigureExtractor extractor = FigureExtractor.create();

    @Override public String name() { return "gva-figures"; }

    @Override public String description() {
        return "killed / injured per article and per incident from the figure extractor alone (gva)";
    }

    /** One article's prediction beside its gold. */
    record Row(String article, String incident, boolean heldOut, int goldKilled, int goldInjured,
               Integer killed, Integer injured) {
        int k() { return killed == null ? 0 : killed; }
        int i() { return injured == null ? 0 : injured; }
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        List<Row> rows = rows(dataDir);
        List<Metric> metrics = new ArrayList<>();
        metrics.add(fraction("killed accuracy (articles)", rows, r -> r.k() == r.goldKilled(), "≥ 0.90"));
        metrics.add(fraction("injured accuracy (articles)", rows, r -> r.i() == r.goldInjured(), "≥ 0.85"));
        metrics.add(fraction("killed said (articles)", rows, r -> r.killed() != null, null));
        metrics.add(fraction("injured said (articles)", rows, r -> r.injured() != null, null));
        List<Row> incidents = byIncident(rows, false);
        metrics.add(fraction("killed accuracy (incidents, majority)", incidents, r -> r.k() == r.goldKilled(), "≥ 0.90"));
        metrics.add(fraction("injured accuracy (incidents, majority)", incidents, r -> r.i() == r.goldInjured(), "≥ 0.85"));
        List<Row> stated = byIncident(rows, true);
        metrics.add(fraction("killed accuracy (incidents, majority of stated)", stated, r -> r.k() == r.goldKilled(), "≥ 0.90"));
        metrics.add(fraction("injured accuracy (incidents, majority of stated)", stated, r -> r.i() == r.goldInjured(), "≥ 0.85"));
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%d articles, %d incidents (%d held out); an article's gold is its first incident; "
                        + "prediction = FigureExtractor.summariseArticle(title, text) over the title and lead (injured from the whole text where they are silent), nothing said = 0; "
                        + "'majority of stated' takes the most common value among the articles that state one",
                rows.size(), incidents.size(), incidents.stream().filter(Row::heldOut).count()));
        return new EvalReport(name(), "gva", metrics, notes);
    }

    /** Predictions for every article with a gold incident. */
    List<Row> rows(Path dataDir) throws IOException {
        Path gva = dataDir.resolve("gva");
        Map<String, JsonNode> gold = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(gva.resolve("incidents.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = Json.mapper().readTree(line);
                gold.put(n.path("incident").asText(), n);
            }
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gva.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode a = Json.mapper().readTree(line);
                JsonNode inc = a.path("incidents");
                if (!inc.isArray() || inc.isEmpty()) continue;
                String id = inc.get(0).asText();
                JsonNode g = gold.get(id);
                if (g == null || !g.path("killed").isNumber() || !g.path("injured").isNumber()) continue;
                CasualtySummary s = extractor.summariseArticle(a.path("title").asText(""), a.path("text").asText(""), "en");
                rows.add(new Row(a.path("id").asText(), id, Split.heldOut(id), g.path("killed").asInt(),
                        g.path("injured").asInt(), s.killed(), s.injured()));
            }
        }
        return rows;
    }

    /**
     * One row per incident: the value most of its articles give (ties: the larger, as figures grow); with
     * {@code statedOnly}, among the articles that state a value (0 when none does).
     */
    static List<Row> byIncident(List<Row> rows, boolean statedOnly) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        for (Row r : rows) by.computeIfAbsent(r.incident(), k -> new ArrayList<>()).add(r);
        List<Row> out = new ArrayList<>();
        for (List<Row> l : by.values()) {
            Row f = l.get(0);
            List<Integer> ks = l.stream().filter(r -> !statedOnly || r.killed() != null).map(Row::k).toList();
            List<Integer> is = l.stream().filter(r -> !statedOnly || r.injured() != null).map(Row::i).toList();
            out.add(new Row(null, f.incident(), f.heldOut(), f.goldKilled(), f.goldInjured(), mode(ks), mode(is)));
        }
        return out;
    }

    private static int mode(List<Integer> values) {
        Map<Integer, Integer> c = new HashMap<>();
        if (values.isEmpty()) return 0;
        for (int v : values) c.merge(v, 1, Integer::sum);
        int best = 0, n = -1;
        for (var e : c.entrySet()) {
            if (e.getValue() > n || Objects.equals(e.getValue(), n) && e.getKey() > best) { best = e.getKey(); n = e.getValue(); }
        }
        return best;
    }

    private static Metric fraction(String name, List<Row> rows, java.util.function.Predicate<Row> ok, String target) {
        int[] all = new int[2], tune = new int[2], held = new int[2];
        for (Row r : rows) {
            int hit = ok.test(r) ? 1 : 0;
            all[0] += hit; all[1]++;
            int[] part = r.heldOut() ? held : tune;
            part[0] += hit; part[1]++;
        }
        return Metric.fraction(name, ratio(all), ratio(tune), ratio(held), target);
    }

    private static double ratio(int[] a) { return a[1] == 0 ? 0 : (double) a[0] / a[1]; }
}
