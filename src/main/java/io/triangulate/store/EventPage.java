package io.triangulate.store;

import io.triangulate.model.Event;

import java.util.List;

/**
 * One page of events.
 *
 * @param events     the events, newest first
 * @param total      how many events match the filters
 * @param limit      the page size asked for
 * @param offset     the offset used (0 with a cursor)
 * @param nextCursor the cursor of the next page, null on the last page
 */
public record EventPage(List<Event> events, long total, int limit, int offset, String nextCursor) {
}
