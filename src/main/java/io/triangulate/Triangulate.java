package io.triangulate;

import io.triangulate.analysis.Analyzer;
import io.triangulate.analysis.place.Gazetteer;
import io.triangulate.analysis.place.HomeRegions;
import io.triangulate.analysis.place.PlaceExtractor;
import io.triangulate.grouping.Grouper;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.Article;
import io.triangulate.model.ArticleSummary;
import io.triangulate.model.Event;
import io.triangulate.model.Story;
import io.triangulate.model.Warning;
import io.triangulate.reconcile.Policy;
import io.triangulate.reconcile.Reconciler;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The whole pipeline behind one door: articles in, stories and reconciled events out.
 *
 * <pre>{@code
 * Triangulate t = Triangulate.builder().policy(Policy.CONSERVATIVE).build();
 * AnalysisResult r = t.analyze(articles);
 * }</pre>
 *
 * Thread-safe; {@link #analyze} first learns each outlet's home region from the batch (so that a
 * local paper's "Dublin" is the one in Ohio), then runs the analysis in parallel and the grouping in
 * publication order.
 */
public final class Triangulate {
    /** An undated article takes a date its text allows only within this many days of a dated story-mate. */
    private static final int STORY_DATE_DAYS = 3;

    private final Analyzer analyzer;
    private final Reconciler reconciler;
    private final Supplier<Grouper> groupers;

    private Triangulate(Builder b) {
        this.analyzer = b.gazetteer != null ? Analyzer.builder().gazetteer(b.gazetteer).build() : Analyzer.create();
        this.reconciler = Reconciler.builder().policy(b.policy).build();
        this.groupers = b.groupers != null ? b.groupers : () -> Grouper.builder().build();
    }

    public static Builder builder() { return new Builder(); }

    public static Triangulate create() { return builder().build(); }

    /** Builder for a configured pipeline. */
    public static final class Builder {
        private Gazetteer gazetteer;
        private Policy policy = Policy.LATEST;
        private Supplier<Grouper> groupers;

        public Builder gazetteer(Gazetteer g) { this.gazetteer = Objects.requireNonNull(g, "gazetteer"); return this; }

        public Builder policy(Policy p) { this.policy = Objects.requireNonNull(p, "policy"); return this; }

        /** How to make the grouper of each batch (defaults to {@code Grouper.builder().build()}). */
        public Builder grouper(Supplier<Grouper> g) { this.groupers = Objects.requireNonNull(g, "grouper"); return this; }

        public Triangulate build() { return new Triangulate(this); }
    }

    public Analyzer analyzer() { return analyzer; }

    /** Analyses one article. */
    public AnalysedArticle analyse(Article article) { return analyzer.analyse(article); }

    /**
     * The events of one story, given its analysed articles. Undated articles are first dated from the
     * story (see {@link #datedByStory}).
     */
    public List<Event> reconcile(String storyId, List<AnalysedArticle> articles) {
        AtomicInteger n = new AtomicInteger();
        return reconciler.reconcile(storyId, datedByStory(articles), () -> storyId + "-e" + n.incrementAndGet());
    }

    /**
     * The articles of one story, where an undated article takes the date its text allows (a weekday with
     * a day and month) that lies within {@value #STORY_DATE_DAYS} days of a dated story-mate's, and is
     * analysed again against it. Articles that stay undated, and dated ones, are returned as they are.
     */
    public List<AnalysedArticle> datedByStory(List<AnalysedArticle> members) {
        return datedByStory(members, a -> PlaceExtractor.Options.NONE);
    }

    private List<AnalysedArticle> datedByStory(List<AnalysedArticle> members, Function<Article, PlaceExtractor.Options> home) {
        List<LocalDate> dated = members.stream().map(AnalysedArticle::published).filter(Objects::nonNull).toList();
        if (dated.isEmpty() || dated.size() == members.size()) return members;
        List<AnalysedArticle> out = new ArrayList<>(members.size());
        for (AnalysedArticle a : members) {
            LocalDate best = null;
            long bestGap = Long.MAX_VALUE;
            if (a.published() == null) {
                for (LocalDate c : analyzer.publicationDateCandidates(a.article())) {
                    for (LocalDate d : dated) {
                        long gap = Math.abs(ChronoUnit.DAYS.between(c, d));
                        if (gap < bestGap) { bestGap = gap; best = c; }
                    }
                }
            }
            out.add(best != null && bestGap <= STORY_DATE_DAYS ? analyzer.analyseWithInferredDate(a.article(), best, home.apply(a.article())) : a);
        }
        return out;
    }

    /**
     * What {@link #analyze} knows of each outlet of a batch: its home region learnt from the places its own
     * articles name (see {@link HomeRegions}), as options for {@link Analyzer#analyse(Article, PlaceExtractor.Options)}.
     */
    public Function<Article, PlaceExtractor.Options> outletHomes(List<Article> articles) {
        HomeRegions homes = new HomeRegions(analyzer.places());
        List<Map.Entry<String, List<io.triangulate.model.PlaceMention>>> seen = articles.parallelStream()
                .filter(a -> a.source() != null)
                .map(a -> Map.entry(a.source(), analyzer.places().extract(a.text(), analyzer.language(a))))
                .toList();
        for (var e : seen) homes.add(e.getKey(), e.getValue());
        return a -> homes.options(a.source());
    }

    /** Analyses, groups and reconciles a batch. */
    public AnalysisResult analyze(List<Article> articles) { return analyze(articles, List.of()); }

    /** Analyses, groups and reconciles a batch; {@code warnings} from reading it are carried into the result. */
    public AnalysisResult analyze(List<Article> articles, List<Warning> warnings) {
        List<Warning> allWarnings = new ArrayList<>(warnings);
        Function<Article, PlaceExtractor.Options> home = outletHomes(articles);
        List<AnalysedArticle> analysed = analyseAll(articles, allWarnings, home);
        analysed = datedByBatch(analysed, home);
        List<AnalysedArticle> ordered = new ArrayList<>(analysed);
        ordered.sort(Comparator.comparing(AnalysedArticle::published, Comparator.nullsLast(Comparator.naturalOrder())));
        Grouper grouper = groupers.get();
        for (AnalysedArticle a : ordered) grouper.add(a);

        Map<String, AnalysedArticle> byId = new HashMap<>();
        for (AnalysedArticle a : analysed) byId.put(a.id(), a);
        List<Story> stories = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        AtomicInteger eventNo = new AtomicInteger();
        for (Grouper.Cluster c : grouper.clusters()) {
            String storyId = "s" + (stories.size() + 1);
            List<AnalysedArticle> members = new ArrayList<>();
            for (String id : c.articles()) members.add(byId.get(id));
            members = datedByStory(members, home);
            for (AnalysedArticle a : members) byId.put(a.id(), a);
            List<Event> es = reconciler.reconcile(storyId, members, () -> "e" + eventNo.incrementAndGet());
            events.addAll(es);
            stories.add(new Story(storyId, c.articles(), es.stream().map(Event::id).toList()));
            for (String id : c.articles()) storyOf.put(id, storyId);
        }
        List<ArticleSummary> summaries = new ArrayList<>();
        for (AnalysedArticle a0 : analysed) {
            AnalysedArticle a = byId.get(a0.id());
            summaries.add(new ArticleSummary(a.id(), a.article().source(), a.article().title(), a.published(),
                    a.language(), storyOf.get(a.id())));
        }
        return new AnalysisResult(summaries, stories, events, allWarnings);
    }

    /**
     * Before grouping, an undated article takes the date its text allows (a weekday with a day and month)
     * that lies within {@value #STORY_DATE_DAYS} days of a dated article of the batch naming one of the same
     * towns, so that grouping can weigh the day; the story check of {@link #datedByStory} still follows.
     */
    private List<AnalysedArticle> datedByBatch(List<AnalysedArticle> analysed, Function<Article, PlaceExtractor.Options> home) {
        if (analysed.stream().allMatch(a -> a.published() != null)) return analysed;
        Map<Long, List<LocalDate>> datesByTown = datesByTown(analysed);
        List<AnalysedArticle> out = new ArrayList<>(analysed.size());
        for (AnalysedArticle a : analysed) out.add(datedByNeighbours(a, datesByTown, home.apply(a.article())));
        return out;
    }

    /**
     * For a stream: an undated article dated, as in a batch, by the dated articles it arrives among (those of
     * the recent window) that name one of the same towns; returned as it is when none fits.
     */
    public AnalysedArticle datedByNeighbours(AnalysedArticle article, java.util.Collection<AnalysedArticle> neighbours) {
        if (article.published() != null) return article;
        return datedByNeighbours(article, datesByTown(neighbours), PlaceExtractor.Options.NONE);
    }

    /**
     * Where an article belongs in publication order when it gives no date: the date its text allows that
     * lies nearest (within {@value #STORY_DATE_DAYS} days) to a date of the batch, else null (last). Ingest
     * sorts a batch with it so that an undated report meets the reports of its days in the stream.
     */
    public LocalDate orderingDate(Article article, java.util.NavigableSet<LocalDate> batchDates) {
        if (article.published() != null) return article.published();
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate c : analyzer.publicationDateCandidates(article)) {
            for (LocalDate d : new LocalDate[]{batchDates.floor(c), batchDates.ceiling(c)}) {
                if (d == null) continue;
                long gap = Math.abs(ChronoUnit.DAYS.between(c, d));
                if (gap < bestGap) { bestGap = gap; best = c; }
            }
        }
        return bestGap <= STORY_DATE_DAYS ? best : null;
    }

    private static Map<Long, List<LocalDate>> datesByTown(java.util.Collection<AnalysedArticle> articles) {
        Map<Long, List<LocalDate>> datesByTown = new HashMap<>();
        for (AnalysedArticle a : articles) {
            if (a.published() == null) continue;
            for (long town : towns(a)) datesByTown.computeIfAbsent(town, k -> new ArrayList<>()).add(a.published());
        }
        return datesByTown;
    }

    private AnalysedArticle datedByNeighbours(AnalysedArticle a, Map<Long, List<LocalDate>> datesByTown, PlaceExtractor.Options home) {
        if (a.published() != null) return a;
        List<LocalDate> near = new ArrayList<>();
        for (long town : towns(a)) near.addAll(datesByTown.getOrDefault(town, List.of()));
        if (near.isEmpty()) return a;
        LocalDate best = null;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate c : analyzer.publicationDateCandidates(a.article())) {
            for (LocalDate d : near) {
                long gap = Math.abs(ChronoUnit.DAYS.between(c, d));
                if (gap < bestGap) { bestGap = gap; best = c; }
            }
        }
        return best != null && bestGap <= STORY_DATE_DAYS ? analyzer.analyseWithInferredDate(a.article(), best, home) : a;
    }

    private static java.util.Set<Long> towns(AnalysedArticle a) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (var p : a.places()) if (!p.demonym() && p.place().kind() == io.triangulate.model.Place.Kind.CITY) out.add(p.place().geonamesId());
        return out;
    }

    private List<AnalysedArticle> analyseAll(List<Article> articles, List<Warning> warnings,
                                             Function<Article, PlaceExtractor.Options> home) {
        List<AnalysedArticle> out = new ArrayList<>(articles.size());
        List<Object> results = articles.parallelStream().map(a -> {
            try {
                return (Object) analyzer.analyse(a, home.apply(a));
            } catch (RuntimeException e) {
                return new Warning(a.origin() != null ? a.origin() : a.id(), "analysis failed: " + e);
            }
        }).toList();
        for (Object r : results) {
            if (r instanceof AnalysedArticle a) out.add(a);
            else warnings.add((Warning) r);
        }
        return out;
    }

}
