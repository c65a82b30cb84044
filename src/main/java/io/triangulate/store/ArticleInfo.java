package io.triangulate.store;

import java.time.LocalDate;

/**
 * What the store lists about an article without its text.
 *
 * @param id        article id
 * @param source    outlet, nullable
 * @param url       nullable
 * @param title     nullable
 * @param published publication date (given or inferred), nullable
 * @param language  ISO 639-1, nullable
 * @param story     the story it belongs to, nullable while none
 */
public record ArticleInfo(String id, String source, String url, String title, LocalDate published,
                          String language, String story) {
}
