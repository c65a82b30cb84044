package io.triangulate.reconcile;

import io.triangulate.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Location values compared geographically and by containment: two articles' places agree when they are one
 * gazetteer entry, when one lies inside the other (a town in its state, a state or town in its country), or
 * when two towns of one country lie within {@link #NEAR_KM} of each other (a city and its suburb, two entries
 * for one place), or a town lies within {@link #COUNTY_KM} of a county of its state (the gazetteer gives
 * counties as points, not areas). A country never agrees with a place of another country, nor two towns far apart.
 */
final class Places {
    /** Two towns this close are one place for reconciliation (a city and its suburb). */
    static final double NEAR_KM = 25;
    /** A county and a town of its state this close (from the county's centre) are taken as the town in its county. */
    static final double COUNTY_KM = 60;

    private Places() {}

    /** True when the two places can be the same event's location (null places never agree). */
    static boolean agree(Place a, Place b) {
        if (a == null || b == null) return false;
        if (a.geonamesId() == b.geonamesId()) return true;
        if (!Objects.equals(a.country(), b.country())) return false;
        if (a.kind() == Place.Kind.COUNTRY || b.kind() == Place.Kind.COUNTRY) return true;  // anything in its country
        if (a.kind() == Place.Kind.ADMIN1 || b.kind() == Place.Kind.ADMIN1)                  // a town in its state
            return a.admin1() != null && a.admin1().equals(b.admin1());
        boolean da = division(a), db = division(b);
        if (da && db) return false;                                                            // two counties: one entry or name only
        if (da || db) return Objects.equals(a.admin1(), b.admin1()) && a.distanceKm(b) <= COUNTY_KM; // a town in its county
        return a.distanceKm(b) <= NEAR_KM;
    }

    /**
     * A second-order division the gazetteer lists among towns ("Harris County", "Orleans Parish", "Juneau
     * Borough"): less specific than a town, more than a state.
     */
    static boolean division(Place p) {
        if (p == null || p.kind() != Place.Kind.CITY) return false;
        String n = p.name().toLowerCase(Locale.ROOT);
        return n.endsWith(" county") || n.endsWith(" parish") || n.endsWith(" borough");
    }

    /** How specific a place is: a town 0, a county 1, a state (first-order division) 2, a country 3. */
    static int rank(Place p) {
        if (p == null) return 4;
        return switch (p.kind()) {
            case CITY -> division(p) ? 1 : 0;
            case ADMIN1 -> 2;
            case COUNTRY -> 3;
        };
    }

    /**
     * The location claims reordered so that the most specific, best-supported place comes first: by
     * specificity (town, county, state, country), then by the number of independent sources naming that entry,
     * then by the earliest report naming it; claims of one entry stay in publication order. Grouping takes
     * each group's first claim as its value, so among agreeing places the town wins over its state.
     */
    static List<Claim> specificFirst(List<Claim> claims, Map<String, Place> placeOf) {
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Integer> earliest = new HashMap<>();
        for (Claim c : claims) {
            sources.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.sourceKey());
            earliest.merge(c.key(), c.order(), Math::min);
        }
        List<Claim> out = new ArrayList<>(claims);
        out.sort(Comparator.comparingInt((Claim c) -> rank(placeOf.get(c.key())))
                .thenComparingInt(c -> -sources.get(c.key()).size())
                .thenComparingInt(c -> earliest.get(c.key()))
                .thenComparing(Claim::key)
                .thenComparingInt(Claim::order));
        return out;
    }
}
