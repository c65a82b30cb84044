package io.triangulate.eval;

import io.triangulate.analysis.Analyzer;
import io.triangulate.analysis.figures.CasualtySummary;
import io.triangulate.analysis.figures.FigureExtractor;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.EventMention;
import io.triangulate.model.Place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The event extraction of one article on its own, before grouping and reconciliation: for every GVA
 * article, its first main event mention against the article's gold incident — day, place within 25 km,
 * killed, injured. Articles are analysed as {@link io.triangulate.Triangulate#analyze} analyses them, with each
 * outlet's home region learnt from the batch. Set {@code TRIANGULATE_EVAL_DUMP=FILE} to write one tab-separated row per article.
 */
public final class ArticleFieldsEvaluation implements Evaluation {
    @Override public String name() { return "gva-articles"; }

    @Override public String description() {
        return "per-article event extraction on GVA (first main mention vs the article's incident): date, place, killed, injured";
    }

    @Override public EvalReport run(Path dataDir) throws IOException {
        List<GoldData.GvaArticle> articles = GoldData.gvaArticles(dataDir);
        Map<String, GoldData.GvaIncident> incidents = GoldData.gvaIncidents(dataDir);
        // as the pipeline analyses them: each outlet's home region learnt from the batch first
        io.triangulate.Triangulate t = io.triangulate.Triangulate.create();
        Analyzer analyzer = t.analyzer();
        var homes = t.outletHomes(articles.stream().map(GoldData.GvaArticle::article).toList());
        List<AnalysedArticle> analysed = articles.parallelStream()
                .map(a -> analyzer.analyse(a.article(), homes.apply(a.article()))).toList();
        String[] fields = {"date", "place ≤ 25 km", "killed", "injured"};
        int[][] right = new int[3][4], total = new int[3][4];
        String dump = System.getenv("TRIANGULATE_EVAL_DUMP");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            GoldData.GvaArticle g = articles.get(i);
            GoldData.GvaIncident gold = incidents.get(g.incident());
            if (gold == null) continue;
            EventMention m = analysed.get(i).events().stream().filter(e -> e.role() == EventMention.Role.MAIN)
                    .findFirst().orElse(null);
            boolean[] ok = new boolean[4];
            boolean[] counted = new boolean[4];
            counted[0] = gold.date() != null;
            ok[0] = m != null && Objects.equals(m.date(), gold.date());
            counted[1] = gold.lat() != null;
            Place p = m == null || m.location() == null ? null : m.location().place();
            ok[1] = p != null && gold.lat() != null && p.distanceKm(gold.lat(), gold.lon()) <= 25;
            CasualtySummary sum = m == null ? new CasualtySummary(null, null) : FigureExtractor.summarise(m.figures());
            Integer killed = sum.killed(), injured = sum.injured();
            counted[2] = gold.killed() != null;
            ok[2] = Objects.equals(killed == null ? 0 : killed, gold.killed());
            counted[3] = gold.injured() != null;
            ok[3] = Objects.equals(injured == null ? 0 : injured, gold.injured());
            int part = Split.heldOut(g.incident()) ? 2 : 1;
            for (int f = 0; f < 4; f++) {
                if (!counted[f]) continue;
                for (int s : new int[]{0, part}) {
                    total[s][f]++;
                    if (ok[f]) right[s][f]++;
                }
            }
            if (dump != null) {
                rows.add(String.join("\t", g.article().id(), g.incident(), String.valueOf(g.article().published()),
                        String.valueOf(gold.date()), m == null ? "-" : String.valueOf(m.date()),
                        m == null || m.dateText() == null ? "-" : m.dateText(),
                        gold.city() + "/" + gold.state(), p == null ? "-" : p.name() + "/" + p.admin1() + "/" + p.kind(),
                        gold.killed() + "/" + gold.injured(), killed + "/" + injured,
                        ok[0] ? "D" : "d", ok[1] ? "P" : "p", ok[2] ? "K" : "k", ok[3] ? "I" : "i"));
            }
        }
        if (dump != null) Files.write(Path.of(dump), rows, StandardCharsets.UTF_8);
        List<Metric> metrics = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            metrics.add(Metric.fraction(fields[f] + " accuracy (articles)", ratio(right[0][f], total[0][f]),
                    ratio(right[1][f], total[1][f]), ratio(right[2][f], total[2][f]), null));
        }
        return new EvalReport(name(), "gva", metrics, List.of(articles.size() + " articles; a figure the article does not give counts as 0"));
    }

    private static double ratio(int a, int b) { return b == 0 ? 0 : (double) a / b; }

}
