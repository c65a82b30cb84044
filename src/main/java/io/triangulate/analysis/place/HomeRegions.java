package io.triangulate.analysis.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;

/**
 * Learns each outlet's home region from the place names in its own articles (no gold, no list of outlets): a local
 * paper names many small towns of its state, and the states its confidently resolved names lie in add up. Every
 * name (once per article; a state's name counts twice) votes for the division and country of the place it was
 * resolved to, when the extractor's confidence is at least 0.8 (the vote is not split over a name's other
 * candidates); an outlet's home division is the clear winner of its votes. An outlet with too few articles to tell
 * takes the stream's country (see {@link #streamCountry}). Feed it an outlet's articles with {@link #add}, then ask
 * {@link #options(String)} for the {@link PlaceExtractor.Options} to use on that outlet. Not thread-safe while
 * learning.
 */
public final class HomeRegions {
    private static final double MIN_SHARE = 0.25;
    private static final double MIN_VOTES = 3.0;

    private final PlaceExtractor extractor;
    private final Map<String, Map<Integer, Double>> admin1 = new HashMap<>();
    private final Map<String, Map<String, Double>> country = new HashMap<>();
    /** Per outlet: in how many of its articles each town is named, and how many articles it has. */
    private final Map<String, Map<Long, Integer>> towns = new HashMap<>();
    private final Map<String, Place> townPlaces = new HashMap<>();
    private final Map<String, Integer> articles = new HashMap<>();

    /** A learner using this extractor's gazetteer and name finder. */
    public HomeRegions(PlaceExtractor extractor) {
        this.extractor = extractor;
    }

    /** Counts the place names of one article from {@code source} (an outlet name or host). */
    public void add(String source, String text, String language) {
        if (source == null || source.isBlank() || text == null) return;
        add(source, extractor.extract(text, language));
    }

    /**
     * Counts place mentions already found in one article from {@code source} by this learner's extractor
     * (without home options), so that callers may extract in parallel and learn in one thread.
     */
    public void add(String source, List<PlaceMention> mentions) {
        if (source == null || source.isBlank() || mentions == null) return;
        streamKnown = false;
        Map<Integer, Double> a = admin1.computeIfAbsent(source, k -> new HashMap<>());
        Map<String, Double> c = country.computeIfAbsent(source, k -> new HashMap<>());
        Gazetteer g = extractor.gazetteer();
        GazetteerData d = g.d;
        Set<String> seen = new HashSet<>();
        articles.merge(source, 1, Integer::sum);
        Map<Long, Integer> t = towns.computeIfAbsent(source, k -> new HashMap<>());
        Set<Long> seenTowns = new HashSet<>();
        for (PlaceMention m : mentions) {
            if (m.demonym() || m.score() < 0.8 || !town(m.place()) || !seenTowns.add(m.place().geonamesId())) continue;
            t.merge(m.place().geonamesId(), 1, Integer::sum);
            townPlaces.putIfAbsent(source + "\u0000" + m.place().geonamesId(), m.place());
        }
        for (PlaceMention m : mentions) {
            if (m.demonym() || m.score() < 0.8) continue;
            if (!seen.add(Names.normalize(m.text()))) continue; // each name once per article
            Place p = m.place();
            double w = p.kind() == Place.Kind.ADMIN1 ? 2.0 : 1.0;
            if (p.kind() != Place.Kind.COUNTRY) c.merge(p.country(), w, Double::sum);
            int i = g.indexOf(p);
            int a1 = i < 0 ? -1 : g.admin1Of(i);
            if (a1 >= 0 && d.kind[i] != GazetteerData.K_COUNTRY) a.merge(a1, w, Double::sum);
        }
    }

    /** The home region learnt for {@code source}, or {@link PlaceExtractor.Options#NONE}. */
    public PlaceExtractor.Options options(String source) {
        if (source == null) return PlaceExtractor.Options.NONE;
        String c = top(country.get(source), 0.4);
        if (c == null) {
            // an outlet with too few articles to tell: the country nearly all the stream's outlets are from, if one is
            String s = streamCountry();
            return s == null ? PlaceExtractor.Options.NONE
                    : PlaceExtractor.Options.home(s, null).withTown(townOfSource(extractor.gazetteer(), source, s, null));
        }
        GazetteerData gd = extractor.gazetteer().d;
        Map<Integer, Double> inCountry = new HashMap<>();
        admin1.getOrDefault(source, Map.of()).forEach((k, v) -> {
            if (gd.countries[k].equals(c)) inCountry.put(k, v);
        });
        Integer a = top(inCountry, MIN_SHARE);
        String a1 = null;
        if (a != null) {
            GazetteerData d = extractor.gazetteer().d;
            if (d.countries[a].equals(c)) a1 = d.admin1Codes[d.admin1[a]];
        }
        Place town = townOfSource(extractor.gazetteer(), source, c, a1);
        if (town == null) town = homeTown(source, c, a1 == null ? null : a);
        return PlaceExtractor.Options.home(c, a1).withTown(town);
    }

