package io.triangulate.analysis.place;

import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds every place name in a text and resolves it against the {@link Gazetteer}, with the context the text gives.
 *
 * <p>Names are matched in any script (Latin names must be capitalised; common words such as "Will" or "Mobile"
 * need a following ", State"). Country adjectives and demonyms ("Iraqi", "American") are returned as mentions of
 * their country with {@code demonym} true, and so is a country name used as a modifier ("U.S. troops", "the U.S.
 * Embassy"): none of these is an event location. "The Iraqi capital" resolves to Baghdad. A facility named after a
 * town ("Balad air base", "Baghdad airport") is kept in {@code facility}.
 *
 * <p>Resolution weighs, per candidate: an explicit container ("Springfield, Ill.", "Paris, Texas"), the divisions
 * and countries the article names, nearness to the other places of the article, the caller's home region
 * ({@link Options#home}), whether the name is the entry's main name, and population. One name keeps one sense
 * within an article. Stateless after construction: safe to share between threads.
 */
public final class PlaceExtractor {
    private static final int MAX_TOKENS = 6;
    private static final java.util.Set<String> CONNECTORS = words("of", "de", "la", "le", "les", "du", "des",
            "del", "della", "di", "da", "do", "dos", "das", "the", "on", "upon", "am", "im", "an", "der", "sur", "y", "el",
            "al", "and", "en", "in", "au", "aux", "lo", "los", "las", "st", "sainte", "saint");
    private static final java.util.Set<String> MODIFIERS = words("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "upper", "lower", "greater", "downtown", "metro", "suburban",
            "rural", "coastal", "occupied", "mid", "new", "old", "in", "at", "from", "near", "to", "the", "and", "of",
            "for", "by", "outside", "across", "throughout", "around", "inside", "within", "via", "into");
    private static final java.util.Set<String> ADJECTIVAL_HEADS = words("embassy", "consulate", "troops",
            "forces", "force", "military", "army", "soldiers", "soldier", "navy", "marines", "officials", "official",
            "government", "ambassador", "diplomat", "diplomats", "citizen", "citizens", "envoy", "president", "authorities",
            "intelligence", "drone", "drones", "warplanes", "jets", "administration", "defense", "defence", "state", "department",
            "secretary", "congress", "senate", "navy", "coalition", "contractor", "contractors", "subcontractor", "company",
            "companies", "embassies", "consulates", "mission", "mission's", "ministry", "minister", "army's", "general",
            "commander", "commanders", "sanctions", "dollar", "dollars", "economy", "market", "markets", "stocks",
            "botschaft", "truppen", "armee", "regierung", "streitkrafte", "soldaten", "militar");
    /** Institutions a region's name qualifies: "the Kurdistan health official", "Kurdistan counter-terrorism service". */
    private static final java.util.Set<String> REGION_INSTITUTIONS = words("official", "officials", "government",
            "authorities", "authority", "service", "services", "ministry", "minister", "forces", "governor", "parliament",
            "president", "administration", "spokesman", "spokeswoman", "spokesperson", "agency", "regional");
    /** Heads written before the country in other languages: "l'ambassade des États-Unis", "embajada de Estados Unidos". */
    private static final java.util.Set<String> ADJECTIVAL_HEADS_BEFORE = words("ambassade", "consulat", "embajada",
            "consulado", "ambasciata", "consolato", "ambassade", "troupes", "tropas", "truppe", "soldats", "soldados",
            "soldati", "gouvernement", "gobierno", "governo", "armee", "ejercito", "esercito", "ambassadeur", "embajador",
            "ambasciatore", "السفاره", "القوات", "الحكومه", "الجيش", "سفاره", "قوات", "حكومه", "جيش", "سفير");
    private static final java.util.Set<String> OF_WORDS = words("de", "des", "d", "del", "degli", "dei", "di", "della", "dos",
            "das", "do", "van", "der");
    private static final java.util.Set<String> LOCATIVE = words("in", "at", "near", "from", "to", "outside", "between",
            "into", "of", "toward", "towards", "via");
    /** Words before a name that make it a place even when a speech verb follows ("police in Crossville said"). */
    private static final java.util.Set<String> LOCATIVE_BEFORE = words("in", "near", "of");
    private static final java.util.Set<String> SPEECH_VERBS = words("said", "says", "told", "added", "wrote",
            "asked", "explained", "noted", "stated", "argued", "insisted", "testified", "recalled");

    /** Bodies named after their town: "Albany Police", "Lodi Fire Department", "Salina City Commission". */
    private static final java.util.Set<String> TOWN_BODIES = words("police", "sheriff", "sheriff's", "fire", "mayor", "city");
    /** "LODI --", "WACO, Texas", "ERIE (AP)": a four-letter capitalised word opening a dateline is a town, not an acronym. */
    private static final java.util.regex.Pattern DATELINE_AFTER = java.util.regex.Pattern.compile("^\\s*(?:,\\s*[A-Z]|\\(|--|—|–|-\\s)");

    private static boolean dateline(Tokens t, int i) {
        boolean first = i == 0 || t.text.substring(t.end[i - 1], t.start[i]).contains("\n") || t.has(i, Tokens.SENT_START);
        return first && DATELINE_AFTER.matcher(t.text.substring(t.end[i], Math.min(t.text.length(), t.end[i] + 6))).find();
    }

    private static java.util.Set<String> words(String... w) {
        return java.util.Set.copyOf(new java.util.HashSet<>(List.of(w)));
    }

    private final Gazetteer g;
    private final GazetteerData d;
    private final Lexicon lex;

    /** An extractor over this gazetteer. */
    public PlaceExtractor(Gazetteer g) {
        this.g = Objects.requireNonNull(g, "gazetteer");
        this.d = g.d;
        this.lex = Lexicon.get();
    }

    /**
     * What the caller knows about a text beyond the text: the outlet's home region (a country, optionally a
     * first-order division by name or code, e.g. {@code "US"}, {@code "Georgia"} or {@code "US.GA"}), and optionally
     * its home town ({@code homeTown}, nullable): a local outlet's namesakes near its town are the likelier readings.
     */
    public record Options(String homeCountry, String homeAdmin1, Place homeTown) {
        public static final Options NONE = new Options(null, null, null);

        public Options(String homeCountry, String homeAdmin1) {
            this(homeCountry, homeAdmin1, null);
        }

        public static Options home(String country, String admin1) {
            return new Options(country, admin1, null);
        }

        /** These options with the outlet's home town (nullable). */
        public Options withTown(Place town) {
            return new Options(homeCountry, homeAdmin1, town);
        }
    }

    /** Every place mentioned in {@code text}, in text order. {@code language} (ISO 639-1) may be null. */
    public List<PlaceMention> extract(String text, String language) {
        return extract(text, language, Options.NONE);
    }

    /** Every place mentioned in {@code text}, in text order, using what the caller knows of the outlet. */
    public List<PlaceMention> extract(String text, String language, Options options) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) return List.of();
        Tokens t = new Tokens(text);
        List<Span> spans = findSpans(t);
        if (spans.isEmpty()) return List.of();
        if ("de".equals(language) || "lb".equals(language)) {
            // every noun is capitalised: a lone capitalised word is a place only if big or supported ("Nähe" ≠ Nahe)
            for (Span s : spans) if (s.type == GAZ && s.first == s.last) s.weak = true;
        }
        countyLists(t, spans);
        containers(t, spans);
        resolve(t, spans, options == null ? Options.NONE : options, LanguageCountries.of(language));
        return mentions(t, spans);
    }

    Gazetteer gazetteer() {
        return g;
    }

    /** The candidate spans of a text, unresolved (for {@link HomeRegions}). */
    List<Span> spans(String text) {
        return findSpans(new Tokens(text));
    }

    // ------------------------------------------------------------------ spans

    static final int GAZ = 0, DEMONYM = 1, ABBREV = 2, CAPITAL = 3;

    /** A candidate mention. */
    static final class Span {
        int first, last, start, end;
        int type;
        String key;
        int[] cand;       // place indices
        int[] candFlags;  // posting flags
        double[] score;
        int best = -1;
        boolean weak, person, common, surname, titled, countyList;
        boolean[] support;
        int container = -1;      // span index of the explicit container
        int containerOf = -1;    // span index this one contains
        String facility;
        boolean adjectival;
        String country;          // for demonyms and capital references

        Place bestPlace(Gazetteer g) { return best < 0 ? null : g.place(cand[best]); }
    }

    private List<Span> findSpans(Tokens t) {
        List<Span> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < t.size) {
            Span s = spanAt(t, i, sb);
            if (s == null) {
                i++;
                continue;
            }
            out.add(s);
            i = s.last + 1;
        }
        return out;
    }

    private Span spanAt(Tokens t, int i, StringBuilder sb) {
        boolean cased = t.has(i, Tokens.CASED);
        if (t.has(i, Tokens.DIGIT)) return null;
        if (cased && !t.has(i, Tokens.UPPER)) return null;
        // longest gazetteer name of two or more tokens
        int maxJ = i;
        while (maxJ + 1 < t.size && maxJ + 1 - i < MAX_TOKENS && t.has(maxJ + 1, Tokens.JOIN_PREV)) {
            int j = maxJ + 1;
            if (t.has(j, Tokens.DIGIT)) break;
            if (t.has(j, Tokens.CASED) && !t.has(j, Tokens.UPPER) && !CONNECTORS.contains(t.key[j])) break;
            maxJ = j;
        }
        if (cased && i + 1 < t.size && t.has(i + 1, Tokens.JOIN_PREV) && t.has(i, Tokens.PERIOD_AFTER)
                && t.has(i + 1, Tokens.PERIOD_AFTER)) {
            String a1 = lex.stateAbbreviations.get(t.key[i] + " " + t.key[i + 1]);
            int p = a1 == null ? -1 : g.admin1(a1);
            if (p >= 0) {
                Span s = fixed(t, i, t.key[i] + " " + t.key[i + 1], ABBREV, p);
                s.last = i + 1;
                s.end = t.end[i + 1] + 1;
                return s;
            }
        }
        if (cased && t.has(i, Tokens.PERIOD_AFTER) && lex.titles.contains(t.key[i])
                && !(t.has(i, Tokens.COMMA_BEFORE) && lex.stateAbbreviations.containsKey(t.key[i]))) {
            return null; // "Sen.", "Gov."; but "Jackson, Miss." is the state
        }
        Span county = possessiveCounty(t, i, maxJ, sb);
        if (county != null) return county;
        for (int j = maxJ; j > i; j--) {
            if (t.has(j, Tokens.CASED) && !t.has(j, Tokens.UPPER)) continue; // may not end on a connector
            sb.setLength(0);
            for (int k = i; k <= j; k++) {
                if (k > i) sb.append(' ');
                sb.append(t.key[k]);
            }
            String key = sb.toString();
            String dem = lex.demonyms.get(key);
            if (dem != null) return demonym(t, i, j, key, dem);
            int k = d.find(Names.hash(key));
            if (k >= 0) return gaz(t, i, j, key, k);
        }
        String key = t.key[i];
        if (key.isEmpty()) return null;
        String dem = lex.demonyms.get(key);
        if (dem != null && (!cased || t.has(i, Tokens.UPPER))) return demonym(t, i, i, key, dem);
        if (cased && (t.has(i, Tokens.PERIOD_AFTER) || t.has(i, Tokens.HAS_DOT))) {
            String a1 = lex.stateAbbreviations.get(key);
            boolean lowerNext = i + 1 < t.size && t.has(i + 1, Tokens.JOIN_PREV) && t.has(i + 1, Tokens.CASED) && !t.has(i + 1, Tokens.UPPER);
            if (a1 != null && (t.has(i, Tokens.HAS_DOT) || key.length() > 2 || t.has(i, Tokens.COMMA_BEFORE) || lowerNext)) {
                if (!ambiguousAbbreviation(t, i, key)) {
                    int p = g.admin1(a1);
                    if (p >= 0) return fixed(t, i, key, ABBREV, p);
                }
            }
        }
        if (cased && t.has(i, Tokens.ALL_CAPS) && key.length() == 2 && (t.has(i, Tokens.COMMA_BEFORE) || t.has(i, Tokens.PAREN_BEFORE))) {
            String a1 = lex.postalCodes.get(t.text.substring(t.start[i], t.end[i]));
            if (a1 != null && i > 0) {
                int p = g.admin1(a1);
                if (p >= 0) return fixed(t, i, key, ABBREV, p);
            }
        }
        if (!cased && (key.length() < 3 || lex.stopwords.contains(key))) return null; // particles ("إن", "في")
        int k = d.find(Names.hash(key));
        if (k >= 0) return gaz(t, i, i, key, k);
        if (!cased) {
            for (String v : ArabicClitics.variants(key)) {
                String dv = lex.demonyms.get(v);
                if (dv != null) return demonym(t, i, i, v, dv);
                k = d.find(Names.hash(v));
                if (k >= 0) return gaz(t, i, i, v, k);
            }
        }
        return null;
    }

    /**
     * "Prince George's County", "St. Mary's Parish": a possessive before County/Parish is part of the county's name
     * (the tokens leave the 's out), so the name is looked up with it, and a same-name town elsewhere is not meant.
     */
    private Span possessiveCounty(Tokens t, int i, int j, StringBuilder sb) {
        if (!t.has(j, Tokens.CASED) || t.end[j] + 2 > t.text.length()) return null;
        char a = t.text.charAt(t.end[j]), s = t.text.charAt(t.end[j] + 1);
        if (a != '\'' && a != '’' || s != 's' && s != 'S') return null;
        int next = j + 1;
        boolean division = next < t.size && t.has(next, Tokens.UPPER) && (t.key[next].equals("county") || t.key[next].equals("parish"))
                && t.text.substring(t.end[j] + 2, t.start[next]).isBlank();
        sb.setLength(0);
        for (int k = i; k <= j; k++) {
            if (k > i) sb.append(' ');
            sb.append(t.key[k]);
        }
        sb.append("s ");
        if (division) {
            String key = sb + t.key[next];
            int k = d.find(Names.hash(key));
            return k < 0 ? null : gaz(t, i, next, key, k);
        }
        // "Prince George's police" in an article that names Prince George's County: the county, said short
        String named = t.text.substring(t.start[i], t.end[j]);
        for (String w : new String[]{"county", "parish"}) {
            String key = sb + w;
            int k = d.find(Names.hash(key));
            if (k < 0) continue;
            String full = " " + Character.toUpperCase(w.charAt(0)) + w.substring(1);
            if (t.text.contains(named + "'s" + full) || t.text.contains(named + "’s" + full)) return gaz(t, i, j, key, k);
        }
        return null;
    }

    /** "Miss.", "Ind.", "Wash.", "Mass.", "La.", "Mo." are words too: only after a comma or before a comma/end. */
    private static boolean ambiguousAbbreviation(Tokens t, int i, String key) {
        boolean risky = switch (key) {
            case "miss", "ind", "wash", "mass", "la", "mo", "pa", "del", "me", "cal", "penn" -> true;
            default -> false;
        };
        return risky && !t.has(i, Tokens.COMMA_BEFORE);
    }

    private Span gaz(Tokens t, int i, int j, String key, int k) {
        Span s = new Span();
        s.first = i;
        s.last = j;
        s.start = t.start[i];
        s.end = t.end[j];
        if (t.has(j, Tokens.HAS_DOT) && t.has(j, Tokens.PERIOD_AFTER)) s.end++; // "U.S."
        s.type = GAZ;
        s.key = key;
        int from = d.postStart[k], to = d.postStart[k + 1];
        s.cand = new int[to - from];
        s.candFlags = new int[to - from];
        for (int p = from; p < to; p++) {
            s.cand[p - from] = d.postings[p] & GazetteerData.INDEX_MASK;
            s.candFlags[p - from] = d.postings[p] & ~GazetteerData.INDEX_MASK;
        }
        s.score = new double[s.cand.length];
        if (j + 2 < t.size && t.key[j + 1].equals("year") && t.key[j + 2].equals("old") && t.has(j + 1, Tokens.JOIN_PREV)
                && t.has(j + 2, Tokens.JOIN_PREV)) {
            return null; // "Sixteen-year-old": an age, not a place
        }
        boolean cased = t.has(i, Tokens.CASED);
        if (cased && t.has(i, Tokens.ALL_CAPS) && i == j && key.length() <= 4 && !(key.length() == 4 && dateline(t, i))) {
            // "US", "UK": only entries written so (countries' codes are among their names); not "Eu" for "EU"
            String written = t.text.substring(t.start[i], t.end[i]);
            int w = 0;
            for (int c = 0; c < s.cand.length; c++) {
                int p = s.cand[c];
                if (d.kind[p] == GazetteerData.K_COUNTRY || d.kind[p] == GazetteerData.K_ADMIN1 || d.names[p].equals(written)) {
                    s.cand[w] = p;
                    s.candFlags[w++] = s.candFlags[c];
                }
            }
            if (w == 0) return null;
            s.cand = java.util.Arrays.copyOf(s.cand, w);
            s.candFlags = java.util.Arrays.copyOf(s.candFlags, w);
            s.score = new double[w];
        }
        if (cased && i < j) {
            boolean allCommon = true;
            for (int q = i; q <= j && allCommon; q++) allCommon = lex.stopwords.contains(t.key[q]) || CONNECTORS.contains(t.key[q]);
            if (allCommon) s.common = true; // "White House", "The City"
        }
        if (cased && i == j) {
            boolean caps = t.has(i, Tokens.ALL_CAPS);
            if (!caps && lex.stopwords.contains(key)) s.common = true;
            if (i > 0 && t.has(i - 1, Tokens.CASED) && (t.has(i, Tokens.JOIN_PREV) || t.has(i - 1, Tokens.PERIOD_AFTER))
                    && lex.titles.contains(t.key[i - 1])) {
                s.person = true; // "Mr. Jordan", "Sen. Clinton"
                s.titled = true;
            } else if (i > 0 && t.has(i, Tokens.JOIN_PREV) && t.has(i - 1, Tokens.UPPER) && t.has(i - 1, Tokens.CASED)
                    && !MODIFIERS.contains(t.key[i - 1]) && !(t.has(i - 1, Tokens.SENT_START) && lex.stopwords.contains(t.key[i - 1]))
                    && lex.demonyms.get(t.key[i - 1]) == null) {
                s.weak = true; // inside a longer name: "Michael Jones", "Metropolitan Atlanta", "Dublin Arts Council"
                if (!t.has(i - 1, Tokens.ALL_CAPS) && t.key[i - 1].length() > 1 && !lex.stopwords.contains(t.key[i - 1])) s.surname = true;
                if (s.surname && afterAge(t, i - 1)) s.person = true; // "18-year-old Branden Gray"
            } else if (j + 1 < t.size && t.has(j + 1, Tokens.JOIN_PREV) && t.has(j + 1, Tokens.UPPER) && t.has(j + 1, Tokens.CASED)
                    && !t.has(j + 1, Tokens.ALL_CAPS) && !CONNECTORS.contains(t.key[j + 1]) && !TOWN_BODIES.contains(t.key[j + 1])) {
                s.weak = true; // "Dublin Arts Council"; but "Albany Police Department" names the town's police
            }
            if (j + 1 < t.size && !t.has(j + 1, Tokens.UPPER) && SPEECH_VERBS.contains(t.key[j + 1])
                    && t.has(j + 1, Tokens.JOIN_PREV) && !(i > 0 && LOCATIVE_BEFORE.contains(t.key[i - 1]))) {
                s.person = true; // "Tucker said"; but "police in Crossville said" names a town
            }
            if (j + 1 < t.size && t.has(j + 1, Tokens.COMMA_BEFORE) && t.has(j + 1, Tokens.DIGIT) && t.key[j + 1].length() <= 3
                    && j + 2 < t.size && t.has(j + 2, Tokens.COMMA_BEFORE)) {
                s.person = true; // "Jones, 45, of …"
            }
        }
        return s;
    }

    /**
     * True when the capitalised word at {@code i} (a first name, perhaps after another) follows "N-year-old": in
     * "a 25-year-old Akron man" the town comes right after the age, in "18-year-old Branden Gray" the second word is a
     * surname.
     */
    private static boolean afterAge(Tokens t, int i) {
        if (i >= 1 && t.has(i, Tokens.JOIN_PREV) && t.has(i - 1, Tokens.UPPER) && t.has(i - 1, Tokens.CASED)) i--; // a middle name
        return i >= 2 && t.has(i, Tokens.JOIN_PREV) && t.key[i - 1].equals("old") && t.key[i - 2].equals("year")
                && t.has(i - 1, Tokens.JOIN_PREV);
    }

    /** An all-caps short token ("US", "UK", "EU") counts only as a main name of a country/division/city. */
    private boolean hasAreaOrPrimaryCaps(Span s) {
        for (int c = 0; c < s.cand.length; c++) {
            if (d.kind[s.cand[c]] == GazetteerData.K_COUNTRY || (s.candFlags[c] & GazetteerData.PRIMARY) != 0) return true;
        }
        return false;
    }

    private Span demonym(Tokens t, int i, int j, String key, String iso2) {
        int country = g.countryIndex(iso2);
        if (country < 0) return null;
        // "the Iraqi capital" → the capital of that country
        if (j + 1 < t.size && t.key[j + 1].equals("capital") && t.has(j + 1, Tokens.JOIN_PREV)) {
            int cap = g.capital(iso2);
            if (cap >= 0) {
                Span s = fixed(t, i, key, CAPITAL, cap);
                s.last = j + 1;
                s.end = t.end[j + 1];
                if (i > 0 && t.key[i - 1].equals("the") && t.has(i, Tokens.JOIN_PREV)) s.start = t.start[i - 1];
                s.country = iso2;
                return s;
            }
        }
        Span s = fixed(t, i, key, DEMONYM, country);
        s.last = j;
        s.end = t.end[j];
        s.country = iso2;
        return s;
    }

    private Span fixed(Tokens t, int i, String key, int type, int place) {
        Span s = new Span();
        s.first = s.last = i;
        s.start = t.start[i];
        s.end = t.end[i];
        if (type == ABBREV && t.has(i, Tokens.PERIOD_AFTER)) s.end++;
        s.type = type;
        s.key = key;
        s.cand = new int[]{place};
        s.candFlags = new int[]{GazetteerData.PRIMARY};
        s.score = new double[1];
        s.best = 0;
        return s;
    }

    // ------------------------------------------------------------------ county lists

    /**
     * "Clarke, Madison, Oconee and Oglethorpe counties", "Becker County": names before "county"/"counties"/"parish"
     * (lower case, the list joined by commas and "and") or before "Co." ("Lake Co.") are second-order divisions.
     */
    private void countyLists(Tokens t, List<Span> spans) {
        for (int a = spans.size() - 1; a >= 0; a--) {
            Span last = spans.get(a);
            if (last.type != GAZ) continue;
            int next = last.last + 1;
            if (next >= t.size || !t.has(next, Tokens.JOIN_PREV)) continue;
            String w = t.key[next];
            if (w.equals("co")) w = "county"; // "Lake Co. toddler", "Beaufort Co.": the county, abbreviated
            else if (t.has(next, Tokens.UPPER)) continue;
            if (!w.equals("counties") && !w.equals("county") && !w.equals("parishes") && !w.equals("parish")) continue;
            // walk back over the list
            int b = a;
            while (b >= 0) {
                Span s = spans.get(b);
                preferDivision(s);
                if (b == 0) break;
                Span prev = spans.get(b - 1);
                int gap = s.first - prev.last;
                boolean comma = t.has(s.first, Tokens.COMMA_BEFORE);
                boolean and = gap == 2 && (t.key[prev.last + 1].equals("and") || t.key[prev.last + 1].equals("or"));
                if (!(gap == 1 && comma) && !and || w.equals("county") || w.equals("parish")) break;
                b--;
            }
            a = b;
        }
    }

    private void preferDivision(Span s) {
        if (s.type != GAZ) return;
        boolean any = false;
        for (int p : s.cand) any |= d.kind[p] == GazetteerData.K_ADMIN2;
        if (!any) return;
        s.countyList = true;
        s.weak = s.common = s.person = s.surname = false;
    }

    // ------------------------------------------------------------------ containers

    /** "Springfield, Ill.", "Paris, Texas", "Balad (Iraq)": the second names the division or country of the first. */
    private void containers(Tokens t, List<Span> spans) {
        for (int a = 0; a + 1 < spans.size(); a++) {
            Span s = spans.get(a), c = spans.get(a + 1);
            if (s.type != GAZ || c.first != s.last + 1) continue;
            if (!t.has(c.first, Tokens.COMMA_BEFORE) && !t.has(c.first, Tokens.PAREN_BEFORE)) continue;
            if (c.type == DEMONYM || c.type == CAPITAL) continue;
            boolean inside = false;
            for (int x : s.cand) {
                if (d.kind[x] == GazetteerData.K_COUNTRY) continue;
                for (int y : c.cand) {
                    if (contains(y, x)) {
                        inside = true;
                        break;
                    }
                }
                if (inside) break;
            }
            if (inside) {
                s.container = a + 1;
                c.containerOf = a;
            }
        }
    }

    /** True when area {@code outer} (a division or country) holds place {@code inner}. */
    private boolean contains(int outer, int inner) {
        if (outer == inner) return false;
        byte k = d.kind[outer];
        if (k == GazetteerData.K_COUNTRY) return d.countries[outer].equals(d.countries[inner]) && d.kind[inner] != GazetteerData.K_COUNTRY;
        if (k == GazetteerData.K_ADMIN1) return d.admin1[inner] >= 0 && d.admin1Place[d.admin1[inner]] == outer && d.kind[inner] != GazetteerData.K_ADMIN1;
        if (k == GazetteerData.K_ADMIN2) return d.admin2[inner] == outer;
        return false;
    }

    // ------------------------------------------------------------------ resolution

    private double base(int p, int flags) {
        double pop = Math.log10(d.population[p] + 1.0);
        double b = switch (d.kind[p]) {
            case GazetteerData.K_COUNTRY -> 2.5 + pop;
            case GazetteerData.K_ADMIN1 -> 0.5 + pop;
            case GazetteerData.K_ADMIN2 -> pop - 0.5;
            default -> pop + switch (d.feature[p]) {
                case GazetteerData.F_PPLC -> 1.0;
                case GazetteerData.F_PPLA -> 0.6;
                case GazetteerData.F_PPLA2 -> 0.3;
                case GazetteerData.F_PPLX -> -0.7;
                default -> 0.0;
            };
        };
        if ((flags & GazetteerData.PRIMARY) == 0) b -= 1.5;
        return b;
    }

    /**
     * A town in a country where the text's language is spoken is the likelier reading, all else equal
     * ("St. Louis" in English news is Missouri's, "Saint-Louis" in French news Senegal's or France's).
     */
    private double languagePrior(int p, java.util.Set<String> favoured) {
        return d.kind[p] != GazetteerData.K_COUNTRY && d.kind[p] != GazetteerData.K_ADMIN1 && favoured.contains(d.countries[p])
                ? LanguageCountries.BONUS : 0;
    }

    private void resolve(Tokens t, List<Span> spans, Options options, java.util.Set<String> favoured) {
        int homeCountry = options.homeCountry() == null ? -1 : g.countryIndex(options.homeCountry().toUpperCase(java.util.Locale.ROOT));
        int homeAdmin1 = homeAdmin1(options);
        // pass 0: prior only (with explicit containers)
        for (Span s : spans) {
            if (s.type != GAZ) continue;
            for (int c = 0; c < s.cand.length; c++) s.score[c] = base(s.cand[c], s.candFlags[c]) + languagePrior(s.cand[c], favoured);
            pick(s);
        }
        for (Span s : spans) applyContainer(s, spans);
        // context: divisions and countries named, divisions of confidently placed towns
        Map<Integer, Double> admin1Ctx = new HashMap<>();
        Map<String, Double> countryCtx = new HashMap<>();
        Map<String, Integer> countyVotes = new HashMap<>(); // county name → the state it voted for
        for (Span s : spans) {
            if (s.best < 0 || s.common || s.person) continue;
            int p = s.cand[s.best];
            if (s.weak && !area(p)) continue;
            double w = s.type == DEMONYM ? 0.5 : 1.0;
            if (d.kind[p] == GazetteerData.K_ADMIN1) {
                admin1Ctx.merge(p, w, Double::sum);
                countryCtx.merge(d.countries[p], 0.5 * w, Double::sum);
            } else if (d.kind[p] == GazetteerData.K_COUNTRY) {
                countryCtx.merge(d.countries[p], w, Double::sum);
            } else if (s.container < 0 && margin(s) <= 2.0 && countyName(s) && margin(s) > 1.0) {
                // "Westmoreland County": the likelier state of a county named as such, once per name
                int a1 = g.admin1Of(p);
                if (a1 >= 0 && countyVotes.putIfAbsent(s.key, a1) == null) admin1Ctx.merge(a1, 0.5, Double::sum);
            } else if (s.container >= 0 || margin(s) > 2.0) {
                int a1 = g.admin1Of(p);
                if (a1 >= 0) admin1Ctx.merge(a1, 0.5, Double::sum);
                countryCtx.merge(d.countries[p], 0.5, Double::sum);
            }
        }
        // candidate co-occurrence: divisions that some name may mean, and the names that may lie in each division
        Map<Integer, Integer> divisionCand = new HashMap<>();   // admin1 place → span index naming it
        Map<Integer, Map<String, Integer>> townsInDivision = new HashMap<>(); // admin1 place → spans with a town in it, by name
        for (int a = 0; a < spans.size(); a++) {
            Span s = spans.get(a);
            if (s.type != GAZ || s.common || s.person) continue;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (int p : s.cand) {
                if (d.kind[p] == GazetteerData.K_ADMIN1) divisionCand.putIfAbsent(p, a);
                else if (d.kind[p] != GazetteerData.K_COUNTRY) {
                    int a1 = g.admin1Of(p);
                    if (a1 >= 0 && seen.add(a1)) townsInDivision.computeIfAbsent(a1, k -> new HashMap<>()).merge(s.key, 1, Integer::sum);
                }
            }
        }
        // pass 1: with the article's context and the home region
        for (int si = 0; si < spans.size(); si++) {
            Span s = spans.get(si);
            if (s.type != GAZ) continue;
            boolean[] support = new boolean[s.cand.length];
            s.support = support;
            for (int c = 0; c < s.cand.length; c++) {
                int p = s.cand[c];
                double sc = base(p, s.candFlags[c]) + languagePrior(p, favoured) + containerBonus(s, c, spans);
                if (d.kind[p] == GazetteerData.K_ADMIN1) {
                    // other names only: a name's own town reading does not vouch for its namesake region
                    Map<String, Integer> byName = townsInDivision.getOrDefault(p, Map.of());
                    int n = 0;
                    for (var e : byName.entrySet()) if (!e.getKey().equals(s.key)) n += e.getValue();
                    sc += Math.min(2.0, 0.75 * n); // "Athens and Gainesville … Georgia": the state holding them
                } else if (d.kind[p] != GazetteerData.K_COUNTRY) {
                    int a1 = g.admin1Of(p);
                    Integer by = a1 < 0 ? null : divisionCand.get(a1);
                    if (by != null && by != si && !spans.get(by).key.equals(s.key)) sc += 1.0;
                }
                if (s.countyList && d.kind[p] == GazetteerData.K_ADMIN2) sc += 6.0;
                int a1 = g.admin1Of(p);
                boolean own = s.best == c;
                double wa = 0;
                if (d.kind[p] != GazetteerData.K_ADMIN1 && d.kind[p] != GazetteerData.K_COUNTRY) {
                    wa = a1 < 0 ? 0 : admin1Ctx.getOrDefault(a1, 0.0) - (own && s.container < 0 && margin(s) > 2.0 ? 0.5 : 0)
                            - (a1 >= 0 && countyVotes.getOrDefault(s.key, -1) == a1 ? 0.5 : 0); // a county does not vouch for itself
                    if (wa > 0) sc += 2.0 + Math.min(1.0, 0.5 * (wa - 1));
                }
                double wc = countryCtx.getOrDefault(d.countries[p], 0.0) - (own ? selfCountryWeight(s, p) : 0);
                if (wc > 0) sc += 1.0 + Math.min(1.0, 0.25 * (wc - 1));
                if (homeAdmin1 >= 0 && (a1 == homeAdmin1 || p == homeAdmin1)) sc += 2.0;
                double nearHome = nearHomeTown(options.homeTown(), p);
                sc += nearHome;
                if (support != null && (wa > 0 || (homeAdmin1 >= 0 && a1 == homeAdmin1) || nearHome > 0)) support[c] = true;
                if (homeCountry >= 0 && d.countries[p].equals(d.countries[homeCountry])) {
                    sc += 1.0;
                    if (d.feature[p] == GazetteerData.F_PPLC && d.kind[p] == GazetteerData.K_CITY) sc += 1.0; // "Washington" for the government
                }
                if (homeCountry >= 0 && d.kind[p] == GazetteerData.K_COUNTRY && !d.countries[p].equals(d.countries[homeCountry])
                        && wc <= 0 && s.cand.length > 1) {
                    sc -= 2.0; // a foreign country nothing else in a local paper's article points to ("Lebanon", Pa.)
                }
                s.score[c] = sc;
            }
            pick(s);
        }
        // pass 2: nearness to the other places of the article (towns resolved so far, each once)
        int[] ptSpan = new int[spans.size()];
        float[] ptLat = new float[spans.size()], ptLon = new float[spans.size()];
        int[] ptPlace = new int[spans.size()];
        int np = 0;
        for (int a = 0; a < spans.size(); a++) {
            Span s = spans.get(a);
            if (s.best < 0 || s.type != GAZ) continue;
            int p = s.cand[s.best];
            if ((s.common || s.person) && !area(p) || s.weak && !area(p) && d.population[p] < 100_000) continue;
            boolean dup = false;
            for (int q = 0; q < np && !dup; q++) dup = ptPlace[q] == p;
            if (dup) continue;
            ptSpan[np] = a;
            ptPlace[np] = p;
            ptLat[np] = d.lat[p];
            ptLon[np] = d.lon[p];
            np++;
        }
        for (int a = 0; a < spans.size(); a++) {
            Span s = spans.get(a);
            if (s.type != GAZ || (s.cand.length < 2 && s.support == null)) continue;
            double top = Double.NEGATIVE_INFINITY;
            for (double v : s.score) top = Math.max(top, v);
            for (int c = 0; c < s.cand.length; c++) {
                if (s.score[c] < top - 2.0) continue; // nearness (at most +2) cannot lift it
                int p = s.cand[c];
                byte k = d.kind[p];
                boolean town = k == GazetteerData.K_CITY || k == GazetteerData.K_ADMIN2;
                double bonus = 0;
                double cosLat = Math.cos(Math.toRadians(d.lat[p]));
                for (int q = 0; q < np; q++) {
                    Span o = spans.get(ptSpan[q]);
                    if (ptSpan[q] == a || o.key.equals(s.key)) continue;
                    int op = ptPlace[q];
                    boolean otherTown = d.kind[op] == GazetteerData.K_CITY || d.kind[op] == GazetteerData.K_ADMIN2;
                    if (town && otherTown) {
                        double dy = (ptLat[q] - d.lat[p]) * 111.2, dx = (ptLon[q] - d.lon[p]) * 111.2 * cosLat;
                        double km2 = dx * dx + dy * dy;
                        if (km2 < 50 * 50) bonus = Math.max(bonus, 1.5);
                        else if (km2 < 150 * 150) bonus = Math.max(bonus, 0.75);
                    } else if (!town && contains(p, op)) {
                        bonus = Math.min(2.0, bonus + 0.75);
                    }
                }
                s.score[c] += bonus;
                if (bonus > 0 && s.support != null) s.support[c] = true;
            }
        }
        // one sense per name within the article
        Map<String, double[]> sums = new HashMap<>();
        for (Span s : spans) {
            if (s.type != GAZ) continue;
            double[] acc = sums.computeIfAbsent(s.key, k -> new double[s.cand.length]);
            if (acc.length != s.cand.length) continue;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : s.score) max = Math.max(max, v);
            double w = s.container >= 0 ? 10 : 1; // "PIKE COUNTY, Miss." settles the name for the whole article
            for (int c = 0; c < acc.length; c++) acc[c] += w * Math.exp(s.score[c] - max);
        }
        for (Span s : spans) {
            if (s.type != GAZ) continue;
            double[] acc = sums.get(s.key);
            if (acc == null || acc.length != s.cand.length) {
                pick(s);
                continue;
            }
            int best = 0;
            for (int c = 1; c < acc.length; c++) if (acc[c] > acc[best]) best = c;
            if (s.container < 0) s.best = best;
            else pick(s);
        }
    }

    /** A name written with its division word ("Westmoreland County"): a division, rarely anything else. */
    private static boolean countyName(Span s) {
        return s.first < s.last && (s.key.endsWith(" county") || s.key.endsWith(" parish"));
    }

    private static double wa(Map<Integer, Double> admin1Ctx, int a1) {
        return a1 < 0 ? 0 : admin1Ctx.getOrDefault(a1, 0.0);
    }

    /** The part of the country context that comes from the span itself. */
    private double selfCountryWeight(Span s, int p) {
        byte k = d.kind[p];
        if (k == GazetteerData.K_COUNTRY) return 1.0;
        if (k == GazetteerData.K_ADMIN1) return 0.5;
        return s.container >= 0 || margin(s) > 2.0 ? 0.5 : 0;
    }

    /** Within this distance of the outlet's home town, a town is in its local area ("Newark" for a New York station). */
    static final double HOME_TOWN_KM = 60;

    /**
     * The bonus a town or county gets for lying near the outlet's home town: a local outlet's namesake is its
     * neighbour ("Antioch" in a Nashville paper), even across a state line ("Newark" for a New York station).
     */
    private double nearHomeTown(Place home, int p) {
        if (home == null || area(p)) return 0;
        double km = distanceKm(home.lat(), home.lon(), d.lat[p], d.lon[p]);
        return km <= HOME_TOWN_KM ? 2.5 : km <= 2.5 * HOME_TOWN_KM ? 1.0 : 0;
    }

    private int homeAdmin1(Options o) {
        if (o.homeAdmin1() == null || o.homeAdmin1().isBlank()) return -1;
        String a = o.homeAdmin1();
        if (a.length() > 3 && a.charAt(2) == '.') return g.admin1(a);
        for (Place p : g.candidates(a)) {
            if (p.kind() == Place.Kind.ADMIN1 && (o.homeCountry() == null || p.country().equalsIgnoreCase(o.homeCountry()))) {
                Integer i = indexOf(p);
                if (i != null) return i;
            }
        }
        return -1;
    }

    private Integer indexOf(Place p) {
        String key = Names.normalize(p.name());
        int k = d.find(Names.hash(key));
        if (k < 0) return null;
        for (int i = d.postStart[k]; i < d.postStart[k + 1]; i++) {
            int x = d.postings[i] & GazetteerData.INDEX_MASK;
            if (d.ids[x] == p.geonamesId()) return x;
        }
        return null;
    }

    private double containerBonus(Span s, int c, List<Span> spans) {
        if (s.container < 0) return 0;
        Span cont = spans.get(s.container);
        if (!contains(cont.cand[cont.best], s.cand[c])) return 0;
        // "MARION, Ind.": a bare name written with its state is the town before the county of that name
        return d.kind[s.cand[c]] == GazetteerData.K_ADMIN2 && !countyName(s) ? 6.0 : 8.0;
    }

    private void applyContainer(Span s, List<Span> spans) {
        if (s.containerOf >= 0 && s.type == GAZ) {
            // the container: the division or country holding one of the contained name's candidates
            Span in = spans.get(s.containerOf);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < s.cand.length; c++) {
                int y = s.cand[c];
                for (int x : in.cand) {
                    if (contains(y, x)) {
                        double sc = s.score[c] + 0.3 * Math.log10(d.population[x] + 1.0);
                        if (sc > bestScore) {
                            bestScore = sc;
                            best = c;
                        }
                    }
                }
            }
            if (best >= 0) {
                s.score[best] += 8.0;
                s.best = best;
            }
        }
        if (s.container >= 0 && s.type == GAZ) {
            Span cont = spans.get(s.container);
            if (cont.best < 0) return;
            for (int c = 0; c < s.cand.length; c++) if (contains(cont.cand[cont.best], s.cand[c])) s.score[c] += 8.0;
            pick(s);
        }
    }

    private static void pick(Span s) {
        int best = 0;
        for (int c = 1; c < s.score.length; c++) if (s.score[c] > s.score[best]) best = c;
        s.best = s.cand.length == 0 ? -1 : best;
    }

    private static double margin(Span s) {
        if (s.cand.length < 2) return 10;
        double first = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
        for (double v : s.score) {
            if (v > first) {
                second = first;
                first = v;
            } else if (v > second) {
                second = v;
            }
        }
        return first - second;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return io.triangulate.model.Place.distanceKm(lat1, lon1, lat2, lon2);
    }

    // ------------------------------------------------------------------ output

    private List<PlaceMention> mentions(Tokens t, List<Span> spans) {
        // names used as a person in one place are people throughout ("Tucker said … Tucker")
        java.util.Set<String> people = new java.util.HashSet<>();
        for (Span s : spans) {
            if (s.type != GAZ || s.best < 0 || area(s.cand[s.best])) continue;
            boolean supported = s.support != null && s.support[s.best];
            if (s.person || (s.surname && !supported && d.population[s.cand[s.best]] < 100_000)) people.add(s.key);
        }
        people.addAll(personNames(t));
        List<PlaceMention> out = new ArrayList<>(spans.size());
        for (int a = 0; a < spans.size(); a++) {
            Span s = spans.get(a);
            if (s.best < 0) continue;
            int p = s.cand[s.best];
            boolean explicit = s.container >= 0 || s.containerOf >= 0;
            if (s.type == GAZ && !explicit) {
                boolean big = area(p) || d.population[p] >= 100_000;
                boolean supported = s.support != null && s.support[s.best];
                boolean located = supported && s.first > 0 && LOCATIVE.contains(t.key[s.first - 1]) && !t.has(s.first - 1, Tokens.UPPER);
                if (s.common && !located && !(s.last > s.first && d.population[p] >= 100_000)) continue;
                if (s.weak && !big && !supported) continue;
                if (s.first == s.last && t.has(s.first, Tokens.SENT_START) && t.has(s.first, Tokens.CASED) && !supported
                        && !area(p) && (d.population[p] < 10_000 && lowerElsewhere(t, s.key) || d.population[p] < 5_000 && margin(s) < 3)) {
                    continue; // "Rain flooded …": a common word at the start of a sentence, written in lower case elsewhere
                }
                if (s.first == s.last && !area(p) && d.population[p] < 100_000 && lowerElsewhere(t, s.key)) {
                    continue; // "Man Shot In Killeen; 2 Hurt At Bar": a headline's capitals on words written in lower case elsewhere
                }
                if (people.contains(s.key) && !area(p) && d.population[p] < 100_000) continue;
                if (s.person && (!area(p) || s.titled)) continue;
                if (d.kind[p] == GazetteerData.K_ADMIN2 && (s.candFlags[s.best] & GazetteerData.PRIMARY) == 0 && !s.countyList
                        && (!supported || s.surname || people.contains(s.key))) {
                    continue; // a county's bare name ("Smith" for Smith County) only where the article is about its state
                }
                if (!area(p) && d.population[p] < 1000 && (s.candFlags[s.best] & GazetteerData.PRIMARY) == 0 && !explicit
                        && margin(s) < 3) continue;
            }
            double conf = switch (s.type) {
                case DEMONYM, ABBREV -> 0.95;
                case CAPITAL -> 0.9;
                default -> 1.0 / (1.0 + Math.exp(-Math.min(margin(s), 10)));
            };
            String facility = null;
            boolean demonym = s.type == DEMONYM;
            int next = s.last + 1;
            if (next < t.size && t.has(next, Tokens.JOIN_PREV)) {
                if (d.kind[p] == GazetteerData.K_COUNTRY && s.type != CAPITAL) {
                    if (ADJECTIVAL_HEADS.contains(t.key[next])) demonym = true;
                    if (t.key[next].equals("embassy") || t.key[next].equals("consulate")) {
                        facility = t.text.substring(s.start, t.end[next]);
                    }
                } else if (s.type == GAZ) {
                    int fe = facilityEnd(t, next);
                    if (fe >= 0) facility = t.text.substring(s.start, t.end[fe]);
                }
            }
            if (d.kind[p] == GazetteerData.K_ADMIN1 && s.type == GAZ && regionModifier(t, next)) demonym = true;
            if (d.kind[p] == GazetteerData.K_COUNTRY && s.type == GAZ && s.first > 0) {
                int h = s.first - 1;
                if (OF_WORDS.contains(t.key[h]) && h > 0) h--;
                if (ADJECTIVAL_HEADS_BEFORE.contains(t.key[h])) {
                    demonym = true;
                    if (t.key[h].startsWith("ambas") || t.key[h].startsWith("emba") || t.key[h].startsWith("consul")
                            || t.key[h].contains("سفار")) {
                        facility = t.text.substring(t.start[h], s.end);
                    }
                }
            }
            if (facility == null && s.type == GAZ && !area(p)) {
                int fs = facilityStart(t, s.first);
                if (fs >= 0) {
                    int end = s.end;
                    if (next < t.size && (t.key[next].equals("الجويه") || t.key[next].equals("العسكريه"))) end = t.end[next];
                    facility = t.text.substring(t.start[fs], end);
                }
            }
            if (d.kind[p] == GazetteerData.K_ADMIN1 && !divisionNamed(t, s)) {
                int seat = seatOf(p, t.text.substring(s.start, s.end));
                // "Baghdad" is the city; a state's abbreviation ("Okla.") is the state, but "D.C." the capital
                if (s.type != ABBREV || d.feature[seat] == GazetteerData.F_PPLC) p = seat;
            }
            out.add(new PlaceMention(s.start, s.end, t.text.substring(s.start, s.end), g.place(p), facility, demonym,
                    Math.round(conf * 1000) / 1000.0));
        }
        return out;
    }

    /**
     * A region's name qualifying an institution in up to three lower-case words joined to it ("Kurdistan health
     * official", "the Kurdistan Region's counter-terrorism service"): the institution's region, not a place of events.
     */
    private static boolean regionModifier(Tokens t, int next) {
        for (int k = next; k < t.size && k < next + 3 && t.has(k, Tokens.JOIN_PREV) && !t.has(k, Tokens.UPPER); k++) {
            if (REGION_INSTITUTIONS.contains(t.key[k])) return true;
        }
        return false;
    }

    private static final java.util.Set<String> DIVISION_WORDS = java.util.Set.of("province", "governorate", "state",
            "region", "county", "oblast", "wilaya", "prefecture", "district", "department", "provincia", "región",
            "région", "département", "bundesland", "regione", "provincie", "محافظه", "ولايه", "مقاطعه");

    /** "Baghdad province", "the state of Texas", "محافظة بغداد": the division itself is meant. */
    private boolean divisionNamed(Tokens t, Span s) {
        int next = s.last + 1, prev = s.first - 1;
        if (next < t.size && DIVISION_WORDS.contains(t.key[next])) return true;
        if (prev >= 0 && DIVISION_WORDS.contains(t.key[prev])) return true;
        return prev >= 1 && OF_WORDS.contains(t.key[prev]) && DIVISION_WORDS.contains(t.key[prev - 1]);
    }

    /**
     * A first-order division named like its seat ("Baghdad", "Tehran", "Kano") is, in news, the city: the
     * division's seat (a capital or first-order seat of the same name inside it) when there is one.
     */
    private int seatOf(int division, String written) {
        int k = d.find(Names.hash(Names.normalize(d.names[division])));
        if (k < 0) k = d.find(Names.hash(Names.normalize(written)));
        if (k < 0) return division;
        int a1 = d.admin1[division];
        for (int i = d.postStart[k]; i < d.postStart[k + 1]; i++) {
            int x = d.postings[i] & GazetteerData.INDEX_MASK;
            if (d.kind[x] == GazetteerData.K_COUNTRY || d.kind[x] == GazetteerData.K_ADMIN1) continue;
            if (!d.countries[x].equals(d.countries[division]) || d.admin1[x] != a1) continue;
            if (d.feature[x] == GazetteerData.F_PPLC || d.feature[x] == GazetteerData.F_PPLA) return x;
        }
        return division;
    }

    /**
     * Keys of the words used in a person's name in this text: in a pair of capitalised words "X Y" where Y also
     * stands alone elsewhere ("George Bush … Bush said", "Rodney Eric Smith … Smith was arrested"), both are
     * names of a person.
     */
    private java.util.Set<String> personNames(Tokens t) {
        java.util.Set<String> alone = new java.util.HashSet<>();
        for (int i = 0; i < t.size; i++) {
            if (!name(t, i) || t.has(i, Tokens.SENT_START)) continue;
            boolean prev = i > 0 && t.has(i, Tokens.JOIN_PREV) && t.has(i - 1, Tokens.UPPER);
            boolean next = i + 1 < t.size && t.has(i + 1, Tokens.JOIN_PREV) && t.has(i + 1, Tokens.UPPER);
            if (!prev && !next) alone.add(t.key[i]);
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 1; i < t.size; i++) {
            if (!name(t, i) || !name(t, i - 1) || !t.has(i, Tokens.JOIN_PREV)) continue;
            if (i + 1 < t.size && t.has(i + 1, Tokens.JOIN_PREV) && t.has(i + 1, Tokens.UPPER)) continue; // "X Y Z": an organisation
            if (alone.contains(t.key[i]) && !alone.contains(t.key[i - 1])) {
                out.add(t.key[i]);
                out.add(t.key[i - 1]);
            }
        }
        return out;
    }

    private static boolean lowerElsewhere(Tokens t, String key) {
        for (int i = 0; i < t.size; i++) {
            if (t.has(i, Tokens.CASED) && !t.has(i, Tokens.UPPER) && t.key[i].equals(key)) return true;
        }
        return false;
    }

    /** A capitalised word of a cased script that could be part of a person's name. */
    private boolean name(Tokens t, int i) {
        if (!t.has(i, Tokens.CASED) || !t.has(i, Tokens.UPPER) || t.has(i, Tokens.ALL_CAPS) || t.has(i, Tokens.HAS_DOT)) return false;
        String k = t.key[i];
        return k.length() > 1 && !MODIFIERS.contains(k) && !CONNECTORS.contains(k) && !lex.stopwords.contains(k)
                && !lex.titles.contains(k) && lex.demonyms.get(k) == null;
    }

    private boolean area(int p) {
        return d.kind[p] == GazetteerData.K_COUNTRY || d.kind[p] == GazetteerData.K_ADMIN1;
    }

    /** Token index where a facility phrase written before the town at {@code i} starts ("base aérienne de Balad"), or -1. */
    private int facilityStart(Tokens t, int i) {
        for (String[] f : lex.facilitiesBefore) {
            int from = i - f.length;
            if (from < 0) continue;
            boolean ok = true;
            for (int k = 0; k < f.length && ok; k++) ok = t.key[from + k].equals(f[k]);
            if (ok) return from;
        }
        return -1;
    }

    /** Token index where a facility phrase starting at {@code i} ends ("air base", "International Airport"), or -1. */
    private int facilityEnd(Tokens t, int i) {
        int from = i;
        if (from < t.size && t.key[from].equals("international") && from + 1 < t.size && t.has(from + 1, Tokens.JOIN_PREV)) from++;
        for (String[] f : lex.facilities) {
            if (from + f.length > t.size) continue;
            boolean ok = true;
            for (int k = 0; k < f.length && ok; k++) {
                ok = t.key[from + k].equals(f[k]) && t.has(from + k, Tokens.JOIN_PREV);
            }
            if (ok) return from + f.length - 1;
        }
        return -1;
    }
}
