package io.triangulate.eval;

import io.triangulate.Triangulate;
import io.triangulate.ingest.IngestResult;
import io.triangulate.ingest.Ingestor;
import io.triangulate.ingest.InputFormat;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.Article;
import io.triangulate.model.Event;
import io.triangulate.model.Evidence;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.Place;
import io.triangulate.model.Story;
import io.triangulate.reconcile.Policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Cross-source reconciliation (issue #5).
 *
 * <p>On the founding example ({@code ../shared/examples/seed-pair}, read at run time): the Green Zone weapon
 * conflict, the Balad agreement, casualties at 0, each value with its evidence and attribution; one pass/fail
 * line per check.
 *
 * <p>On {@code gva}, over incidents with two or more articles: the share whose story's main event (chosen as
 * in {@link GvaEvaluation}) has reconciled killed AND injured equal to the archive's (a figure no source gives
 * counts as 0), beside the same share when each incident takes the figures of its first article alone; the
 * number of incidents whose killed or injured was revised across articles (status {@code updated}), with
 * three examples quoted. Split by incident id ({@link Split#heldOut}).
 */
public final class ReconcileEvaluation implements Evaluation {
    @Override public String name() { return "reconcile"; }

    @Override public String description() {
        return "reconciliation: the seed pair's conflict, agreement and attributions; GVA killed+injured of multi-article incidents vs first article; revisions";
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Triangulate t = Triangulate.create();
        Path seed = dataDir.toAbsolutePath().getParent().resolve("examples").resolve("seed-pair");
        if (Files.isDirectory(seed)) seedPair(t, seed, metrics, notes);
        else notes.add("seed pair: " + seed + " is absent, skipped");
        if (Files.isRegularFile(dataDir.resolve("gva").resolve("articles.jsonl"))) gva(t, dataDir, metrics, notes);
        else notes.add("gva: absent, skipped");
        return new EvalReport(name(), "seed-pair, gva", metrics, notes);
    }

    // ---------------------------------------------------------------- seed pair

    private static void seedPair(Triangulate t, Path seed, List<Metric> metrics, List<String> notes) {
        IngestResult read = Ingestor.create().readAll(List.of(seed.toString()), InputFormat.AUTO);
        List<Article> articles = new ArrayList<>(read.articles());
        articles.sort(Comparator.comparing(Article::id));
        AnalysisResult r = t.analyze(articles, read.warnings());
        if (articles.size() != 2) {
            notes.add("seed pair: expected 2 articles, read " + articles.size());
            return;
        }
        String first = articles.get(0).id(), second = articles.get(1).id();
        List<String[]> checks = new ArrayList<>();
        Event gz = near(r, 33.34, 44.40, 25), balad = near(r, 34.01, 44.15, 30);

        Fact w = fact(gz, "weapon");
        FactValue rockets = value(w, "rocket"), mortars = value(w, "mortar");
        check(checks, "Green Zone event: main, Baghdad, 2020-01-04, reported by both",
                gz != null && LocalDate.of(2020, 1, 4).equals(gz.date()) && gz.articles().size() == 2, describe(gz));
        check(checks, "Green Zone weapon in conflict: rockets (first article) vs mortar shells (second)",
                w != null && w.status() == FactStatus.CONFLICT && rockets != null && mortars != null
                        && rockets.articles().equals(List.of(first)) && mortars.articles().equals(List.of(second)),
                w == null ? "no weapon fact" : w.status() + " " + values(w));
        check(checks, "Green Zone rockets: Katyusha, said by an Iraqi security source via Al-Arabiya",
                rockets != null && rockets.evidence().stream().anyMatch(e -> e.text().toLowerCase(Locale.ROOT).contains("katyusha")
                        && has(e.attribution().speaker(), "iraqi security source") && has(e.attribution().via(), "arabiya")),
                rockets == null ? "no rocket value" : who(rockets));
        check(checks, "Green Zone mortar shells: 2, with their sentence",
                mortars != null && Objects.equals(mortars.count(), 2) && mortars.evidence().stream().anyMatch(e -> e.text().contains("mortar")),
                mortars == null ? "no mortar value" : mortars.count() + " " + who(mortars));
        Fact gzDate = fact(gz, "date");
        check(checks, "Green Zone date from security officials (second article)",
                gzDate != null && gzDate.values().stream().flatMap(v -> v.evidence().stream())
                        .anyMatch(e -> e.article().equals(second) && has(e.attribution().speaker(), "security officials")),
                gzDate == null ? "no date fact" : gzDate.values().stream().map(ReconcileEvaluation::who).toList().toString());

        Fact bw = fact(balad, "weapon");
        check(checks, "Balad event: main, 2020-01-04, reported by both",
                balad != null && LocalDate.of(2020, 1, 4).equals(balad.date()) && balad.articles().size() == 2, describe(balad));
        check(checks, "Balad weapon agreed: 2 Katyusha rockets, from both articles",
                bw != null && bw.status() == FactStatus.AGREED && bw.values().get(0).value().toLowerCase(Locale.ROOT).contains("katyusha")
                        && Objects.equals(bw.values().get(0).count(), 2) && bw.values().get(0).articles().size() == 2,
                bw == null ? "no weapon fact" : bw.status() + " " + values(bw));
        check(checks, "Balad: the first article's value attributed to Reuters",
                bw != null && bw.values().get(0).evidence().stream().anyMatch(e -> e.article().equals(first) && has(e.attribution().speaker(), "reuters")),
                bw == null ? "no weapon fact" : who(bw.values().get(0)));
        for (Event e : java.util.Arrays.asList(gz, balad)) {
            String name = e == gz ? "Green Zone" : "Balad";
            Fact k = fact(e, "killed"), i = fact(e, "injured");
            check(checks, name + ": killed 0 and injured 0, said by the Iraqi military command, no source contradicting",
                    e != null && Objects.equals(e.killed(), 0) && Objects.equals(e.injured(), 0) && k != null && i != null
                            && k.status() != FactStatus.CONFLICT && i.status() != FactStatus.CONFLICT
                            && k.values().get(0).evidence().stream().anyMatch(x -> has(x.attribution().speaker(), "iraqi military command")),
                    k == null ? "no killed fact" : "killed " + k.status() + " " + who(k.values().get(0))
                            + (i == null ? "; no injured fact" : "; injured " + i.status()));
        }
        int pass = 0;
        for (String[] c : checks) {
            if (c[0].equals("PASS")) pass++;
            notes.add("seed pair " + c[0] + ": " + c[1] + " — " + c[2]);
        }
        metrics.add(Metric.quantity("seed-pair reconciliation checks passed", pass, "of " + checks.size(), "all"));
    }

    private static void check(List<String[]> checks, String what, boolean ok, String got) {
        checks.add(new String[]{ok ? "PASS" : "FAIL", what, got});
    }

    private static boolean has(String s, String part) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(part);
    }

    private static String who(FactValue v) {
        List<String> out = new ArrayList<>();
        for (Evidence e : v.evidence()) {
            out.add(v.value() + " [" + e.article() + "] " + e.attribution().speaker()
                    + (e.attribution().via() != null ? " via " + e.attribution().via() : "") + " (" + e.attribution().modality() + ")");
        }
        return String.join("; ", out);
    }

    private static String values(Fact f) {
        return f.values().stream().map(v -> (v.count() != null ? v.count() + " " : "") + v.value() + " " + v.articles()).toList().toString();
    }

    private static String describe(Event e) {
        return e == null ? "no such event" : e.role() + " " + e.date() + " " + (e.location() == null ? "" : e.location().name()) + " " + e.articles();
    }

    private static Event near(AnalysisResult r, double lat, double lon, double km) {
        Place probe = new Place(0, "probe", "", null, lat, lon, 0, Place.Kind.CITY);
        return r.events().stream().filter(x -> "main".equals(x.role()) && x.location() != null)
                .filter(x -> probe.distanceKm(x.location().lat(), x.location().lon()) <= km).findFirst().orElse(null);
    }

    private static Fact fact(Event e, String field) {
        if (e == null) return null;
        return e.facts().stream().filter(f -> f.field().equals(field)).findFirst().orElse(null);
    }

    private static FactValue value(Fact f, String contains) {
        if (f == null) return null;
        return f.values().stream().filter(v -> v.value().toLowerCase(Locale.ROOT).contains(contains)).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- gva

    private static void gva(Triangulate t, Path dataDir, List<Metric> metrics, List<String> notes) throws IOException {
        List<GoldData.GvaArticle> data = GoldData.gvaArticles(dataDir);
        Map<String, GoldData.GvaIncident> incidents = GoldData.gvaIncidents(dataDir);
        Map<String, List<Article>> byIncident = new LinkedHashMap<>();
        List<Article> articles = new ArrayList<>();
        for (GoldData.GvaArticle g : data) {
            articles.add(g.article());
            byIncident.computeIfAbsent(g.incident(), k -> new ArrayList<>()).add(g.article());
        }
        Map<String, Event> mains = mainEvents(t.analyze(articles), byIncident);
        Map<String, Event> conservative = mainEvents(Triangulate.builder().policy(Policy.CONSERVATIVE).build().analyze(articles), byIncident);

        // [all, tune, held][n, reconciled ok, first-article ok, revised, conservative ok, revised and ok]
        int[][] c = new int[3][6];
        List<String> examples = new ArrayList<>();
        for (Map.Entry<String, List<Article>> en : byIncident.entrySet()) {
            GoldData.GvaIncident inc = incidents.get(en.getKey());
            List<Article> as = en.getValue();
            if (inc == null || as.size() < 2 || inc.killed() == null || inc.injured() == null) continue;
            Event main = mains.get(inc.id());
            Article first = as.stream().min(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
            Event alone = firstArticleEvent(t, first);
            boolean ok = main != null && matches(inc, main);
            boolean firstOk = alone != null && matches(inc, alone);
            boolean revised = main != null && main.facts().stream().anyMatch(f -> (f.field().equals("killed") || f.field().equals("injured"))
                    && f.status() == FactStatus.UPDATED);
            int part = Split.heldOut(inc.id()) ? 2 : 1;
            for (int p : new int[]{0, part}) {
                c[p][0]++;
                if (ok) c[p][1]++;
                if (firstOk) c[p][2]++;
                if (revised) c[p][3]++;
                if (revised && ok) c[p][5]++;
                if (conservative.get(inc.id()) != null && matches(inc, conservative.get(inc.id()))) c[p][4]++;
            }
            if (revised && examples.size() < 3) examples.add(example(inc, main) + (ok ? " — matches the archive" : " — the archive differs"));
        }
        metrics.add(Metric.fraction("multi-article incidents: reconciled killed AND injured match", ratio(c[0], 1), ratio(c[1], 1), ratio(c[2], 1), "≥ 0.92"));
        metrics.add(Metric.fraction("multi-article incidents: first article's killed AND injured match", ratio(c[0], 2), ratio(c[1], 2), ratio(c[2], 2), "< reconciled"));
        metrics.add(Metric.fraction("multi-article incidents: killed AND injured match, conservative policy", ratio(c[0], 4), ratio(c[1], 4), ratio(c[2], 4), null));
        metrics.add(new Metric("incidents with killed/injured revised across articles", (double) c[0][3], (double) c[1][3], (double) c[2][3], null, "incidents"));
        notes.add(String.format(Locale.ROOT, "revised incidents whose reconciled killed and injured match the archive: %d of %d",
                c[0][5], c[0][3]));
        notes.add(String.format(Locale.ROOT, "gva: %d incidents with two or more articles and archive killed/injured (%d tuning, %d held out); "
                + "a figure no source gives counts as 0; main event chosen as in the gva evaluation", c[0][0], c[1][0], c[2][0]));
        for (int i = 0; i < examples.size(); i++) notes.add("revision example " + (i + 1) + ": " + examples.get(i));
    }

    /**
     * The main event of each incident: on the story holding most of its articles (ties: the story listed
     * first), the main event reported by most articles, as in {@link GvaEvaluation}.
     */
    private static Map<String, Event> mainEvents(AnalysisResult result, Map<String, List<Article>> byIncident) {
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Integer> storyOrder = new HashMap<>();
        for (Story s : result.stories()) {
            storyOrder.put(s.id(), storyOrder.size());
            for (String a : s.articles()) storyOf.put(a, s.id());
        }
        Map<String, List<Event>> mains = new HashMap<>();
        for (Event e : result.events()) if ("main".equals(e.role())) mains.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
        Map<String, Event> out = new HashMap<>();
        for (Map.Entry<String, List<Article>> en : byIncident.entrySet()) {
            Map<String, Integer> votes = new HashMap<>();
            for (Article a : en.getValue()) {
                String s = storyOf.get(a.id());
                if (s != null) votes.merge(s, 1, Integer::sum);
            }
            if (votes.isEmpty()) continue;
            String story = votes.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -storyOrder.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                    .orElseThrow().getKey();
            Event main = GvaEvaluation.mainEvent(mains.getOrDefault(story, List.of()));
            if (main != null) out.put(en.getKey(), main);
        }
        return out;
    }

    private static Event firstArticleEvent(Triangulate t, Article a) {
        try {
            AnalysedArticle an = t.analyse(a);
            List<Event> es = t.reconcile("first-" + a.id(), List.of(an)).stream().filter(e -> "main".equals(e.role())).toList();
            return GvaEvaluation.mainEvent(es);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean matches(GoldData.GvaIncident inc, Event e) {
        return inc.killed().equals(e.killed() == null ? 0 : e.killed()) && inc.injured().equals(e.injured() == null ? 0 : e.injured());
    }

    private static double ratio(int[] c, int i) { return c[0] == 0 ? 0 : (double) c[i] / c[0]; }

    private static String example(GoldData.GvaIncident inc, Event main) {
        StringBuilder sb = new StringBuilder("incident " + inc.id() + " (archive: " + inc.killed() + " killed, " + inc.injured() + " injured)");
        for (Fact f : main.facts()) {
            if (!(f.field().equals("killed") || f.field().equals("injured")) || f.status() != FactStatus.UPDATED) continue;
            sb.append("; ").append(f.field()).append(" updated to ").append(f.reconciled()).append(", values in publication order:");
            List<FactValue> vs = new ArrayList<>(f.values());
            java.util.Collections.reverse(vs); // the reconciled (latest) value is listed first: quote in publication order
            for (FactValue v : vs) {
                for (Evidence e : v.evidence()) {
                    String text = e.text().length() > 220 ? e.text().substring(0, 219) + "…" : e.text();
                    sb.append(" [").append(e.article()).append("] ").append(v.value()).append(" — \"").append(text.replace('\n', ' ')).append('"');
                }
            }
        }
        return sb.toString();
    }
}
