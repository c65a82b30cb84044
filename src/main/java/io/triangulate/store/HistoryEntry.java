package io.triangulate.store;

import java.time.Instant;

/**
 * One change of story membership: an article joining a story, or moving between stories when the
 * grouping merges or splits them.
 *
 * @param at      when
 * @param article the article
 * @param from    the story it left, null when it arrived
 * @param to      the story it joined
 * @param reason  {@code added}, {@code merged} or {@code split}
 */
public record HistoryEntry(Instant at, String article, String from, String to, String reason) {
}
