package io.triangulate.grouping;

import io.triangulate.eval.GoldData;
import io.triangulate.eval.Split;
import io.triangulate.model.AnalysedArticle;
import java.nio.file.Path;
import java.util.*;

/** Developer tool: prints the predicted clusters of the tuning part that mix incidents. Args: dataDir */
public final class ImpureDump {
    public static void main(String[] args) throws Exception {
        List<AnalysedArticle> arts = new ArrayList<>();
        Map<String, String> gold = new HashMap<>(), title = new HashMap<>();
        for (var g : GoldData.gvaArticles(Path.of(args[0]))) {
            arts.add(TuneGrouping.minimal(g.article()));
            gold.put(g.article().id(), g.incident());
            title.put(g.article().id(), g.article().published() + " [" + g.incident() + "] " + g.article().title());
        }
        arts.sort(Comparator.comparing(AnalysedArticle::published));
        Grouper gr = Grouper.builder().build();
        for (AnalysedArticle a : arts) gr.add(a);
        List<Grouper.Cluster> bad = new ArrayList<>();
        for (var c : gr.clusters()) {
            if (Split.heldOut(gold.get(c.articles().get(0)))) continue;
            if (c.articles().stream().map(gold::get).distinct().count() > 1) bad.add(c);
        }
        bad.sort((x, y) -> y.articles().size() - x.articles().size());
        System.out.println(bad.size() + " impure clusters; changes " + gr.changes());
        for (var c : bad.subList(0, Math.min(12, bad.size()))) {
            System.out.println("--- " + c.id());
            for (String a : c.articles()) System.out.println("  " + title.get(a));
        }
    }
}
