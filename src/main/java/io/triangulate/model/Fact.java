package io.triangulate.model;

import java.util.List;

/**
 * What the sources say about one field of an event.
 *
 * @param field      "date", "location", "killed", "injured", "weapon", "actor", "target", "type", …
 * @param status     agreed, conflict, updated or single
 * @param values     the values, the reconciled one first
 * @param reconciled the reconciled value, nullable while a conflict stays open
 */
public record Fact(String field, FactStatus status, List<FactValue> values, String reconciled) {
    public Fact {
        values = List.copyOf(values);
    }
}
