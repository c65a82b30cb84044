package io.triangulate.analysis.figures;

import io.triangulate.model.FigureKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figure lexicon of one language, read from the resource {@code <lang>.lex} beside this class.
 * Sections ({@code [name]}) hold one entry a line, {@code phrase} or {@code phrase = value}; see
 * {@code en.lex} for the documented format. Immutable after loading; shared by all threads.
 */
final class Lexicon {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "it", "nl", "ar");
    private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

    /** A casualty cue: what it counts, and whether "shot" only (victims hit, some may have died). */
    record Cue(FigureKind kind, boolean weak) {}

    /** A hedge in front of a number. */
    enum Hedge { MIN, MORE, LESS, UPTO, APPROX }

    /** A vague or fixed quantity word ("dozens", "both"). */
    record Vague(Integer min, Integer max, boolean approximate) {}

    final String language;
    final Map<String, Integer> numbers = new HashMap<>();
    final Map<String, Integer> scales = new HashMap<>();
    final Set<String> connectors = new HashSet<>();
    final Set<String> articles = new HashSet<>();
    final Set<String> rangeWords = new HashSet<>();
    final Set<String> betweenWords = new HashSet<>();
    final PhraseSet<Hedge> hedges = new PhraseSet<>();
    final PhraseSet<Vague> vague = new PhraseSet<>();
    final PhraseSet<Cue> after = new PhraseSet<>();
    final PhraseSet<Cue> before = new PhraseSet<>();
    final PhraseSet<Cue> singular = new PhraseSet<>();
    final PhraseSet<Cue> singularSelf = new PhraseSet<>();
    final Set<String> aux = new HashSet<>();
    final PhraseSet<Set<FigureKind>> negative = new PhraseSet<>();
    final PhraseSet<Boolean> negSubjects = new PhraseSet<>();
    final Set<String> negDeterminers = new HashSet<>();
    final Set<String> negParticles = new HashSet<>();
    final Set<String> negAny = new HashSet<>();
    final Map<String, Set<FigureKind>> casualtyNouns = new HashMap<>();
    final Set<String> both = new HashSet<>();
    final Set<String> hedgeCues = new HashSet<>();
    final Map<String, String> persons = new HashMap<>();
    final Set<String> pluralSubjects = new HashSet<>();
    final Set<String> units = new HashSet<>();
    final Set<String> breaks = new HashSet<>();
    /** Particles after a casualty word that make another verb of it: "shot down" (a drone), "shot up" (a car). */
    final Set<String> particles = new HashSet<>();
    /** Words joining two casualty words under one negation: "nobody was killed or injured". */
    final Set<String> coordinators = new HashSet<>();
    final PhraseSet<String> weapons = new PhraseSet<>();
    final Map<String, String> weaponModifiers = new HashMap<>();
    final Set<String> weaponBlockers = new HashSet<>();
    final Map<String, String> duals = new HashMap<>();
    final Set<String> prefixes = new HashSet<>();
    final Set<String> months = new HashSet<>();
    final Set<String> timeWords = new HashSet<>();
    final Set<String> currency = new HashSet<>();
    final Map<String, Integer> multiples = new HashMap<>();
    final Map<String, Cue> multipleHeads = new HashMap<>();
    final PhraseSet<Fixed> fixed = new PhraseSet<>();
    final Set<String> perpetrators = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();
    final PhraseSet<Hedge> postHedges = new PhraseSet<>();
    final Set<String> injuryVerbs = new HashSet<>();
    final Set<String> injuryNouns = new HashSet<>();
    final Set<String> fatalWords = new HashSet<>();
    final Set<String> chargeUnits = new HashSet<>();
    final Map<String, Cue> charges = new HashMap<>();
    final Set<String> chargeBlockers = new HashSet<>();
    final Set<String> weekdays = new HashSet<>();
    final Set<String> passiveAux = new HashSet<>();
    final Set<String> objects = new HashSet<>();
    final Set<String> correlatives = new HashSet<>();

    /** A phrase carrying its own count ("murder-suicide": two killed). */
    record Fixed(FigureKind kind, int count, boolean open) {}

    private Lexicon(String language) { this.language = language; }

    /** The lexicon of a language (ISO 639-1); unknown or null languages fall back to English. */
    static Lexicon of(String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (lang.length() > 2) lang = lang.substring(0, 2);
        if (!LANGUAGES.contains(lang)) lang = "en";
        return CACHE.computeIfAbsent(lang, Lexicon::load);
    }

    /** Lower case, apostrophes unified, Arabic diacritics and tatweel removed, alef and yeh forms unified. */
    String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2011', '-');
        if ("ar".equals(language)) {
            StringBuilder b = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= '\u064B' && c <= '\u065F' || c == '\u0640' || c == '\u0670') continue;
                if (c == '\u0623' || c == '\u0625' || c == '\u0622') c = '\u0627';
                if (c == '\u0649') c = '\u064A';
                b.append(c);
            }
            t = b.toString();
        }
        return t;
    }

    private static Lexicon load(String lang) {
        Lexicon lex = new Lexicon(lang);
        String res = lang + ".lex";
        try (InputStream in = Lexicon.class.getResourceAsStream(res)) {
            if (in == null) throw new IllegalStateException("figure lexicon " + res + " missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[") && line.endsWith("]")) { section = line.substring(1, line.length() - 1); continue; }
                if (section == null) throw new IllegalStateException(res + ":" + no + ": entry before any [section]");
                String key = line, value = null;
                int eq = line.indexOf(" = ");
                if (eq >= 0) { key = line.substring(0, eq).strip(); value = line.substring(eq + 3).strip(); }
                try {
                    lex.add(section, Normalizer.normalize(key, Normalizer.Form.NFC), value);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(res + ":" + no + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read figure lexicon " + res, e);
        }
        lex.indexStarters();
        return lex;
    }

    /** Every word a pattern can start at; other words are skipped at once (most of a text). */
    private final Set<String> starters = new HashSet<>();

    private void indexStarters() {
        for (PhraseSet<?> p : List.of(hedges, vague, before, singular, singularSelf, negative, negSubjects, fixed)) starters.addAll(p.firstWords());
        for (Set<String> x : List.of(articles, betweenWords, negDeterminers, negParticles, injuryVerbs, correlatives)) starters.addAll(x);
        for (Map<String, ?> x : List.of(numbers, scales, multiples, duals, persons)) starters.addAll(x.keySet());
    }

    /** Whether any pass can start at this token: a lexicon starter, digits, a hyphenated or compound word. */
    boolean relevant(Token t) {
        String n = t.norm();
        if (n.isEmpty()) return false;
        if (starters.contains(n) || Character.isDigit(n.charAt(0)) || n.indexOf('-') > 0 || n.endsWith("n't")) return true;
        if (!prefixes.isEmpty()) { String s = stripPrefix(n); if (s != null && starters.contains(s)) return true; }
        return n.length() >= 6 && (language.equals("de") || language.equals("nl") || language.equals("it"));
    }

    private void add(String section, String rawKey, String value) {
        String key = norm(rawKey);
        switch (section) {
            case "numbers" -> numbers.put(key, Integer.parseInt(value));
            case "scales" -> scales.put(key, Integer.parseInt(value));
            case "connectors" -> connectors.add(key);
            case "articles" -> articles.add(key);
            case "range" -> rangeWords.add(key);
            case "between" -> betweenWords.add(key);
            case "hedges" -> hedges.add(key, Hedge.valueOf(value.toUpperCase(Locale.ROOT)));
            case "vague" -> {
                String[] p = value.split("\\s+");
                vague.add(key, new Vague(num(p[0]), num(p[1]), p.length > 2 && p[2].equals("approx")));
            }
            case "after" -> after.add(key, cue(value));
            case "before" -> before.add(key, cue(value));
            case "singular-aux" -> singular.add(key, null);
            case "singular" -> singularSelf.add(key, cue(value));
            case "aux" -> aux.add(key);
            case "negative" -> negative.add(key, kinds(value));
            case "neg-subject" -> negSubjects.add(key, Boolean.TRUE);
            case "neg-determiner" -> negDeterminers.add(key);
            case "neg-particle" -> negParticles.add(key);
            case "neg-any" -> negAny.add(key);
            case "casualty-nouns" -> casualtyNouns.put(key, kinds(value));
            case "both" -> both.add(key);
            case "hedge-cues" -> hedgeCues.add(key);
            case "persons" -> persons.put(key, value == null ? key : value);
            case "plural-subjects" -> pluralSubjects.add(key);
            case "units" -> units.add(key);
            case "breaks" -> breaks.add(key);
            case "particles" -> particles.add(key);
            case "coordinators" -> coordinators.add(key);
            case "weapons" -> weapons.add(key, value == null ? rawKey : value);
            case "weapon-modifiers" -> weaponModifiers.put(key, value == null ? rawKey : value);
            case "weapon-blockers" -> weaponBlockers.add(key);
            case "duals" -> duals.put(key, value);
            case "prefixes" -> prefixes.add(key);
            case "months" -> months.add(key);
            case "time-words" -> timeWords.add(key);
            case "currency" -> currency.add(key);
            case "multiples" -> multiples.put(key, Integer.parseInt(value));
            case "multiple-heads" -> multipleHeads.put(key, cue(value));
            case "fixed" -> {
                String[] p = value.split("\\s+");
                fixed.add(key, new Fixed(FigureKind.valueOf(p[0].toUpperCase(Locale.ROOT)), Integer.parseInt(p[1]),
                        p.length > 2 && p[2].equals("+")));
            }
            case "perpetrators" -> perpetrators.add(key);
            case "function-words" -> functionWords.add(key);
            case "injury-verbs" -> injuryVerbs.add(key);
            case "injury-nouns" -> injuryNouns.add(key);
            case "fatal-words" -> fatalWords.add(key);
            case "charge-units" -> chargeUnits.add(key);
            case "charges" -> charges.put(key, cue(value));
            case "charge-blockers" -> chargeBlockers.add(key);
            case "weekdays" -> weekdays.add(key);
            case "passive-aux" -> passiveAux.add(key);
            case "objects" -> objects.add(key);
            case "correlatives" -> correlatives.add(key);
            case "post-hedges" -> postHedges.add(key, Hedge.valueOf(value.toUpperCase(Locale.ROOT)));
            default -> throw new IllegalStateException("unknown section [" + section + "]");
        }
    }

    private static Integer num(String s) { return s.equals("-") ? null : Integer.valueOf(s); }

    private static Cue cue(String v) {
        String[] p = v.split("\\s+");
        return new Cue(FigureKind.valueOf(p[0].toUpperCase(Locale.ROOT)), p.length > 1 && p[1].equals("weak"));
    }

    private static Set<FigureKind> kinds(String v) {
        Set<FigureKind> s = EnumSet.noneOf(FigureKind.class);
        for (String k : v.split("\\s+")) s.add(FigureKind.valueOf(k.toUpperCase(Locale.ROOT)));
        return Set.copyOf(s);
    }

    /** The look-up form of a token with a clitic prefix (Arabic و ب ل ف) removed, or null. */
    String stripPrefix(String norm) {
        if (prefixes.isEmpty()) return null;
        for (String p : prefixes) {
            if (norm.length() > p.length() + 2 && norm.startsWith(p)) return norm.substring(p.length());
        }
        return null;
    }

    boolean isPerson(String norm) {
        if (persons.containsKey(norm)) return true;
        String s = stripPrefix(norm);
        return s != null && persons.containsKey(s);
    }

    String person(String norm) {
        String p = persons.get(norm);
        if (p == null) { String s = stripPrefix(norm); if (s != null) p = persons.get(s); }
        return p;
    }
}
