/**
 * The immutable records that flow between the pipeline's stages:
 * {@link io.triangulate.model.Article} (ingest) → {@link io.triangulate.model.AnalysedArticle} (analysis)
 * → {@link io.triangulate.model.Story} (grouping) → {@link io.triangulate.model.Event} with
 * {@link io.triangulate.model.Fact}s (reconciliation).
 * Every offset is a Java {@code String} index into the text it names, end exclusive.
 */
package io.triangulate.model;
