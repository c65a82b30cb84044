package io.triangulate.reconcile;

/**
 * The confidence of a reconciled value, in one place: {@code share × (1 − 0.5^n)}, where {@code n} is
 * the number of independent sources behind the value and {@code share} their part of all the sources
 * that speak to the field. One source alone: 0.5; two agreeing: 0.75; one of two in conflict: 0.25.
 */
final class Confidence {
    private Confidence() {}

    static double of(int sources, int totalSources) {
        if (sources <= 0 || totalSources <= 0) return 0;
        double share = (double) sources / totalSources;
        double c = share * (1 - Math.pow(0.5, sources));
        return Math.round(c * 1000) / 1000.0;
    }
}
