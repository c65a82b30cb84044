package io.triangulate.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Filters and paging for {@link Store#events}. Build with {@link #builder()}.
 *
 * @param from     events on or after this day, nullable
 * @param to       events on or before this day, nullable
 * @param type     event type code, nullable
 * @param country  ISO 3166-1 alpha-2, nullable
 * @param role     main or background, nullable
 * @param nearLat  centre of a radius filter, nullable
 * @param nearLon  centre of a radius filter, nullable
 * @param radiusKm radius around the centre
 * @param text     full-text query over the events' places, actors, values and evidence, nullable
 * @param limit    page size (1..1000)
 * @param offset   rows to skip (ignored with a cursor)
 * @param cursor   the {@code nextCursor} of the previous page, nullable
 */
public record EventQuery(LocalDate from, LocalDate to, String type, String country, String role,
                         Double nearLat, Double nearLon, double radiusKm, String text,
                         int limit, int offset, String cursor) {
    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must not be negative, not " + offset);
        if ((nearLat == null) != (nearLon == null)) throw new IllegalArgumentException("near needs both lat and lon");
        if (nearLat != null && (nearLat < -90 || nearLat > 90 || nearLon < -180 || nearLon > 180))
            throw new IllegalArgumentException("near must be lat,lon within -90..90, -180..180");
        if (radiusKm <= 0) throw new IllegalArgumentException("radiusKm must be positive, not " + radiusKm);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
        if (type != null) type = type.toUpperCase(Locale.ROOT);
        if (country != null) country = country.toUpperCase(Locale.ROOT);
        if (role != null) role = role.toLowerCase(Locale.ROOT);
        if (text != null && text.isBlank()) text = null;
    }

    public static Builder builder() { return new Builder(); }

    /** A builder; every filter is optional. */
    public static final class Builder {
        private LocalDate from, to;
        private String type, country, role, text, cursor;
        private Double lat, lon;
        private double radiusKm = 50;
        private int limit = 50, offset;

        public Builder from(LocalDate d) { from = d; return this; }
        public Builder to(LocalDate d) { to = d; return this; }
        public Builder type(String t) { type = t; return this; }
        public Builder country(String c) { country = c; return this; }
        public Builder role(String r) { role = r; return this; }
        public Builder near(double lat, double lon, double radiusKm) { this.lat = lat; this.lon = lon; this.radiusKm = radiusKm; return this; }
        public Builder text(String q) { text = q; return this; }
        public Builder limit(int n) { limit = n; return this; }
        public Builder offset(int n) { offset = n; return this; }
        public Builder cursor(String c) { cursor = c; return this; }
        public EventQuery build() { return new EventQuery(from, to, type, country, role, lat, lon, radiusKm, text, limit, offset, cursor); }
    }
}
