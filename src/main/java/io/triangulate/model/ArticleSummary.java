package io.triangulate.model;

import java.time.LocalDate;

/** An article as the {@code analyze} output lists it. */
public record ArticleSummary(String id, String source, String title, LocalDate published, String language, String story) {
}
