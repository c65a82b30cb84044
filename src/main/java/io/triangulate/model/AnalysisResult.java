package io.triangulate.model;

import java.util.List;

/** The whole result of {@code analyze}: the JSON document of the interface. */
public record AnalysisResult(List<ArticleSummary> articles, List<Story> stories, List<Event> events, List<Warning> warnings) {
    public AnalysisResult {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
