package io.triangulate.grouping;

/**
 * What the grouper keeps of one article: compact, language-independent evidence plus a pruned TF-IDF vector.
 *
 * @param id           article id
 * @param language     ISO 639-1 code, nullable
 * @param date         event day (epoch day) or {@link #NO_DATE}
 * @param dateExplicit true when the day comes from a time expression of the main event, not the publication date
 * @param text         unit TF-IDF vector over content words (title counted twice)
 * @param keys         unit vector over language-independent keys: name skeletons, streets, ages, place ids
 * @param indexKeys    dimensions used to find candidate stories
 * @param places       resolved city-level places (gazetteer id, lat, lon)
 * @param killed       killed count of the main event, nullable
 * @param injured      injured count of the main event, nullable
 * @param ages         victims' and suspects' ages mentioned
 * @param streets      street dimension ids mentioned
 * @param title        unit TF-IDF vector of the title alone
 * @param rare         key dimensions still rare in the stream when the article arrived (names of its people)
 */
record Signature(String id, String language, int date, boolean dateExplicit, SparseVector text, SparseVector keys,
                 int[] indexKeys, GeoPoint[] places, Integer killed, Integer injured, int[] ages, int[] streets,
                 SparseVector title, int[] rare) {
    static final int NO_DATE = Integer.MIN_VALUE;

    boolean dated() { return date != NO_DATE; }

    /** A resolved place. */
    record GeoPoint(long id, double lat, double lon) {
        double distanceKm(GeoPoint o) {
            double r = 6371.0088;
            double p1 = Math.toRadians(lat), p2 = Math.toRadians(o.lat);
            double dp = p2 - p1, dl = Math.toRadians(o.lon - lon);
            double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
            return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
        }
    }
}
