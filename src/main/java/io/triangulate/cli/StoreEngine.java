package io.triangulate.cli;

import io.triangulate.Triangulate;
import io.triangulate.grouping.Grouper;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Event;
import io.triangulate.store.Ingestion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;

/** The store's ingest engine over the real pipeline: the facade's analysis and reconciliation, one grouper per run. */
final class StoreEngine implements Ingestion.Engine {
    private final Triangulate triangulate;
    private final Grouper grouper;
    private boolean regrouped;
    /** re-analyses of undated articles against a date inferred from their story, by id@date */
    private final Map<String, AnalysedArticle> redated = new HashMap<>();
    /** how far an inferred publication date may lie from the story's dated articles */
    private static final int STORY_DATE_DAYS = 3;

    private StoreEngine(Triangulate triangulate, Grouper grouper) {
        this.triangulate = triangulate;
        this.grouper = grouper;
    }

    /** An engine with the default pipeline (loads the gazetteer). */
    static StoreEngine create() {
        return new StoreEngine(Triangulate.create(), Grouper.builder().build());
    }

    @Override public AnalysedArticle analyse(Article article) { return triangulate.analyse(article); }

    @Override public String group(AnalysedArticle article) {
        int before = grouper.changes().size();
        String id = grouper.add(article);
        regrouped = grouper.changes().size() != before;
        return id;
    }

    @Override public boolean regrouped() { return regrouped; }

    @Override public Map<String, List<String>> clusters() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Grouper.Cluster c : grouper.clusters()) out.put(c.id(), c.articles());
        return out;
    }

    /**
     * Reconciles a story. As in {@code Triangulate.analyze}, an undated article in a story with dated
     * articles first takes the date its text allows (a weekday with a day and month) within a few days of
     * theirs, and is analysed again against it for the reconciliation.
     */
    @Override public List<Event> reconcile(String storyId, List<AnalysedArticle> articles) {
        List<LocalDate> dated = articles.stream().map(AnalysedArticle::published).filter(Objects::nonNull).toList();
        if (dated.isEmpty() || dated.size() == articles.size()) return triangulate.reconcile(storyId, articles);
        List<AnalysedArticle> members = new ArrayList<>(articles.size());
        for (AnalysedArticle a : articles) {
            if (a.published() != null) {
                members.add(a);
                continue;
            }
            LocalDate best = null;
            long bestGap = Long.MAX_VALUE;
            for (LocalDate c : triangulate.analyzer().publicationDateCandidates(a.article())) {
                for (LocalDate d : dated) {
                    long gap = Math.abs(ChronoUnit.DAYS.between(c, d));
                    if (gap < bestGap) {
                        bestGap = gap;
                        best = c;
                    }
                }
            }
            if (best != null && bestGap <= STORY_DATE_DAYS) {
                LocalDate day = best;
                members.add(redated.computeIfAbsent(a.id() + "@" + day, k -> triangulate.analyzer().analyseWithInferredDate(a.article(), day)));
            } else {
                members.add(a);
            }
        }
        return triangulate.reconcile(storyId, members);
    }
}
