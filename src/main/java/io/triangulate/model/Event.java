package io.triangulate.model;

import java.time.LocalDate;
import java.util.List;

/** A reconciled real-world event: what the interface calls an event. */
public record Event(String id, String story, String role, EventType type, LocalDate date, Location location,
                    Integer killed, Integer injured, List<String> articles, List<Fact> facts) {
    public Event {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
    }
}