    /** Fewest articles an outlet's home town must be named in, and the least share of the outlet's articles. */
    private static final int MIN_TOWN_ARTICLES = 3;
    private static final double MIN_TOWN_SHARE = 0.3;

    /**
     * The outlet's home town: the town named in most of its articles, when that is a clear share of them (a city
     * paper names its city in most stories) and it lies in the outlet's home country and division, else null.
     */
    private Place homeTown(String source, String country, Integer admin1Place) {
        Map<Long, Integer> t = towns.get(source);
        if (t == null || t.isEmpty()) return null;
        long best = 0;
        int top = 0, second = 0;
        for (Map.Entry<Long, Integer> e : t.entrySet()) {
            if (e.getValue() > top) { second = top; top = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        int n = articles.getOrDefault(source, 0);
        if (top < MIN_TOWN_ARTICLES || top < MIN_TOWN_SHARE * n || top < 1.5 * second) return null;
        Place p = townPlaces.get(source + "\u0000" + best);
        if (!p.country().equals(country)) return null;
        if (admin1Place != null) {
            int i = extractor.gazetteer().indexOf(p);
            if (i < 0 || extractor.gazetteer().admin1Of(i) != admin1Place) return null;
        }
        return p;
    }

    /**
     * The town an outlet's host name gives ("www.nbcphiladelphia.com", "abc7chicago.com", "www.kansascity.com"): a town
     * of 50,000+ whose name, written without spaces, is part of a label of the host. With a known home division
     * ({@code admin1Code}, e.g. "US.PA") the one town of that division so named; without, the one town of 100,000+ so
     * named (none when two are: "richmond", "columbia"). Null when the host names no town.
     */
    public static Place townOfSource(Gazetteer g, String source, String country, String admin1Code) {
        if (source == null || source.isBlank()) return null;
        String host = source.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "");
        Map<String, java.util.List<Integer>> towns = g.compactTowns();
        GazetteerData d = g.d;
        Lexicon lex = Lexicon.get();
        Set<Integer> found = new HashSet<>();
        Map<Integer, String> writtenState = new java.util.HashMap<>();
        for (String label : host.split("[.-]")) {
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            for (int i = 0; i < label.length(); i++) {
                for (int j = i + 5; j <= label.length(); j++) {
                    String name = label.substring(i, j);
                    if (towns.containsKey(name) && !lex.stopwords.contains(name) && !NAMEPLATE_WORDS.contains(name)) spans.add(new int[]{i, j});
                }
            }
            for (int[] span : spans) {
                int i = span[0], j = span[1];
                // "bradenton" is not "denton": a name inside a longer town name of the label is part of it
                if (spans.stream().anyMatch(o -> o[0] <= i && o[1] >= j && o[1] - o[0] > j - i)) continue;
                // the name opens or closes the label ("abc7chicago", "kansascity", "miamiok"): "cumberlink" holds no "berlin"
                String after = label.substring(j);
                // "miamiok": the state's postal code right after the town's name
                String st = after.length() == 2 ? lex.postalCodes.get(after.toUpperCase(java.util.Locale.ROOT)) : null;
                if (i > 0 && !after.isEmpty() && st == null) continue;
                java.util.List<Integer> c = towns.get(label.substring(i, j));
                found.addAll(c);
                if (st != null) for (int p : c) writtenState.put(p, st);
            }
        }
        if (!writtenState.isEmpty()) {
            found.removeIf(p -> !writtenState.containsKey(p) || d.admin1[p] < 0 || !d.admin1Codes[d.admin1[p]].equals(writtenState.get(p)));
            if (found.isEmpty()) return null;
        }
        Integer pick = null;
        for (int p : found) {
            if (country != null && !d.countries[p].equals(country)) continue;
            if (admin1Code != null ? d.admin1[p] < 0 || !d.admin1Codes[d.admin1[p]].equals(admin1Code)
                    : d.population[p] < 100_000) continue;
            if (pick != null && PlaceExtractor.distanceKm(d.lat[p], d.lon[p], d.lat[pick], d.lon[pick]) > 30) {
                return null; // two towns so named: the host does not say which
            }
            if (pick == null || d.population[p] > d.population[pick]) pick = p;
        }
        if (pick == null && country != null) pick = smallTownOfSource(g, host, country, admin1Code);
        return pick == null ? null : g.place(pick);
    }

    /** What a small paper's host label adds to its town's name: "lufkindailynews", "houmatoday", "carthagepress". */
    private static final java.util.regex.Pattern PAPER_SUFFIX = java.util.regex.Pattern.compile(
            "(?:daily)?(?:news|times|today|press|herald|journal|gazette|record|courier|tribune|post|star|sun|democrat|leader"
                    + "|telegraph|register|reporter|chronicle|dispatch|sentinel|messenger|citizen|enterprise|review|online)?");

    /**
     * The town a small local paper's host names when a label is the town's name alone or followed by a nameplate word
     * ("galesburg", "lufkindailynews", "leavenworthtimes"): the one town of 10,000+ people of the outlet's country (and
     * division, when known) so named, else null ("thebrunswicknews": three Brunswicks).
     */
    private static Integer smallTownOfSource(Gazetteer g, String host, String country, String admin1Code) {
        Map<String, java.util.List<Integer>> towns = g.smallCompactTowns();
        GazetteerData d = g.d;
        Lexicon lex = Lexicon.get();
        Integer pick = null;
        for (String label : host.split("[.-]")) {
            String l = label.startsWith("the") ? label.substring(3) : label;
            for (int j = 4; j <= l.length(); j++) {
                String name = l.substring(0, j);
                java.util.List<Integer> c = towns.get(name);
                if (c == null || lex.stopwords.contains(name) || NAMEPLATE_WORDS.contains(name) || !PAPER_SUFFIX.matcher(l.substring(j)).matches()) continue;
                for (int p : c) {
                    if (!d.countries[p].equals(country) || admin1Code != null && (d.admin1[p] < 0 || !d.admin1Codes[d.admin1[p]].equals(admin1Code))) continue;
                    if (pick != null && pick != p && PlaceExtractor.distanceKm(d.lat[p], d.lon[p], d.lat[pick], d.lon[pick]) > 30) return null;
                    if (pick == null || d.population[p] > d.population[pick]) pick = p;
                }
            }
        }
        return pick;
    }

    /**
     * {@code options} completed with the town the article's source names in its host (see {@link #townOfSource}) when
     * they give no home town: what an article carries about its outlet even when no home region was learnt.
     */
    public static PlaceExtractor.Options withSourceTown(PlaceExtractor x, PlaceExtractor.Options options, String source) {
        PlaceExtractor.Options o = options == null ? PlaceExtractor.Options.NONE : options;
        if (o.homeTown() != null || source == null) return o;
        String a1 = o.homeAdmin1() != null && o.homeAdmin1().matches("[A-Z]{2}\\..+") ? o.homeAdmin1() : null;
        Place town = townOfSource(x.gazetteer(), source, o.homeCountry(), a1);
        return town == null ? o : o.withTown(town);
    }

    /** Words of newspapers' and stations' names (and of states' names) that are also the names of towns. */
    /** Outlets with a learnt country the stream needs, and the share of them one country must hold, to be the stream's. */
    private static final int STREAM_OUTLETS = 10;
    private static final double STREAM_SHARE = 0.8;
    private String streamCountry;
    private boolean streamKnown;

    /**
     * The country of the stream: the home country of at least {@value #STREAM_SHARE} of the outlets whose country is
     * learnt (at least {@value #STREAM_OUTLETS} of them), else null. A stream of local US papers is American, and so
     * most likely is an outlet of it that has too few articles to tell ("York" is Pennsylvania's, not England's).
     */
    synchronized String streamCountry() {
        if (streamKnown) return streamCountry;
        Map<String, Integer> n = new HashMap<>();
        int outlets = 0;
        for (Map<String, Double> v : country.values()) {
            String c = top(v, 0.4);
            if (c == null) continue;
            outlets++;
            n.merge(c, 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : n.entrySet()) if (best == null || e.getValue() > n.get(best)) best = e.getKey();
        streamCountry = outlets >= STREAM_OUTLETS && best != null && n.get(best) >= STREAM_SHARE * outlets ? best : null;
        streamKnown = true;
        return streamCountry;
    }

    private static final Set<String> NAMEPLATE_WORDS = Set.of("enterprise", "metro", "independence", "carolina", "dakota",
            "virginia", "jersey", "hampshire", "victoria", "union", "pioneer", "citizen", "republic", "liberty");

    /** A town (not a county, which GeoNames' second-order divisions are, nor a state or country). */
    private static boolean town(Place p) {
        if (p.kind() != Place.Kind.CITY) return false;
        String n = p.name().toLowerCase(java.util.Locale.ROOT);
        return !(n.endsWith(" county") || n.endsWith(" parish") || n.endsWith(" borough"));
    }

    private static <K> K top(Map<K, Double> votes, double minShare) {
        if (votes == null || votes.isEmpty()) return null;
        double total = 0;
        K best = null;
        double bestV = 0, second = 0;
        for (Map.Entry<K, Double> e : votes.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestV) {
                second = bestV;
                bestV = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestV >= MIN_VOTES && bestV >= minShare * total && bestV >= 1.2 * second ? best : null;
    }

    /** The strongest divisions of an outlet with their votes, for reports. */
    public String describe(String source) {
        Map<Integer, Double> v = admin1.getOrDefault(source, Map.of());
        double total = v.values().stream().mapToDouble(Double::doubleValue).sum();
        GazetteerData d = extractor.gazetteer().d;
        StringBuilder sb = new StringBuilder();
        v.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(3)
                .forEach(e -> sb.append(d.names[e.getKey()]).append(String.format(java.util.Locale.ROOT, " %.1f ", e.getValue())));
        return sb.append("of ").append(String.format(java.util.Locale.ROOT, "%.1f", total)).toString();
    }
}
