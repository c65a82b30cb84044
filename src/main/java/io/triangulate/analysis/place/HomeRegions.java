package io.triangulate.analysis.place;

import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns each outlet's home region from the places its own articles name (no gold, no list of outlets): a local
 * paper names its state and nearby towns far more than anything else. Feed it the confident mentions of an
 * outlet's articles, then ask {@link #options(String)} for the {@link PlaceExtractor.Options} to use on that
 * outlet. Not thread-safe while learning; {@link #options} is safe once learning is over.
 */
public final class HomeRegions {
    private static final double MIN_SHARE = 0.3;
    private static final int MIN_COUNT = 3;

    private final Map<String, Map<String, Integer>> admin1 = new HashMap<>();
    private final Map<String, Map<String, Integer>> country = new HashMap<>();

    /** Counts the places of one article from {@code source} (an outlet name or host). */
    public void add(String source, List<PlaceMention> mentions) {
        if (source == null || source.isBlank()) return;
        for (PlaceMention m : mentions) {
            if (m.demonym() || m.score() < 0.8) continue;
            Place p = m.place();
            if (p.kind() == Place.Kind.COUNTRY) continue;
            country.computeIfAbsent(source, k -> new HashMap<>()).merge(p.country(), 1, Integer::sum);
            if (p.admin1() != null) {
                admin1.computeIfAbsent(source, k -> new HashMap<>()).merge(p.country() + "\t" + p.admin1(), 1, Integer::sum);
            }
        }
    }

    /** The home region learnt for {@code source}, or {@link PlaceExtractor.Options#NONE}. */
    public PlaceExtractor.Options options(String source) {
        if (source == null) return PlaceExtractor.Options.NONE;
        String c = top(country.get(source));
        String a = top(admin1.get(source));
        if (c == null) return PlaceExtractor.Options.NONE;
        String a1 = null;
        if (a != null && a.startsWith(c + "\t")) a1 = a.substring(c.length() + 1);
        return PlaceExtractor.Options.home(c, a1);
    }

    private static String top(Map<String, Integer> counts) {
        if (counts == null || counts.isEmpty()) return null;
        int total = 0;
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            total += e.getValue();
            if (best == null || e.getValue() > best.getValue()) best = e;
        }
        return best.getValue() >= MIN_COUNT && best.getValue() >= MIN_SHARE * total ? best.getKey() : null;
    }
}
