package io.triangulate.reconcile;

import io.triangulate.model.Evidence;

import java.time.LocalDate;

/**
 * What one article says of one field of one event.
 *
 * @param key       the value compared across articles ("2020-01-04", "98182", "rocket", "3")
 * @param display   the value as shown ("Baghdad", "Katyusha rocket")
 * @param count     a count attached (projectiles), nullable
 * @param min       for figures: lower bound, nullable
 * @param max       for figures: upper bound, nullable (open)
 * @param article   article id
 * @param published its publication date, nullable
 * @param order     its position in publication order
 * @param source    the original source behind the claim (speaker, else the wire credit, else the outlet
 *                  of the first of its copies), as shown
 * @param sourceKey that source normalised: claims with one key are one source (see {@link Independence})
 * @param evidence  the sentence that says it, its attribution naming speaker and carrying outlet
 */
record Claim(String key, String display, Integer count, Integer min, Integer max, String article,
             LocalDate published, int order, String source, String sourceKey, Evidence evidence) {
    /** The same claim counting {@code value} (its key and display), up to {@code max} (null: open). */
    Claim counting(int value, Integer max) {
        return new Claim(String.valueOf(value), String.valueOf(value), count, value, max, article, published, order, source,
                sourceKey, evidence);
    }
}
