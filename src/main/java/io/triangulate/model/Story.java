package io.triangulate.model;

import java.util.List;

/** Articles that report one real-world happening, with the events reconciled from them. */
public record Story(String id, List<String> articles, List<String> events) {
    public Story {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }
}
