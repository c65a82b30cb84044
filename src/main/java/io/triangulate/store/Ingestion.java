package io.triangulate.store;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Incremental ingest into a {@link Store}: each new article is analysed, added to the grouping, the
 * stories it touches (its own, and any the grouping merged or split) are reconciled again, and all of
 * it is committed in one transaction before {@link #commit} returns. On creation the grouping state is
 * rebuilt by replaying the stored analysed articles of the recent window.
 *
 * <p>Story ids are the store's own ({@code s1}, {@code s2}…, never reused): the grouping's ids are
 * mapped onto them by majority of members, so a merge keeps the larger story's id.
 * {@link #prepare} (analysis) is thread-safe; {@link #commit} is serialised.
 */
public final class Ingestion {
    /** The analysis, grouping and reconciliation that ingest drives. */
    public interface Engine {
        /** Analyses one article; thread-safe. */
        AnalysedArticle analyse(Article article);

        /**
         * The article as it should be grouped and stored given the articles of the recent window (an
         * undated article dated by its neighbours); by default, as it is.
         */
        default AnalysedArticle contextualise(AnalysedArticle article, java.util.Collection<AnalysedArticle> window) {
            return article;
        }

        /** Adds an analysed article to the grouping state; returns the grouping's story id for it. */
        String group(AnalysedArticle article);

        /** The grouping's current stories: grouping story id → article ids. */
        Map<String, List<String>> clusters();

        /**
         * Whether the last {@link #group} call also changed other stories than the one it returned (a merge
         * or a split); only then does ingest read all of {@link #clusters()} again.
         */
        boolean regrouped();

        /** The events of one story from all its articles (ids need not be unique across stories). */
        List<Event> reconcile(String storyId, List<AnalysedArticle> articles);
    }

    /** What happened to one article. */
    public enum Status { STORED, DUPLICATE }

    /** The outcome of ingesting one article. */
    public record Result(Status status, String id, String story, List<String> touchedStories) {}

    /** An analysed article ready to commit. */
    public record Prepared(Article article, AnalysedArticle analysed) {}

    private final Store store;
    private final Engine engine;
    private final Map<String, AnalysedArticle> window = new HashMap<>();
    /** article id → stored story, for articles in the grouping window */
    private final Map<String, String> storedStory = new HashMap<>();
    /** the grouping's stories as last seen: grouping id → members */
    private Map<String, Set<String>> lastClusters = new HashMap<>();
    private long storyCounter;

    private Ingestion(Store store, Engine engine, int windowDays, int windowMax) {
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.storyCounter = store.storyCounter();
        LocalDate since = store.latestPublished().map(d -> d.minusDays(windowDays)).orElse(null);
        store.forEachRecent(since, windowMax, sa -> {
            AnalysedArticle a = sa.analysed();
            window.put(a.id(), a);
            if (sa.story() != null) storedStory.put(a.id(), sa.story());
            engine.group(a);
        });
        lastClusters = snapshot(engine.clusters());
    }

    /**
     * Ingest over {@code store} driven by {@code engine}, replaying the stored articles published in the
     * last {@code windowDays} before the latest stored one (at most {@code windowMax}) into the grouping.
     */
    public static Ingestion open(Store store, Engine engine, int windowDays, int windowMax) {
        if (windowDays < 0) throw new IllegalArgumentException("windowDays must not be negative");
        if (windowMax < 0) throw new IllegalArgumentException("windowMax must not be negative");
        return new Ingestion(store, engine, windowDays, windowMax);
    }

    /** Ingest with a 30-day window of at most 20,000 articles. */
    public static Ingestion open(Store store, Engine engine) { return open(store, engine, 30, 20_000); }

    /** The id under which this article is already stored, if any (no analysis done). */
    public Optional<String> existing(Article article) { return store.existingId(article); }

    /** Analyses an article (thread-safe, nothing stored). */
    public Prepared prepare(Article article) {
        return new Prepared(article, engine.analyse(article));
    }

    /** Analyses and commits one article. */
    public Result ingest(Article article) {
        Optional<String> dup = store.existingId(article);
        if (dup.isPresent()) return new Result(Status.DUPLICATE, dup.get(), storyOf(dup.get()), List.of());
        return commit(prepare(article));
    }

    private String storyOf(String id) {
        String s = storedStory.get(id);
        return s != null ? s : store.article(id).map(StoredArticle::story).orElse(null);
    }

    /**
     * Groups a prepared article, reconciles the stories it touches and commits all of it; durable when
     * this returns. A duplicate (same id or same URL) changes nothing.
     */
    public synchronized Result commit(Prepared p) {
        Article article = p.article();
        Optional<String> dup = store.existingId(article);
        if (dup.isPresent()) return new Result(Status.DUPLICATE, dup.get(), storyOf(dup.get()), List.of());
        AnalysedArticle analysed = engine.contextualise(p.analysed(), window.values());
        if (window.containsKey(analysed.id())) {
            // stored under this id in the window but deduplicated above: cannot happen; be safe
            return new Result(Status.DUPLICATE, analysed.id(), storedStory.get(analysed.id()), List.of());
        }
        String groupId = engine.group(analysed);
        window.put(analysed.id(), analysed);
        Map<String, Set<String>> clusters;
        List<Set<String>> changed = new ArrayList<>();
        if (engine.regrouped()) {
            // a merge or split: the grouping's stories whose membership changed
            clusters = snapshot(engine.clusters());
            for (var e : clusters.entrySet()) {
                if (!e.getValue().equals(lastClusters.get(e.getKey()))) changed.add(e.getValue());
            }
        } else {
            clusters = lastClusters;
            Set<String> members = new HashSet<>(lastClusters.getOrDefault(groupId, Set.of()));
            members.add(analysed.id());
            clusters.put(groupId, members);
            changed.add(members);
        }
        changed.sort(Comparator.comparingInt((Set<String> s) -> -s.size()));
        long counter = storyCounter;
        Map<String, String> newStory = new LinkedHashMap<>();
        Set<String> claimed = new HashSet<>();
        for (Set<String> members : changed) {
            Map<String, Integer> votes = new HashMap<>();
            for (String m : members) {
                String s = storedStory.get(m);
                if (s != null) votes.merge(s, 1, Integer::sum);
            }
            String chosen = votes.entrySet().stream()
                    .filter(v -> !claimed.contains(v.getKey()))
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(v -> -storyNumber(v.getKey())))
                    .map(Map.Entry::getKey).orElse(null);
            if (chosen == null) chosen = "s" + (++counter);
            claimed.add(chosen);
            for (String m : members) newStory.put(m, chosen);
        }
        if (!newStory.containsKey(analysed.id())) {
            // the grouping reported no change (it should always): give the article a story of its own
            String s = "s" + (++counter);
            newStory.put(analysed.id(), s);
        }
        String story = newStory.get(analysed.id());
        List<StoreUpdate.Move> moves = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        Map<String, Set<String>> movedIn = new HashMap<>();
        Map<String, Set<String>> movedOut = new HashMap<>();
        touched.add(story);
        for (var e : newStory.entrySet()) {
            String id = e.getKey(), to = e.getValue();
            if (id.equals(analysed.id())) continue;
            String from = storedStory.get(id);
            if (to.equals(from)) continue;
            String reason = from == null ? "added" : claimedBy(newStory, from) ? "split" : "merged";
            moves.add(new StoreUpdate.Move(id, from, to, reason));
            touched.add(to);
            movedIn.computeIfAbsent(to, k -> new HashSet<>()).add(id);
            if (from != null) {
                touched.add(from);
                movedOut.computeIfAbsent(from, k -> new HashSet<>()).add(id);
            }
        }
        movedIn.computeIfAbsent(story, k -> new HashSet<>()).add(analysed.id());

        Map<String, List<Event>> events = new LinkedHashMap<>();
        for (String s : touched) {
            Set<String> ids = new LinkedHashSet<>(store.storyArticleIds(s));
            ids.removeAll(movedOut.getOrDefault(s, Set.of()));
            ids.addAll(movedIn.getOrDefault(s, Set.of()));
            List<AnalysedArticle> members = new ArrayList<>();
            for (String id : ids) {
                AnalysedArticle a = window.get(id);
                if (a == null) a = store.article(id).map(StoredArticle::analysed).orElse(null);
                if (a != null) members.add(a);
            }
            members.sort(Comparator.comparing(AnalysedArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(AnalysedArticle::id));
            events.put(s, members.isEmpty() ? List.of() : renumber(s, engine.reconcile(s, members)));
        }
        StoreUpdate update = new StoreUpdate(List.of(new StoreUpdate.NewArticle(article, analysed, story)), moves, events, counter);
        Store.Applied applied = store.apply(update);
        if (!applied.duplicates().isEmpty()) {
            // a concurrent writer stored it first: forget it here
            window.remove(analysed.id());
            String existing = applied.duplicates().values().iterator().next();
            return new Result(Status.DUPLICATE, existing, storyOf(existing), List.of());
        }
        storyCounter = counter;
        for (var e : newStory.entrySet()) storedStory.put(e.getKey(), e.getValue());
        lastClusters = clusters;
        return new Result(Status.STORED, analysed.id(), story, List.copyOf(touched));
    }

    private static boolean claimedBy(Map<String, String> newStory, String story) {
        return newStory.containsValue(story);
    }

    private static long storyNumber(String id) {
        try {
            return Long.parseLong(id.substring(1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Gives a story's events store-wide ids: {@code <story>-e<n>}, in the order reconciliation gives them. */
    static List<Event> renumber(String story, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        int n = 0;
        for (Event e : events) {
            n++;
            out.add(new Event(story + "-e" + n, story, e.role(), e.type(), e.date(), e.location(), e.killed(), e.injured(),
                    e.articles(), e.facts()));
        }
        return out;
    }

    private static Map<String, Set<String>> snapshot(Map<String, List<String>> clusters) {
        Map<String, Set<String>> out = new HashMap<>();
        clusters.forEach((k, v) -> out.put(k, new HashSet<>(v)));
        return out;
    }
}
