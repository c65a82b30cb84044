package io.triangulate.reconcile;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which articles of a story are independent of each other, and who originally stands behind a statement.
 *
 * <ul>
 *   <li><b>Copies</b>: two articles whose cleaned texts share most of their word 5-shingles (Jaccard
 *       ≥ {@value #JACCARD}, or containment of the shorter in the longer ≥ {@value #CONTAINMENT}: a wire
 *       story shortened or topped by an outlet) are one text. Each article points to the earliest
 *       article of its copy group, its <em>origin</em>.</li>
 *   <li><b>Wire credit</b>: an article whose dateline or credit line names a news agency ("BAGHDAD
 *       (Reuters) -", "(AP) —", "Reporting by …") speaks in that agency's voice.</li>
 *   <li><b>Original source</b> of a statement: the speaker its sentence is attributed to ("police",
 *       "Reuters", "Iraqi security source"); else the wire credit of the article or of the origin of its
 *       copy group; else the origin's outlet. Sources are compared by a normalised key, so "Reuters",
 *       "reuters.com" and "REUTERS" are one source, and every copy of one wire story counts once.</li>
 * </ul>
 */
final class Independence {
    static final double JACCARD = 0.5;
    static final double CONTAINMENT = 0.8;
    private static final int SHINGLE = 5;

    /** An original source: the key compared for independence and the name shown. */
    record Source(String key, String name) {}

    private static final Pattern WIRE = Pattern.compile(
            "\\((Reuters|AP|AFP|Associated Press|Agence France-Presse|dpa|DPA|Xinhua|Anadolu|UPI|ANSA|EFE|Europa Press|ANP|Bloomberg|TASS|IRNA|KUNA|WAM|SPA)\\)");
    private static final Pattern REPORTING_BY = Pattern.compile("(?m)^\\s*\\(?Reporting by .{3,120}(Editing by|;)");

    private final Map<String, String> origin = new HashMap<>();
    private final Map<String, String> wire = new HashMap<>();
    private final Map<String, String> outlet = new HashMap<>();

    private Independence() {}

    /** Copy groups and wire credits of a story's articles, given in publication order. */
    static Independence of(List<AnalysedArticle> ordered) {
        Independence ind = new Independence();
        List<Set<Long>> shingles = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            AnalysedArticle a = ordered.get(i);
            Set<Long> s = shingles(a.text());
            shingles.add(s);
            String home = a.id();
            for (int j = 0; j < i; j++) {
                if (copies(shingles.get(j), s)) { home = ind.origin.get(ordered.get(j).id()); break; }
            }
            ind.origin.put(a.id(), home);
            String w = wireCredit(a.text());
            if (w != null) ind.wire.put(a.id(), w);
            String o = a.article().source();
            ind.outlet.put(a.id(), o != null && !o.isBlank() ? o.strip() : a.id());
        }
        return ind;
    }

    /** The earliest article of the copy group {@code article} belongs to (itself when it is no copy). */
    String origin(String article) { return origin.getOrDefault(article, article); }

    /** True when the article is a near-duplicate of an earlier one. */
    boolean isCopy(String article) { return !origin(article).equals(article); }

    /** The outlet that carried an article (its source, else its id). */
    String outlet(String article) { return outlet.getOrDefault(article, article); }

    /** The original source of a statement in {@code article} said by {@code s} (nullable). */
    Source source(String article, Sentence s) {
        String speaker = s == null ? null : s.attribution().speaker();
        if (speaker != null && !speaker.isBlank()) return new Source(key(speaker), speaker.strip());
        String w = wire.get(article);
        String home = origin(article);
        if (w == null) w = wire.get(home);
        if (w != null) return new Source(key(w), w);
        String o = outlet(home);
        return new Source(key(o), o);
    }

    /** The outlet or account that relayed a statement: the sentence's {@code via}, else the carrying outlet when someone else speaks. */
    String via(String article, Sentence s) {
        if (s != null && s.attribution().via() != null) return s.attribution().via();
        Source src = source(article, s);
        String o = outlet(article);
        return key(o).equals(src.key()) || o.equals(article) ? null : o;
    }

    /** A source name reduced for comparison: case, articles, web-address parts and punctuation removed. */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).strip();
        k = k.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        k = k.replaceFirst("\\.(com|net|org|co\\.uk|co|info|news|tv)(/.*)?$", "");
        k = k.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        k = k.replaceFirst("^the ", "");
        k = k.replaceFirst(" (news agency|news|agency|newswire|wire)$", "");
        return k.isEmpty() ? name : k;
    }

    static String wireCredit(String text) {
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        Matcher m = WIRE.matcher(head);
        if (m.find()) return canonicalWire(m.group(1));
        String tail = text.length() > 600 ? text.substring(text.length() - 600) : text;
        if (REPORTING_BY.matcher(tail).find()) return "Reuters";
        return null;
    }

    private static String canonicalWire(String w) {
        return switch (w) {
            case "AP" -> "Associated Press";
            case "AFP" -> "Agence France-Presse";
            case "DPA" -> "dpa";
            default -> w;
        };
    }

    static boolean copies(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<Long> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        int common = 0;
        for (Long x : small) if (large.contains(x)) common++;
        double jaccard = (double) common / (a.size() + b.size() - common);
        double containment = (double) common / small.size();
        return jaccard >= JACCARD || small.size() >= 8 && containment >= CONTAINMENT;
    }

    static Set<Long> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> words = new ArrayList<>(w.length);
        for (String x : w) if (!x.isEmpty()) words.add(x);
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + SHINGLE; j++) h = 31 * h + words.get(j).hashCode();
            out.add(h);
        }
        return out;
    }
}
