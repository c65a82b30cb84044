package io.triangulate.ingest;

import io.triangulate.model.Article;
import io.triangulate.model.Warning;

import java.util.List;

/** Everything read from a batch: the accepted articles in input order and one warning per problem. */
public record IngestResult(List<Article> articles, List<Warning> warnings) {
    public IngestResult {
        articles = List.copyOf(articles);
        warnings = List.copyOf(warnings);
    }
}
