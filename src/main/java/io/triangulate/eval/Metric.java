package io.triangulate.eval;

/**
 * One figure: on the whole set, on the tuning part and on the held-out part (see {@link Split}).
 * Values are fractions in [0,1] unless {@code unit} says otherwise. Null where not measured.
 *
 * @param name    "B-cubed F1", "value F1"…
 * @param all     on the whole set
 * @param tune    on the part used for tuning
 * @param heldOut on the held-out part
 * @param target  the target, as text ("≥ 0.85"), nullable
 * @param unit    null for a fraction, else e.g. "articles/s", "MB"
 */
public record Metric(String name, Double all, Double tune, Double heldOut, String target, String unit) {
    public static Metric fraction(String name, double all, double tune, double heldOut, String target) {
        return new Metric(name, all, tune, heldOut, target, null);
    }

    public static Metric quantity(String name, double value, String unit, String target) {
        return new Metric(name, value, null, null, target, unit);
    }
}
