package io.triangulate.grouping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-outlet document frequencies, to recognise an outlet's boilerplate: words and names that recur in a
 * large share of one outlet's articles (its name, its city, its footer, its title suffix) say nothing about
 * the event and would make every pair of its articles look alike. Bounded: at most {@code maxSources}
 * outlets (least recently seen forgotten) and {@code maxDims} dimensions each.
 */
final class SourceProfiles {
    private static final int MIN_DOCS = 4;
    private static final double SHARE = 0.25;

    private static final class Profile {
        int docs;
        final Map<Integer, Integer> df = new HashMap<>();
    }

    private final int maxDims;
    private final LinkedHashMap<String, Profile> profiles;

    SourceProfiles(int maxSources, int maxDims) {
        this.maxDims = maxDims;
        this.profiles = new LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Profile> e) { return size() > maxSources; }
        };
    }

    /** Counts the article's distinct dimensions for its outlet; returns the dimensions that are that outlet's boilerplate. */
    Set<Integer> observe(String source, Set<Integer> dims) {
        if (source == null || source.isBlank()) return Set.of();
        Profile p = profiles.computeIfAbsent(source, k -> new Profile());
        p.docs++;
        java.util.HashSet<Integer> boiler = new java.util.HashSet<>();
        for (int d : dims) {
            Integer c = p.df.get(d);
            if (c == null) {
                if (p.df.size() < maxDims) p.df.put(d, 1);
                continue;
            }
            p.df.put(d, c + 1);
            if (p.docs >= MIN_DOCS && (c + 1) >= SHARE * p.docs && c + 1 >= 3) boiler.add(d);
        }
        return boiler;
    }
}
