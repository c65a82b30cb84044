package io.triangulate.cli;

import io.triangulate.Triangulate;
import io.triangulate.grouping.Grouper;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Event;
import io.triangulate.store.Ingestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The store's ingest engine over the real pipeline: the facade's analysis and reconciliation, one grouper per run. */
final class StoreEngine implements Ingestion.Engine {
    private final Triangulate triangulate;
    private final Grouper grouper;
    private boolean regrouped;

    private StoreEngine(Triangulate triangulate, Grouper grouper) {
        this.triangulate = triangulate;
        this.grouper = grouper;
    }

    /** An engine with the default pipeline (loads the gazetteer). */
    static StoreEngine create() {
        return new StoreEngine(Triangulate.create(), Grouper.builder().build());
    }

    @Override public AnalysedArticle analyse(Article article) { return triangulate.analyse(article); }

    /** See {@link Triangulate#orderingDate}. */
    java.time.LocalDate orderingDate(Article article, java.util.NavigableSet<java.time.LocalDate> batchDates) {
        return triangulate.orderingDate(article, batchDates);
    }

    @Override public AnalysedArticle contextualise(AnalysedArticle article, java.util.Collection<AnalysedArticle> window) {
        return triangulate.datedByNeighbours(article, window);
    }

    @Override public String group(AnalysedArticle article) {
        long before = grouper.changeCount();
        String id = grouper.add(article);
        regrouped = grouper.changeCount() != before;
        return id;
    }

    @Override public boolean regrouped() { return regrouped; }

    @Override public Map<String, List<String>> clusters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Grouper.Cluster c : grouper.clusters()) out.put(c.id(), c.articles());
        return out;
    }

    /** Reconciles a story through the facade, which first dates undated articles from their story. */
    @Override public List<Event> reconcile(String storyId, List<AnalysedArticle> articles) {
        return triangulate.reconcile(storyId, articles);
    }
}
