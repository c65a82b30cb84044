package io.triangulate.analysis.figures;

/**
 * A count read from tokens [start, end): bounds, hedging, and how it was written.
 *
 * @param article a/an read as one: only counts when a person or a weapon follows
 * @param dualNoun for an Arabic dual ("صاروخي"), the counted noun's canonical form, else null
 */
record Quantity(int start, int end, Integer min, Integer max, boolean approximate, boolean article, String dualNoun) {
    Quantity plus(Quantity o, int newEnd) {
        Integer mn = min == null || o.min == null ? null : min + o.min;
        Integer mx = max == null || o.max == null ? null : max + o.max;
        return new Quantity(start, newEnd, mn, mx, approximate || o.approximate, false, null);
    }
}
