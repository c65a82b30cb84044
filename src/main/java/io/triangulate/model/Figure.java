package io.triangulate.model;

/**
 * A counted figure in a text: casualties, arrests, weapons.
 * Exact counts have {@code min == max}; "at least 3" has min 3, max null; "dozens" has
 * min 24, max null and {@code approximate}; "no casualties" is KILLED 0 and INJURED 0.
 *
 * @param start       offset of the phrase
 * @param end         offset after
 * @param text        the phrase as written
 * @param kind        what is counted
 * @param min         lower bound (the value, for an exact count), nullable when unknown
 * @param max         upper bound, nullable when open
 * @param approximate hedged ("about", "dozens", "some")
 * @param object      for WEAPON and OTHER: the counted thing, normalised singular ("Katyusha rocket", "mortar shell")
 */
public record Figure(int start, int end, String text, FigureKind kind, Integer min, Integer max,
                     boolean approximate, String object) {
    /** The single best value: the exact count, else the lower bound. */
    public Integer value() { return min != null ? min : max; }

    public boolean exact() { return min != null && min.equals(max) && !approximate; }
}
