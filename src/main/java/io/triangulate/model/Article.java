package io.triangulate.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read by ingest.
 *
 * @param id        unique id (file name without extension, or the jsonl {@code id})
 * @param source    outlet name or host, nullable
 * @param url       nullable
 * @param title     nullable
 * @param published publication date given by the input, nullable (analysis may infer one)
 * @param language  ISO 639-1 code given by the input, nullable (analysis detects one)
 * @param text      the article body as read (never null, never blank)
 * @param origin    where it came from (path, path:line, or "-"), for warnings and provenance
 */
public record Article(String id, String source, String url, String title, LocalDate published,
                      String language, String text, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) throw new IllegalArgumentException("article id must not be blank");
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, source, url, title, date, language, text, origin);
    }

    public Article withText(String newText) {
        return new Article(id, source, url, title, published, language, newText, origin);
    }
}
