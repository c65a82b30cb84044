package io.triangulate.model;

/**
 * A gazetteer entry (GeoNames).
 *
 * @param geonamesId  GeoNames id (countries and first-order divisions use their GeoNames ids where known, else a negative synthetic id)
 * @param name        preferred name
 * @param country     ISO 3166-1 alpha-2
 * @param admin1      first-order division name, nullable
 * @param lat         latitude
 * @param lon         longitude
 * @param population  population, 0 if unknown
 * @param kind        CITY, ADMIN1 or COUNTRY
 */
public record Place(long geonamesId, String name, String country, String admin1, double lat, double lon,
                    long population, Kind kind) {
    public enum Kind { CITY, ADMIN1, COUNTRY }

    /** Great-circle distance in kilometres. */
    public double distanceKm(double lat2, double lon2) { return distanceKm(lat, lon, lat2, lon2); }

    /** Great-circle (haversine) distance in kilometres between two points given in degrees. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0088;
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    public double distanceKm(Place other) { return distanceKm(other.lat, other.lon); }
}
