package io.triangulate.eval;

import io.triangulate.grouping.Grouper;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.Article;
import io.triangulate.model.ArticleSummary;
import io.triangulate.model.EventType;
import io.triangulate.model.Story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** What the grouping evaluations run on a set of articles: everything from analysis to reconciled stories. */
interface StoryPipeline {
    /** Short description for the report. */
    String name();

    AnalysisResult run(List<Article> articles);

    /** The project's pipeline: analysis, grouping and reconciliation through the facade. */
    static StoryPipeline standard() {
        io.triangulate.Triangulate t = io.triangulate.Triangulate.create();
        return of("the whole pipeline (Triangulate.analyze)", t::analyze);
    }

    /**
     * Grouping alone on minimally analysed articles (text, title, publication date; no extracted places,
     * dates or figures), in publication order. Produces stories and no events.
     */
    static StoryPipeline groupingOnly() {
        return new StoryPipeline() {
            @Override public String name() { return "grouping on text only (no extractors)"; }

            @Override public AnalysisResult run(List<Article> articles) {
                return groupMinimal(articles, Grouper.builder()::build);
            }
        };
    }

    static AnalysisResult groupMinimal(List<Article> articles, java.util.function.Supplier<Grouper> grouperFactory) {
        Grouper g = grouperFactory.get();
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Article a : ordered) g.add(minimal(a));
        return result(ordered, g);
    }

    static AnalysisResult result(List<Article> ordered, Grouper g) {
        List<ArticleSummary> sums = new ArrayList<>();
        for (Article a : ordered)
            sums.add(new ArticleSummary(a.id(), a.source(), a.title(), a.published(), a.language(), g.storyOf(a.id())));
        List<Story> stories = new ArrayList<>();
        for (Grouper.Cluster c : g.clusters()) stories.add(new Story(c.id(), c.articles(), List.of()));
        return new AnalysisResult(sums, stories, List.of(), List.of());
    }

    /** An article with no extraction: what grouping can use before any extractor runs. */
    static AnalysedArticle minimal(Article a) {
        LocalDate pub = a.published();
        return new AnalysedArticle(a, a.text(), a.language() == null ? "en" : a.language(), pub, false,
                List.of(), List.of(), List.of(), List.of(), EventType.OTHER, List.of());
    }

    static StoryPipeline of(String name, Function<List<Article>, AnalysisResult> f) {
        return new StoryPipeline() {
            @Override public String name() { return name; }

            @Override public AnalysisResult run(List<Article> articles) { return f.apply(articles); }
        };
    }
}
