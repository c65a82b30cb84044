package io.triangulate.store;

import io.triangulate.model.Event;

import java.util.List;

/**
 * A stored story with its articles, events and membership history.
 *
 * @param id       story id
 * @param articles its articles, in publication order
 * @param events   its reconciled events (main first)
 * @param history  the membership changes that concern it, oldest first
 */
public record StoryView(String id, List<ArticleInfo> articles, List<Event> events, List<HistoryEntry> history) {
}
