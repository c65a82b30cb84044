package io.triangulate.analysis.figures;

/**
 * Killed and injured implied by a set of figures for one incident ({@link FigureExtractor#summarise}).
 *
 * @param killed  people killed, 0 when a negative says so, null when nothing is said
 * @param injured people injured (not killed), 0 when a negative says so, null when nothing is said
 */
public record CasualtySummary(Integer killed, Integer injured) {}
