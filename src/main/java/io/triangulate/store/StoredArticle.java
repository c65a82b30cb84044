package io.triangulate.store;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;

import java.time.Instant;

/**
 * An article as stored: the raw article, what analysis found, and its story.
 *
 * @param article  as ingested
 * @param analysed the analysis (nullable for an article stored without one)
 * @param story    story id, nullable
 * @param ingested when it was committed
 */
public record StoredArticle(Article article, AnalysedArticle analysed, String story, Instant ingested) {
}
