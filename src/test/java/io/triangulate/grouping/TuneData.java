package io.triangulate.grouping;

import io.triangulate.Triangulate;
import io.triangulate.eval.GoldData;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Developer tools' data: gold sets as analysed articles in publication order (-Dfull=false: text only). */
final class TuneData {
    private TuneData() {}

    static final boolean FULL = !"false".equals(System.getProperty("full"));
    private static Triangulate t;

    static List<AnalysedArticle> analyse(List<Article> arts) {
        List<AnalysedArticle> out;
        if (FULL) {
            if (t == null) t = Triangulate.create();
            out = new ArrayList<>(arts.parallelStream().map(a -> {
                try {
                    return t.analyse(a);
                } catch (RuntimeException e) {
                    System.err.println("analysis failed on " + a.id() + ": " + e);
                    return TuneGrouping.minimal(a);
                }
            }).toList());
        } else {
            out = new ArrayList<>(arts.stream().map(TuneGrouping::minimal).toList());
        }
        out.sort(Comparator.comparing(AnalysedArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    static List<AnalysedArticle> gva(Path data, Map<String, String> gold) throws Exception {
        List<Article> arts = new ArrayList<>();
        for (var g : GoldData.gvaArticles(data)) { arts.add(g.article()); gold.put(g.article().id(), g.incident()); }
        return analyse(arts);
    }

    static List<AnalysedArticle> ecb(Path data, Map<String, String> gold, Map<String, String> topic) throws Exception {
        List<Article> arts = new ArrayList<>();
        for (var d : GoldData.ecbplus(data)) {
            arts.add(d.article());
            gold.put(d.article().id(), d.event());
            topic.put(d.article().id(), d.topic());
        }
        return analyse(arts);
    }
}
