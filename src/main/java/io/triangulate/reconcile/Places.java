package io.triangulate.reconcile;

import io.triangulate.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Location values compared geographically and by containment: two articles' places agree when they are one
 * gazetteer entry, when one lies inside the other (a town in its state, a state or town in its country), or
 * when two towns of one country lie within {@link #NEAR_KM} of each other (a city and its suburb, two entries
 * for one place). A country never agrees with a place of another country, nor two towns far apart.
 */
final class Places {
    /** Two towns this close are one place for reconciliation (a city and its suburb). */
    static final double NEAR_KM = 25;

    private Places() {}

    /** True when the two places can be the same event's location (null places never agree). */
    static boolean agree(Place a, Place b) {
        if (a == null || b == null) return false;
        if (a.geonamesId() == b.geonamesId()) return true;
        if (!Objects.equals(a.country(), b.country())) return false;
        if (a.kind() == Place.Kind.COUNTRY || b.kind() == Place.Kind.COUNTRY) return true;  // anything in its country
        if (a.kind() == Place.Kind.ADMIN1 || b.kind() == Place.Kind.ADMIN1)                  // a town in its state
            return a.admin1() != null && a.admin1().equals(b.admin1());
        return a.distanceKm(b) <= NEAR_KM;
    }

    /** How specific a place is: a town 0, a first-order division 1, a country 2. */
    static int rank(Place p) {
        if (p == null) return 3;
        return switch (p.kind()) {
            case CITY -> 0;
            case ADMIN1 -> 1;
            case COUNTRY -> 2;
        };
    }

    /**
     * The location claims reordered so that the most specific, best-supported place comes first: by
     * specificity (town, state, country), then by the number of independent sources naming that entry,
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
