package io.triangulate.store;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Attribution;
import io.triangulate.model.Event;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Evidence;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Location;
import io.triangulate.model.Modality;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeMention;
import io.triangulate.model.TimexType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test fixtures: articles we write, and a small fixture engine for exercising ingest without the
 * analysis pipeline. Its "analysis" reads a place from a fixed list of towns and a count of rockets or
 * shells; its grouping puts articles of the same town within three days together; its reconciliation
 * gives one event per story with a weapon fact that is in conflict when the articles disagree.
 */
public final class Fixtures {
    private Fixtures() {}

    public static final Map<String, Place> TOWNS = new LinkedHashMap<>();
    static {
        TOWNS.put("Mosul", new Place(99072, "Mosul", "IQ", "Nineveh", 36.34, 43.13, 1_739_800, Place.Kind.CITY));
        TOWNS.put("Kirkuk", new Place(94787, "Kirkuk", "IQ", "Kirkuk", 35.47, 44.39, 601_433, Place.Kind.CITY));
        TOWNS.put("Goma", new Place(214974, "Goma", "CD", "North Kivu", -1.68, 29.22, 144_124, Place.Kind.CITY));
        TOWNS.put("Lyon", new Place(2996944, "Lyon", "FR", "Auvergne-Rhône-Alpes", 45.75, 4.85, 472_317, Place.Kind.CITY));
    }

    private static final Pattern WEAPON = Pattern.compile("(?i)(two|three|four) (rockets|mortar shells|grenades)");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");

    public static Article article(String id, String url, String title, LocalDate published, String text) {
        return new Article(id, "Outlet " + id, url, title, published, "en", text, "test:" + id);
    }

    /** The fixture analysis: sentences, the first known town, a weapon count. */
    public static AnalysedArticle analyse(Article a) {
        String text = a.text();
        List<Sentence> sentences = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(text);
        while (sm.find()) {
            if (sm.group().isBlank()) continue;
            int s = sm.start();
            while (s < sm.end() && Character.isWhitespace(text.charAt(s))) s++;
            sentences.add(new Sentence(sentences.size(), s, sm.end(), text.substring(s, sm.end()),
                    new Attribution("police", null, Modality.REPORTED), false));
        }
        List<PlaceMention> places = new ArrayList<>();
        for (Place p : TOWNS.values()) {
            int i = text.indexOf(p.name());
            if (i >= 0) places.add(new PlaceMention(i, i + p.name().length(), p.name(), p, null, false, 0.9));
        }
        List<Figure> figures = new ArrayList<>();
        Matcher wm = WEAPON.matcher(text);
        if (wm.find()) {
            int n = switch (wm.group(1).toLowerCase()) { case "two" -> 2; case "three" -> 3; default -> 4; };
            String obj = wm.group(2).equals("rockets") ? "rocket" : wm.group(2).equals("grenades") ? "grenade" : "mortar shell";
            figures.add(new Figure(wm.start(), wm.end(), wm.group(), FigureKind.WEAPON, n, n, false, obj));
        }
        List<TimeMention> times = new ArrayList<>();
        int y = text.indexOf("yesterday");
        if (y >= 0 && a.published() != null) {
            times.add(new TimeMention(y, y + 9, "yesterday", TimexType.DATE, a.published().minusDays(1).toString(), a.published().minusDays(1)));
        }
        PlaceMention where = places.isEmpty() ? null : places.get(0);
        LocalDate date = times.isEmpty() ? a.published() : times.get(0).date();
        List<EventMention> events = List.of(new EventMention(a.id(), 0, EventMention.Role.MAIN, EventType.ART_MISS_ATTACK,
                date, times.isEmpty() ? null : "yesterday", where, figures, List.of(), List.of(), List.of(0)));
        return new AnalysedArticle(a, text, "en", a.published(), false, sentences, places, times, figures,
                EventType.ART_MISS_ATTACK, events);
    }

