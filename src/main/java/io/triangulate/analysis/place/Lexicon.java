package io.triangulate.analysis.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists of the place extractor, read once from the resources next to this class. */
final class Lexicon {
    /** Demonym key (normalised, plurals included) → ISO2. */
    final Map<String, String> demonyms;
    /** Normalised AP abbreviation ("ill", "wva") → admin1 code ("US.IL"). */
    final Map<String, String> stateAbbreviations;
    /** Postal code ("IL") → admin1 code ("US.IL"). */
    final Map<String, String> postalCodes;
    final Set<String> stopwords;
    final Set<String> titles;
    /** Facility phrases as token-key lists, longest first. */
    final List<String[]> facilities;
    /** Facility phrases written before the town ("base aérienne de", "قاعدة"), as normalised token keys. */
    final List<String[]> facilitiesBefore;

    private static volatile Lexicon instance;

    static Lexicon get() {
        Lexicon l = instance;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (instance == null) instance = new Lexicon();
                l = instance;
            }
        }
        return l;
    }

    private Lexicon() {
        Map<String, String> dem = new HashMap<>();
        for (String[] row : rows("demonyms.txt")) {
            for (String form : row[1].split("\\|")) {
                String k = Names.normalize(form);
                dem.putIfAbsent(k, row[0]);
                if (Names.casedScript(form.codePointAt(0)) && !k.endsWith("s") && !k.endsWith("ese") && !k.endsWith("ish")
                        && !k.endsWith("ch") && !k.equals("swiss")) {
                    dem.putIfAbsent(k + "s", row[0]);
                }
                if (k.endsWith("man")) dem.putIfAbsent(k.substring(0, k.length() - 3) + "men", row[0]);
            }
        }
        demonyms = Collections.unmodifiableMap(dem);
        Map<String, String> ap = new HashMap<>(), postal = new HashMap<>();
        for (String[] row : rows("us-states.txt")) {
            postal.put(row[0], "US." + row[0]);
            for (String form : row[1].split("\\|")) ap.put(Names.normalize(form), "US." + row[0]);
        }
        stateAbbreviations = Collections.unmodifiableMap(ap);
        postalCodes = Collections.unmodifiableMap(postal);
        Set<String> stop = new HashSet<>(words("stopwords-en.txt"));
        for (String w : words("stopwords-other.txt")) stop.add(Names.normalize(w));
        stopwords = Collections.unmodifiableSet(stop);
        titles = words("titles-en.txt");
        List<String[]> fac = new ArrayList<>();
        for (String line : lines("facilities.txt")) fac.add(line.split(" "));
        fac.sort((a, b) -> b.length - a.length);
        facilities = List.copyOf(fac);
        List<String[]> before = new ArrayList<>();
        for (String line : lines("facilities-before.txt")) before.add(Names.normalize(line).split(" "));
        before.sort((a, b) -> b.length - a.length);
        facilitiesBefore = List.copyOf(before);
    }

    /** Extra English country names (ISO2 → names, first the usual short name). */
    static Map<String, List<String>> countryNamesEn() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String[] row : rows("country-names-en.txt")) {
            m.computeIfAbsent(row[0], k -> new ArrayList<>()).addAll(List.of(row[1].split("\\|")));
        }
        return m;
    }

    /** Conventional centres of the largest countries (ISO2 → {lat, lon}). */
    static Map<String, float[]> countryCentres() {
        Map<String, float[]> m = new HashMap<>();
        for (String[] row : rows("country-centres.txt")) {
            m.put(row[0], new float[]{Float.parseFloat(row[1]), Float.parseFloat(row[2])});
        }
        return m;
    }

    private static Set<String> words(String resource) {
        Set<String> s = new HashSet<>();
        for (String line : lines(resource)) for (String w : line.split("\\s+")) if (!w.isEmpty()) s.add(w);
        return Collections.unmodifiableSet(s);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\t");
            if (f.length >= 2) out.add(f);
        }
        return out;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
