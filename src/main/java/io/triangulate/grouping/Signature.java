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
 * @param where        the resolved city of the main event, nullable: only it can set two reports far apart
 * @param anchored     true when the article came with a publication date: its day bounds the candidate window and
 *                     moves the stream clock; an undated article's day (read from its text alone, its year and
 *                     weekdays guessed) is weighed as evidence but never excludes a story
 * @param amounts      sums of money of at least 100,000 mentioned, sorted, each {@link #amount encoded} with its currency
 * @param published    the publication day (epoch day) or {@link #NO_DATE}: {@code date} may be a day the text recalls
 */
record Signature(String id, String language, int date, boolean dateExplicit, SparseVector text, SparseVector keys,
                 int[] indexKeys, GeoPoint[] places, Integer killed, Integer injured, int[] ages, int[] streets,
                 SparseVector title, int[] rare, boolean anchored, GeoPoint where, long[] amounts, int published) {
    static final int NO_DATE = Integer.MIN_VALUE;
    /** Amounts are kept in thousands; the currency is the digit above {@link #CURRENCY}. */
    static final long CURRENCY = 10_000_000_000_000L;

    /** An amount of money (currency 1 dollar, 2 pound, 3 euro) as one sortable number. */
    static long amount(int currency, double value) { return currency * CURRENCY + Math.round(value / 1000); }

    boolean dated() { return date != NO_DATE; }

    /** The same signature with its event day replaced by {@code day}, no longer read from the text. */
    Signature redated(int day) {
        return new Signature(id, language, day, false, text, keys, indexKeys, places, killed, injured, ages, streets,
                title, rare, anchored, where, amounts, published);
    }

    /** Dated with a day that may bound the window (see {@code anchored}). */
    boolean windowed() { return anchored && date != NO_DATE; }

    /** A resolved place. */
    record GeoPoint(long id, double lat, double lon) {
        double distanceKm(GeoPoint o) { return io.triangulate.model.Place.distanceKm(lat, lon, o.lat, o.lon); }
    }
}
