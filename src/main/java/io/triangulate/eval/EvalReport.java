package io.triangulate.eval;

import java.util.List;

/** The figures of one evaluation, with free-text notes (counts, examples). */
public record EvalReport(String evaluation, String data, List<Metric> metrics, List<String> notes) {
    public EvalReport {
        metrics = List.copyOf(metrics);
        notes = List.copyOf(notes);
    }
}
