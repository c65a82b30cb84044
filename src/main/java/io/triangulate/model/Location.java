package io.triangulate.model;

/** The location of an event as the interface shows it. */
public record Location(String name, String country, String admin1, double lat, double lon, long geonamesId) {
    public static Location of(Place p) {
        return new Location(p.name(), p.country(), p.admin1(), p.lat(), p.lon(), p.geonamesId());
    }
}