    /** The fixture reconciliation: one main event per story. */
    public static Event reconcile(String storyId, List<AnalysedArticle> arts) {
        AnalysedArticle first = arts.get(0);
        EventMention m = first.events().get(0);
        Location loc = m.location() == null ? null : Location.of(m.location().place());
        Map<String, List<AnalysedArticle>> byWeapon = new LinkedHashMap<>();
        for (AnalysedArticle a : arts) {
            for (Figure f : a.figures()) byWeapon.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(a);
        }
        List<Fact> facts = new ArrayList<>();
        if (!byWeapon.isEmpty()) {
            List<FactValue> values = new ArrayList<>();
            for (var e : byWeapon.entrySet()) {
                List<Evidence> ev = new ArrayList<>();
                for (AnalysedArticle a : e.getValue()) {
                    Figure f = a.figures().get(0);
                    Sentence s = a.sentences().stream().filter(x -> x.start() <= f.start() && f.end() <= x.end()).findFirst().orElse(a.sentences().get(0));
                    ev.add(new Evidence(a.id(), s.text(), s.start(), s.end(), s.attribution()));
                }
                values.add(new FactValue(e.getKey(), e.getValue().get(0).figures().get(0).value(),
                        e.getValue().stream().map(AnalysedArticle::id).toList(), List.of("police"), ev, 0.5));
            }
            FactStatus st = values.size() > 1 ? FactStatus.CONFLICT : arts.size() > 1 ? FactStatus.AGREED : FactStatus.SINGLE;
            facts.add(new Fact("weapon", st, values, values.size() > 1 ? null : values.get(0).value()));
        }
        if (loc != null) {
            Sentence s = first.sentences().get(0);
            facts.add(new Fact("location", arts.size() > 1 ? FactStatus.AGREED : FactStatus.SINGLE,
                    List.of(new FactValue(loc.name(), null, arts.stream().map(AnalysedArticle::id).toList(), List.of(),
                            List.of(new Evidence(first.id(), s.text(), s.start(), s.end(), s.attribution())), 0.8)), loc.name()));
        }
        return new Event("e1", storyId, "main", EventType.ART_MISS_ATTACK, m.date(), loc, 0, null,
                arts.stream().map(AnalysedArticle::id).toList(), facts);
    }

    /** An engine over the fixture analysis, grouping by town and date. */
    public static final class FixtureEngine implements Ingestion.Engine {
        private final Map<String, List<String>> clusters = new LinkedHashMap<>();
        private final Map<String, AnalysedArticle> seen = new LinkedHashMap<>();
        private int next;
        private boolean regrouped;

        @Override public AnalysedArticle analyse(Article article) { return Fixtures.analyse(article); }

        @Override public String group(AnalysedArticle a) {
            seen.put(a.id(), a);
            regrouped = false;
            // every story of a town this article names (within three days) takes it; several such stories merge
            List<String> matches = new ArrayList<>();
            for (PlaceMention pm : a.places()) {
                for (var e : clusters.entrySet()) {
                    AnalysedArticle other = seen.get(e.getValue().get(0));
                    if (!matches.contains(e.getKey()) && !other.places().isEmpty()
                            && other.places().get(0).place().name().equals(pm.place().name())
                            && other.published() != null && a.published() != null
                            && Math.abs(other.published().toEpochDay() - a.published().toEpochDay()) <= 3) {
                        matches.add(e.getKey());
                    }
                }
            }
            if (matches.isEmpty()) {
                String id = "g" + (++next);
                clusters.put(id, new ArrayList<>(List.of(a.id())));
                return id;
            }
            String into = matches.get(0);
            for (String other : matches.subList(1, matches.size())) {
                clusters.get(into).addAll(clusters.remove(other));
                regrouped = true;
            }
            clusters.get(into).add(a.id());
            return into;
        }

        @Override public Map<String, List<String>> clusters() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            clusters.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return out;
        }

        @Override public boolean regrouped() { return regrouped; }

        @Override public List<Event> reconcile(String storyId, List<AnalysedArticle> articles) {
            return List.of(Fixtures.reconcile(storyId, articles));
        }
    }

    /** A set of articles: two reports of one Mosul attack that disagree on the weapon, one in Goma, one with markup. */
    public static List<Article> articles() {
        LocalDate d = LocalDate.of(2024, 3, 10);
        return List.of(
                article("mosul-a", "https://www.example.com/news/mosul-attack/?utm_source=feed", "Rockets hit Mosul", d,
                        "Two rockets hit a market in Mosul yesterday, police said. Nobody was hurt."),
                article("mosul-b", "https://other.example.org/world/mosul", "Shelling in Mosul", d,
                        "Two mortar shells fell on a market in Mosul yesterday. Residents fled."),
                article("goma-a", "https://news.example.net/goma-grenade", "Grenade attack in Goma", d.plusDays(5),
                        "Three grenades were thrown at a bar in Goma, officials said."),
                article("markup", null, "A <script> in Lyon", d.plusDays(7),
                        "Protesters in Lyon carried signs reading <script>alert('x')</script> and <b>bold</b> claims."));
    }
}
