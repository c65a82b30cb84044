package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Online same-event grouping: articles are added one at a time, in publication order (late articles are
 * accepted), and each joins the story of the same real-world event or starts a new one.
 *
 * <p>How it decides: each article is reduced to a {@link Signature} — a pruned TF-IDF vector over its words and
 * a vector of language-independent keys (person and place names reduced to spelling- and script-independent
 * skeletons, street names, ages, gazetteer ids), its event date, its resolved places and its casualty figures.
 * Candidate stories are found through an inverted index from those keys to the stories alive in the time
 * window around the article's event date (never by comparing with every story); each candidate is scored
 * by its best-matching recent member. Across languages the text cosine is weighted down and the
 * language-independent evidence up.
 *
 * <p>Online corrections: when an article links strongly to two stories they are merged, and so is a story it
 * links to less strongly whose members agree on average with the members of the story it joined (evidence
 * accumulated over several articles); when an article joining a story carries evidence against some of its
 * members (explicit dates or places that cannot be one event) that the rest of the evidence does not outweigh,
 * the story is re-clustered and split if it falls apart. Every merge and split is recorded in
 * {@link #changes()} so that stored records can follow.
 *
 * <p>Bounded cost: stories whose dates fall out of the window (plus an allowance for late articles) are
 * evicted from the index, keeping only their id and article list (or nothing, with
 * {@link Builder#keepHistory(boolean) keepHistory(false)}), so the work per article and the heap stay flat
 * as the stream grows. Not thread-safe: one grouper per stream.
 */
public final class Grouper {
    /** A story as grouping sees it: its id and its articles in the order they were added. */
    public record Cluster(String id, List<String> articles) {
        public Cluster {
            Objects.requireNonNull(id, "id");
            articles = List.copyOf(articles);
        }
    }

    /**
     * A correction of earlier assignments.
     *
     * @param kind     MERGE (stories {@code from} became {@code to}, one story) or SPLIT ({@code from}, one story,
     *                 became the stories {@code to})
     * @param from     the story ids before
     * @param to       the story ids after
     * @param articles the articles whose story id changed
     */
    public record GroupingChange(Kind kind, List<String> from, List<String> to, List<String> articles) {
        public enum Kind { MERGE, SPLIT }

        public GroupingChange {
            from = List.copyOf(from);
            to = List.copyOf(to);
            articles = List.copyOf(articles);
        }
    }

    private final Vocabulary vocab;
    private final SignatureExtractor extractor;
    private final Scorer scorer;
    private final Builder cfg;

    private final Postings postings = new Postings();
    private final Map<String, StoryState> byArticle = new HashMap<>();
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final PriorityQueue<StoryState> expiry = new PriorityQueue<>(Comparator.comparingLong(s -> s.queuedExpiry));
    private final List<GroupingChange> changes = new ArrayList<>();
    private final Postings archive = new Postings();
    /** archived stories by the day they are forgotten; an entry whose story was revived (or re-archived under a later
     *  day) since is stale and skipped when it comes out */
    private final PriorityQueue<Remembered> archiveQueue = new PriorityQueue<>(Comparator.comparingLong(Remembered::expiry));
    private int archived;
    private long changeCount;
    private int clock = Signature.NO_DATE;
    private long arrivals;
    private int nextId = 1;
    private int live;

    private record Remembered(long expiry, StoryState story) {
        boolean current() { return story.archived && story.archiveExpiry == expiry; }
    }

    /** Main events farther apart than this are in different areas (the standard scorer's far distance). */
    private static final double FAR_KM = 80;

    private Grouper(Builder b) {
        this.cfg = b;
        this.vocab = new Vocabulary(b.maxVocabulary);
        this.extractor = new SignatureExtractor(vocab, b.maxTextDims, b.indexTerms);
        this.scorer = b.scorer;
    }

    /** A builder with the tuned defaults. */
    public static Builder builder() { return new Builder(); }

    /**
     * Adds one article and returns the id of the story it joins ("s1", "s2"… in order of creation).
     * The returned id may later change through a merge or split, recorded in {@link #changes()}.
     *
     * @throws IllegalArgumentException if an article with the same id was already added
     */
    public String add(AnalysedArticle article) {
        Objects.requireNonNull(article, "article");
        if (byArticle.containsKey(article.id()))
            throw new IllegalArgumentException("article " + article.id() + " was already grouped");
        Signature sig = extractor.extract(article);
        long arrival = arrivals++;
        if (sig.windowed() && (clock == Signature.NO_DATE || sig.date() > clock)) {
            clock = sig.date();
            evict();
            expireArchive();
        }

        // candidates through the index, within the window
        IdentityHashMap<StoryState, double[]> pastSpan = new IdentityHashMap<>(); // live, but out of window or span
        List<Map.Entry<StoryState, double[]>> cands = top(candidates(sig, pastSpan), cfg.maxCandidates);

        StoryState best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<StoryState> strong = new ArrayList<>();
        List<StoryState> linked = new ArrayList<>(); // stories the article also links to, below the merge score
        // the more stories alive at once, the likelier a chance resemblance: lower the prior odds of each
        double density = density();
        boolean roundUp = roundUp(sig);
        StoryState onSummary = null; // the best story for an undated article through a revived story's summary alone
        double onSummaryScore = Double.NEGATIVE_INFINITY;
        double[] scores = new double[2];
        for (var e : cands) {
            StoryState s = e.getKey();
            boolean placed = false, nearWhere = false;
            for (Signature m : s.members) {
                placed |= m.where() != null;
                nearWhere |= roundUp && sameArea(sig, m);
            }
            memberScores(sig, s, scores);
            double prior = coreEvidence(sig, s) - density;
            double sc = scores[0] + prior, weak = scores[1];
            if (weak + prior > onSummaryScore) { onSummaryScore = weak + prior; onSummary = s; }
            // a report of casualties on weak evidence, with nothing to place both it and the story: two shootings of
            // different towns read alike ("a 17-year-old was shot and killed inside a house")
            if (sc >= cfg.threshold && sc < cfg.placelessBar && (sig.killed() != null || sig.injured() != null)
                    && (sig.where() == null || !placed)) sc = cfg.threshold - 0.01;
            // a round-up of a city's shootings names streets and neighbourhoods of many incidents: one of them is
            // near almost any story's places; it joins only a story with a report placed in its own area
            if (sc >= cfg.threshold && placed && !nearWhere && roundUp) sc = cfg.threshold - 0.01;
            // vocabulary alone, as a plain centroid clustering would, unless the evidence contradicts it
            if (cfg.centroid && sig.text().dot(s.cached.text()) >= cfg.centroidCosine && !scorer.conflict(sig, s.cached))
                sc = Math.max(sc, cfg.threshold + 0.01);
            if (sc > bestScore) { bestScore = sc; best = s; }
            if (sc >= cfg.mergeThreshold) strong.add(s);
            else if (sc >= cfg.threshold) linked.add(s);
        }

        // below the undated bar a revived story's summary takes an undated article only when no other live story does,
        // or when it matches it clearly better (summaryMargin more log-odds, as a remembered story in rememberedOverLive)
        if (cfg.summaryLast && onSummary != null && (best == null || bestScore < cfg.threshold
                ? onSummaryScore >= cfg.threshold : onSummaryScore >= Math.max(cfg.undatedOverLiveBar, bestScore + cfg.summaryMargin))
                && !scorer.conflict(sig, onSummary.summary)) {
            best = onSummary;
            bestScore = onSummaryScore;
        }
        StoryState target;
        StoryState older = best != null && bestScore >= cfg.threshold && !sig.windowed() ? rememberedOverLive(sig, bestScore) : null;
        if (older != null) {
            // an undated article may have been written at any time: a remembered story it matches clearly better
            // than the live one takes it (and the live stories it links to are not merged on its word)
            target = older;
            revive(target, sig);
            strong.clear();
            linked.clear();
        } else if (best != null && bestScore >= cfg.threshold) {
            target = best;
        } else if ((target = followUp(sig, pastSpan)) != null) {
            // the next report of the story opens a new span, as a revived story's does
            if (cfg.reviveSpan) target.revivedOn = Math.max(clock, sig.date());
        } else {
            target = fromArchive(sig);
            if (target != null) revive(target, sig);
            else {
                // last resorts before a new story: the text's day was a recalled earlier event; or the one story
                // of the same town and day
                Signature redated = recalledEvent(sig);
                StoryState r = redated == null ? null : recalled(redated);
                if (r != null) { target = r; sig = redated; }
                else if ((target = sameTownDay(sig)) == null) target = newStory();
            }
        }
        // a follow-up whose event resolved to its own later day (an arrest, a charge) joins without moving the story's days
        boolean laterDay = laterOwnDay(sig, target);
        // (a report of the original day, after the follow-ups, still gives the story its first day)
        attach(target, sig, article.id(), arrival, !laterDay || target.lastDate != Signature.NO_DATE && sig.date() < target.lastDate);
        extendSpan(target, sig);
        StoryState joined = target;

        // an undated article does not bridge two stories: they may be similar events of different times
        if (strong.size() > 1 && sig.windowed()) {
            strong.sort(Comparator.comparingLong(s -> s.seq));
            target = merge(strong);
        }
        if (cfg.linkMerge < Double.POSITIVE_INFINITY && target.complete()) {
            // evidence accumulated: a story the article links to whose members agree, on average, with the
            // members of the story it joined, is the same event
            List<StoryState> group = new ArrayList<>();
            group.add(target);
            for (List<StoryState> links : List.of(linked, strong))
                for (StoryState s : links)
                    if (s != target && s.live && s.complete() && averageLink(target, s) >= cfg.linkMerge) group.add(s);
            if (group.size() > 1) {
                group.sort(Comparator.comparingLong(s -> s.seq));
                target = merge(group);
            }
        }
        if (cfg.splitting && target.articles.size() > 2 && target.complete() && !(laterDay && target == joined)) {
            boolean conflict = false;
            for (Signature m : target.members) if (m != sig && contradicts(sig, m)) { conflict = true; break; }
            if (conflict) split(target);
        }
        return byArticle.get(article.id()).id;
    }

    /**
     * Live stories sharing the article's index keys (each key held by at most {@code maxPostings} stories), with the
     * summed idf of the keys shared: those within the window of a dated article and its span of ordinary evidence;
     * those past it go to {@code pastSpan} instead (when the past-span rule is on and {@code pastSpan} is not null).
     */
    private IdentityHashMap<StoryState, double[]> candidates(Signature sig, IdentityHashMap<StoryState, double[]> pastSpan) {
        IdentityHashMap<StoryState, double[]> acc = new IdentityHashMap<>();
        for (int key : sig.indexKeys()) {
            ArrayList<StoryState> list = postings.get(key);
            if (list == null || list.size() > cfg.maxPostings) continue;
            double idf = vocab.idf(key);
            for (StoryState s : list) {
                if (sig.windowed() && (s.gap(sig.date()) > cfg.windowDays && sig.date() > s.lastDate
                        || s.spanStart() != Signature.NO_DATE && sig.date() - s.spanStart() > cfg.maxSpanDays)) {
                    if (cfg.pastSpan && pastSpan != null) pastSpan.computeIfAbsent(s, k -> new double[1])[0] += idf;
                    continue;
                }
                if (sig.windowed() && s.gap(sig.date()) > cfg.windowDays) continue;
                acc.computeIfAbsent(s, k -> new double[1])[0] += idf;
            }
        }
        return acc;
    }

    /**
     * The {@code k} entries with the highest sums, highest first, ties in the map's order: what a stable sort of all
     * entries followed by its first {@code k} gives, without sorting the thousands a common word can bring.
     */
    static <T> List<Map.Entry<T, double[]>> top(Map<T, double[]> acc, int k) {
        List<Map.Entry<T, double[]>> all = new ArrayList<>(acc.entrySet());
        if (all.size() > 4 * k && k > 0) {
            double[] v = new double[all.size()];
            for (int i = 0; i < v.length; i++) v[i] = all.get(i).getValue()[0];
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            double kth = sorted[sorted.length - k]; // the k-th highest sum: nothing below it can be among the first k
            List<Map.Entry<T, double[]>> kept = new ArrayList<>(2 * k);
            for (int i = 0; i < v.length; i++) if (v[i] >= kth) kept.add(all.get(i));
            all = kept;
        }
        all.sort((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]));
        return all.size() > k ? all.subList(0, k) : all;
    }

    /** The stories so far, in order of creation, each with its articles in the order they were added. */
    public List<Cluster> clusters() {
        List<StoryState> all = new ArrayList<>(stories.values());
        all.sort(Comparator.comparingLong(s -> s.seq));
        List<Cluster> out = new ArrayList<>(all.size());
        for (StoryState s : all) out.add(new Cluster(s.id, s.articles));
        return out;
    }

    /** The story an article belongs to now, or null if unknown (never added, or forgotten without history). */
    public String storyOf(String articleId) {
        StoryState s = byArticle.get(articleId);
        return s == null ? null : s.id;
    }

    /**
     * Every merge and split so far, in order; without history ({@link Builder#keepHistory(boolean)
     * keepHistory(false)}) none are kept here: an {@link Builder#onChange onChange} listener receives them.
     */
    public List<GroupingChange> changes() { return List.copyOf(changes); }

    /** Number of merges and splits so far (kept or not): a cheap way to tell whether an article regrouped stories. */
    public long changeCount() { return changeCount; }

    /** Number of stories out of the window but still remembered (findable by their names), at most the archive's capacity. */
    public int archivedStories() { return archived; }

    /** Number of stories held in the candidate index (alive in the window). */
    public int liveStories() { return live; }

    // ------------------------------------------------------------------ internals

    private StoryState newStory() {
        StoryState s = new StoryState("s" + nextId, nextId);
        nextId++;
        live++;
        stories.put(s.id, s);
        return s;
    }

    private void attach(StoryState s, Signature sig, String articleId, long arrival, boolean withDate) {
        s.changed();
        s.articles.add(articleId);
        s.arrivals.add(arrival);
        byArticle.put(articleId, s);
        s.members.addLast(sig);
        if (s.members.size() > cfg.maxMembers) s.members.removeFirst();
        if (withDate) s.addDate(sig.date());
        s.touched = clock;
        for (int k : sig.indexKeys()) {
            if (s.keys.size() >= cfg.maxStoryKeys) break;
            if (s.keys.add(k)) postings.add(k, s);
        }
        schedule(s);
    }

    private void schedule(StoryState s) {
        long e = s.expiry(cfg.windowDays, cfg.latenessDays);
        if (e == Long.MAX_VALUE) return; // undated and no clock yet: lives until dates arrive
        if (!s.queued) {
            s.queuedExpiry = e;
            s.queued = true;
            expiry.add(s);
        }
        // a later expiry is picked up lazily when the story comes out of the queue
    }

    private void evict() {
        while (!expiry.isEmpty() && expiry.peek().queuedExpiry < clock) {
            StoryState s = expiry.poll();
            s.queued = false;
            if (!s.live) continue;
            long e = s.expiry(cfg.windowDays, cfg.latenessDays);
            if (e >= clock) { s.queuedExpiry = e; s.queued = true; expiry.add(s); continue; }
            retire(s);
        }
    }

    private void retire(StoryState s) {
        unindex(s);
        s.live = false;
        live--;
        if (cfg.archiveDays > 0 && s.lastDate != Signature.NO_DATE && !s.members.isEmpty()) {
            s.summary = summarize(s);
            s.distinctive = distinctive(s);
            s.kept = representatives(s);
            s.members.clear();
            s.changed(); // the summary stands for the members: no second copy of it is held while archived
            s.archived = true;
            for (int k : s.summary.keys().ids()) archive.add(k, s);
            // remembered longer for undated articles (nothing says when they were written); dated ones see it
            // only for archiveDays (see remembered)
            s.archiveExpiry = (long) s.lastDate + Math.max(cfg.archiveDays, cfg.undatedArchiveDays);
            archiveQueue.add(new Remembered(s.archiveExpiry, s));
            archived++;
            // a full archive forgets the story that would have been forgotten first (the oldest), so memory stays
            // bounded however long the stream
            while (archived > cfg.archiveCapacity) forget(archiveQueue.poll());
        } else {
            s.members.clear();
            finish(s);
        }
    }

    /**
     * Key dimensions (names, streets) found mostly in this story's own articles: their document frequency in the
     * stream exceeds their (estimated) count among the story's articles by at most the rare-name allowance. A big
     * story's names are no longer rare in the stream, yet they still single it out.
     */
    private int[] distinctive(StoryState s) {
        Map<Integer, Integer> in = new HashMap<>();
        for (Signature m : s.members) for (int k : m.keys().ids()) in.merge(k, 1, Integer::sum);
        double scale = (double) s.articles.size() / s.members.size();
        long allowance = Math.max(3, vocab.documents() / 500);
        return in.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && vocab.df(e.getKey()) <= allowance + e.getValue() * scale)
                .mapToInt(Map.Entry::getKey).sorted().toArray();
    }

    /**
     * How many of the article's keys are among the story's {@link #distinctive} ones: the same count as intersecting
     * with that list, found by looking up the article's keys in each member instead of building the story's list.
     */
    private int distinctiveShared(Signature sig, StoryState s) {
        if (s.members.isEmpty()) return 0;
        double scale = (double) s.articles.size() / s.members.size();
        long allowance = Math.max(3, vocab.documents() / 500);
        double most = allowance + s.members.size() * scale;
        int shared = 0;
        for (int k : sig.keys().ids()) {
            if (vocab.df(k) > most) continue;
            int in = 0;
            for (Signature m : s.members) if (java.util.Arrays.binarySearch(m.keys().ids(), k) >= 0) in++;
            if (in >= 2 && vocab.df(k) <= allowance + in * scale) shared++;
        }
        return shared;
    }

    /** The story can no longer change: report it and, without history, forget it. */
    private void finish(StoryState s) {
        if (cfg.onEvicted != null) cfg.onEvicted.accept(new Cluster(s.id, s.articles));
        if (!cfg.keepHistory) {
            stories.remove(s.id);
            for (String a : s.articles) byArticle.remove(a);
        }
    }

    private void expireArchive() {
        while (!archiveQueue.isEmpty() && archiveQueue.peek().expiry() < clock) forget(archiveQueue.poll());
    }

    /** The archived story of a queue entry is forgotten (final); a stale entry is dropped. */
    private void forget(Remembered r) {
        if (!r.current()) return;
        unarchive(r.story());
        finish(r.story());
    }

    private void unarchive(StoryState s) {
        for (int k : s.summary.keys().ids()) archive.remove(k, s);
        s.archived = false;
        archived--;
        s.kept = List.of();
    }

    /** What an archived story keeps: its members' key vectors summed, their ages, streets and places. */
    private Signature summarize(StoryState s) {
        Map<Integer, Double> keys = new HashMap<>();
        java.util.TreeSet<Integer> ages = new java.util.TreeSet<>(), streets = new java.util.TreeSet<>();
        java.util.TreeSet<Long> amounts = new java.util.TreeSet<>();
        Map<Long, Signature.GeoPoint> places = new LinkedHashMap<>();
        Signature last = null;
        Map<Integer, Double> text = new HashMap<>(), title = new HashMap<>();
        for (Signature m : s.members) {
            for (int i = 0; i < m.text().size(); i++) text.merge(m.text().ids()[i], (double) m.text().weights()[i], Double::sum);
            for (int i = 0; i < m.title().size(); i++) title.merge(m.title().ids()[i], (double) m.title().weights()[i], Double::sum);
            for (int i = 0; i < m.keys().size(); i++) keys.merge(m.keys().ids()[i], (double) m.keys().weights()[i], Double::sum);
            for (int a : m.ages()) if (ages.size() < 8) ages.add(a);
            for (int a : m.streets()) if (streets.size() < 8) streets.add(a);
            for (long a : m.amounts()) if (amounts.size() < 12) amounts.add(a);
            for (var p : m.places()) if (places.size() < 8) places.putIfAbsent(p.id(), p);
            last = m;
        }
        SparseVector textVec = SparseVector.of(text, 200), keyVec = SparseVector.of(keys, 48);
        return new Signature(s.id, last.language(), s.lastDate, false, textVec, keyVec,
                summaryIndexKeys(textVec, keyVec), places.values().toArray(new Signature.GeoPoint[0]), last.killed(), last.injured(),
                ages.stream().mapToInt(Integer::intValue).toArray(), streets.stream().mapToInt(Integer::intValue).toArray(),
                SparseVector.of(title, 32), new int[0], true, last.where(),
                amounts.stream().mapToLong(Long::longValue).toArray(), s.lastDate);
    }

    /**
     * Dimensions a summary is indexed under when its story comes back into the window (see revive): like an
     * article's, its top words and every key, so the next reports find the story through its own names and not
     * only through those of the follow-up that revived it.
     */
    private int[] summaryIndexKeys(SparseVector text, SparseVector keys) {
        if (cfg.reviveIndex == 0) return new int[0];
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        if (cfg.reviveIndex > 1) {
            Integer[] order = new Integer[text.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            java.util.Arrays.sort(order, (x, y) -> Float.compare(text.weights()[y], text.weights()[x]));
            for (int i = 0; i < Math.min(order.length, cfg.indexTerms); i++) out.add(text.ids()[order[i]]);
        }
        for (int k : keys.ids()) out.add(k);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * For an undated article that a live story takes with {@code liveScore}: the remembered story it matches with
     * at least {@code undatedOverLive} more log-odds (and at least the bar for remembered stories), else null.
     */
    private StoryState rememberedOverLive(Signature sig, double liveScore) {
        if (archive.isEmpty() || cfg.undatedOverLive == Double.POSITIVE_INFINITY) return null;
        IdentityHashMap<StoryState, double[]> acc = new IdentityHashMap<>();
        for (int k : sig.keys().ids()) {
            ArrayList<StoryState> list = archive.get(k);
            if (list == null || list.size() > 64) continue; // only distinctive keys find archived stories
            double idf = vocab.idf(k);
            for (StoryState s : list) acc.computeIfAbsent(s, x -> new double[1])[0] += idf;
        }
        List<Map.Entry<StoryState, double[]>> cands = top(acc, cfg.maxCandidates);
        StoryState found = null;
        double bar = Math.max(cfg.undatedOverLiveBar, liveScore + cfg.undatedOverLive);
        for (var e : cands.subList(0, Math.min(cands.size(), cfg.maxCandidates))) {
            StoryState s = e.getKey();
            if (scorer.conflict(sig, s.summary)) continue;
            double sc = archivedScore(sig, s);
            if (sc > bar) { bar = sc; found = s; }
        }
        return found;
    }

    /**
     * Whether a member's log-odds {@code sc} is weak evidence from a revived story's remembered reports. A revived
     * story's summary (and the pseudo-member that sums it in) stands for them: an undated article reaches them as it
     * would reach the story in the archive, at {@code undatedSummaryBar} (nothing dates it apart from a similar event
     * of another time). Below it the summary takes the article only when no other live story does, or when it is
     * {@code summaryMargin} better than the one that would; the reports that joined since the story came back are
     * weighed as usual.
     */
    private boolean weakRemembered(Signature sig, StoryState s, Signature m, double sc) {
        boolean remembered = m == s.summary || s.revived && m == s.cached; // the pseudo-member sums the summary in
        return remembered && !sig.windowed() && sc < cfg.undatedSummaryBar;
    }

    /**
     * A story still in the index but past its span of ordinary evidence that the article follows up, or null: the
     * same evidence as for a remembered story (names rare in the stream shared, or the story's own days as the day
     * of its event, and the full model at least {@code archiveFull}), or the full model at least {@code pastSpanScore}
     * alone, above the density prior (the story left the article's window days ago, not months); without it such a follow-up could reach the
     * story only after it had left the index.
     */
    private StoryState followUp(Signature sig, IdentityHashMap<StoryState, double[]> pastSpan) {
        if (pastSpan.isEmpty()) return null;
        List<Map.Entry<StoryState, double[]>> cands = top(pastSpan, cfg.maxCandidates);
        StoryState found = null;
        double bar = cfg.archiveFull;
        // without shared names the score must clear the density prior too: in a dense window many stories read alike
        double alone = cfg.pastSpanScore + density();
        for (var e : cands.subList(0, Math.min(cands.size(), cfg.maxCandidates))) {
            StoryState s = e.getKey();
            if (s.cached == null) s.cached = summarize(s);
            if (scorer.conflict(sig, s.cached)) continue;
            double sc = scorer.score(sig, s.cached);
            // a story still in the index is days, not months, away: strong evidence suffices without shared names
            if (sc < alone && !sameDays(sig, s) && rareShared(sig.keys(), s.cached.keys()) < cfg.archiveRare
                    && (cfg.archiveDistinctive <= 0 || distinctiveShared(sig, s) < cfg.archiveDistinctive)) continue;
            if (sc >= bar) { bar = sc; found = s; }
        }
        return found;
    }

    /**
     * The article re-dated to its publication day when its text dates its main event more than {@code windowDays}
     * before it (the day of an earlier event the report recalls — a suspect's previous crime, an anniversary — read
     * as the event's), else null. Only asked when nothing took the article on the day read.
     */
    private Signature recalledEvent(Signature sig) {
        if (cfg.recalledScore == Double.POSITIVE_INFINITY || !sig.windowed() || !sig.dateExplicit()
                || sig.published() == Signature.NO_DATE || sig.published() - sig.date() <= cfg.windowDays) return null;
        return sig.redated(sig.published());
    }

    /**
     * The live story within the window of a re-dated article's publication day that it matches at log-odds at least
     * {@code recalledScore} (its members' scores, the story's core names and the density prior, as for any candidate),
     * or null. Candidates come through the index, as in {@link #add} ({@link #candidates}).
     */
    private StoryState recalled(Signature r) {
        IdentityHashMap<StoryState, double[]> acc = candidates(r, null);
        double density = density();
        double[] scores = new double[2];
        StoryState found = null;
        double bar = cfg.recalledScore;
        for (var e : top(acc, cfg.maxCandidates)) {
            StoryState s = e.getKey();
            memberScores(r, s, scores);
            double sc = scores[0] + coreEvidence(r, s) - density;
            if (sc >= bar) { bar = sc; found = s; }
        }
        return found;
    }

    /**
     * The one live story with a report of an event in the article's town on its day (±1), when the article scores
     * at least {@code townDayFloor} with it and contradicts none of its reports (dates, places, people, killed or
     * injured figures); null when there are two such stories or none, or the town is too busy to tell (more live
     * stories hold it than {@code maxPostings}). Short same-day reports of one incident by different outlets
     * share little wording; that a town had one incident that day is what ties them.
     */
    private StoryState sameTownDay(Signature sig) {
        if (cfg.townDayFloor == Double.POSITIVE_INFINITY || !sig.windowed() || sig.where() == null) return null;
        ArrayList<StoryState> list = postings.get(vocab.peek("p:" + sig.where().id()));
        if (list == null || list.size() > cfg.maxPostings) return null;
        StoryState found = null;
        for (StoryState s : list) {
            if (s.gap(sig.date()) > 1) continue;
            boolean there = false;
            for (Signature m : s.members)
                if (m.where() != null && m.where().id() == sig.where().id() && m.dated() && Math.abs(m.date() - sig.date()) <= 1) { there = true; break; }
            if (!there) continue;
            if (found != null) return null; // two incidents in the town that day: nothing here tells them apart
            found = s;
        }
        if (found == null) return null;
        double best = Double.NEGATIVE_INFINITY;
        for (Signature m : found.members) {
            if (scorer.conflict(sig, m) || figuresDiffer(sig, m)) return null;
            best = Math.max(best, scorer.score(sig, m));
        }
        return best >= cfg.townDayFloor ? found : null;
    }

    /** Whether both give a killed or an injured figure and one of them differs. */
    static boolean figuresDiffer(Signature a, Signature b) {
        return a.killed() != null && b.killed() != null && !a.killed().equals(b.killed())
                || a.injured() != null && b.injured() != null && !a.injured().equals(b.injured());
    }

    /** An archived story the article belongs to, found by its names and streets, or null. */
    private StoryState fromArchive(Signature sig) {
        if (archive.isEmpty()) return null;
        IdentityHashMap<StoryState, double[]> acc = new IdentityHashMap<>();
        for (int k : sig.keys().ids()) {
            ArrayList<StoryState> list = archive.get(k);
            if (list == null || list.size() > 64) continue; // only distinctive keys find archived stories
            double idf = vocab.idf(k);
            for (StoryState s : list) {
                if (sig.windowed() && sig.date() < s.firstDate - cfg.windowDays) continue;
                if (!remembered(sig, s) && cfg.oldStoryScore == Double.POSITIVE_INFINITY) continue;
                acc.computeIfAbsent(s, x -> new double[1])[0] += idf;
            }
        }
        StoryState best = null;
        double bestScore = cfg.archiveThreshold;
        List<Map.Entry<StoryState, double[]>> cands = top(acc, Math.max(cfg.maxCandidates, 10));
        if (!sig.windowed() || cfg.archiveFull < Double.POSITIVE_INFINITY) {
            // a late report of a story still remembered: weigh all the evidence
            double bestFull = sig.windowed() ? cfg.archiveFull : cfg.undatedArchiveThreshold;
            StoryState found = null;
            for (var e : cands.subList(0, Math.min(cands.size(), cfg.maxCandidates))) {
                StoryState s = e.getKey();
                int distinctive = Scorer.intersect(sig.keys().ids(), s.distinctive);
                if (scorer.conflict(sig, s.summary) || newEvent(sig, s, distinctive)) continue;
                boolean ownNames = cfg.archiveDistinctive > 0 && distinctive >= cfg.archiveDistinctive;
                // past a dated article's memory (a trial, a sentencing years on): only through the story's own
                // names, on strong evidence, and not when the article dates its own event to another day unless
                // the evidence is very strong (oldOwnDay: close to one of the story's reports)
                boolean old = !remembered(sig, s);
                if (old && (!ownNames || sig.dateExplicit() && s.gap(sig.date()) > 1 && archivedScore(sig, s) < cfg.oldOwnDay)) continue;
                // a dated article must also share names rare in the stream with it, or names found mostly in its
                // own articles (a big story's), or give as the day of its event one of the story's days (a
                // follow-up dated on the story's own days needs no shared names)
                if (sig.windowed() && !ownNames && !sameDays(sig, s)
                        && rareShared(sig.keys(), s.summary.keys()) < cfg.archiveRare) continue;
                double sc = archivedScore(sig, s);
                if (old && sc < cfg.oldStoryScore) continue;
                // weak evidence for a remembered story one of whose reports gives another day and other figures:
                // another shooting in the same town, sharing its place names
                if (sc < cfg.archiveDayBar && sig.windowed() && otherDayAndFigures(sig, s)) continue;
                if (!sig.windowed() && cfg.centroid && sig.text().dot(s.summary.text()) >= cfg.centroidCosine) sc = Math.max(sc, cfg.threshold + 0.01);
                if (sc >= bestFull) { bestFull = sc; found = s; }
            }
            if (found != null) return found;
        }
        for (var e : cands.subList(0, Math.min(cands.size(), 10))) {
            StoryState s = e.getKey();
            if (!remembered(sig, s)) continue;
            if (scorer.conflict(sig, s.summary) || newEvent(sig, s, Scorer.intersect(sig.keys().ids(), s.distinctive))) continue;
            if (rareShared(sig.keys(), s.summary.keys()) < 2) continue;
            // names alone are not enough when the rest of the evidence is against it (a namesake town)
            double full = archivedScore(sig, s);
            if (full < cfg.archiveFull || full < cfg.archiveDayBar && sig.windowed() && otherDayAndFigures(sig, s)) continue;
            double sc = sig.keys().dot(s.summary.keys());
            if (sc >= bestScore) { bestScore = sc; best = s; }
        }
        return best;
    }

    /**
     * Whether a dated article reports an event of its own rather than following up a remembered story: its text
     * dates its event (not merely its publication) more than {@code newEventDays} after the story's last day. A
     * follow-up (an arrest, a trial, a victim's death) names the day of the original event or no day at all, or
     * dates its own day (a hearing) but names the story's people: three names rare in the stream, or three of its
     * distinctive names (a big story's names are no longer rare, yet found mostly in its own articles).
     */
    private boolean newEvent(Signature sig, StoryState s, int distinctive) {
        return sig.windowed() && sig.dateExplicit() && s.lastDate != Signature.NO_DATE && sig.date() > (long) s.lastDate + cfg.newEventDays
                && distinctive < cfg.newEventDistinctive
                && rareShared(sig.keys(), s.summary.keys()) < cfg.newEventNames;
    }

    /**
     * Whether a kept report of the story gives explicitly a day more than {@code overrideDays} from the article's
     * explicit day and killed or injured figures that differ from the article's (at most {@code archiveMembers}).
     */
    private boolean otherDayAndFigures(Signature sig, StoryState s) {
        for (Signature m : s.kept) if (scorer.datesApart(sig, m, cfg.overrideDays) && figuresDiffer(sig, m)) return true;
        return false;
    }

    /** Whether the article's explicit event day falls on the remembered story's days (±1: a night either side of midnight). */
    private boolean sameDays(Signature sig, StoryState s) {
        return cfg.dateAnchor && sig.windowed() && sig.dateExplicit() && s.gap(sig.date()) <= 1;
    }

    /**
     * A report listing many incidents (a weekend's shootings across a city): streets or blocks of at least
     * {@code roundUpStreets} places, its main event placed.
     */
    private boolean roundUp(Signature sig) {
        return sig.where() != null && sig.streets().length >= cfg.roundUpStreets;
    }

    /** Whether both main events are placed within the far-place distance of each other. */
    private boolean sameArea(Signature a, Signature b) {
        return a.where() != null && b.where() != null && a.where().distanceKm(b.where()) <= FAR_KM;
    }

    /**
     * How well the article matches a live story's reports: its best score against the story's newest
     * {@code scoredMembers} reports and against the story's summary (its kept reports summed), which stands for
     * the older ones (a revived story's remembered reports, summed into one member, are scored too). Bounded work
     * per candidate however large the story grows; on gva and ECB+ the newest report and the summary group as well as
     * every report did, or better (see docs/grouping.md). Into {@code out[0]} the ordinary evidence, into
     * {@code out[1]} the weak evidence of a revived story's remembered reports (see {@link #weakRemembered}).
     */
    private void memberScores(Signature sig, StoryState s, double[] out) {
        out[0] = out[1] = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (var it = s.members.descendingIterator(); it.hasNext(); n++) {
            Signature m = it.next();
            if (n < cfg.scoredMembers) { weigh(sig, s, m, out); continue; }
            // a revived story's remembered reports, summed into one member, stand for more than one report
            if (!s.revived) break;
            if (m == s.summary) { weigh(sig, s, m, out); break; }
        }
        if (cfg.centroid) {
            if (s.cached == null) s.cached = summarize(s);
            if (cfg.summaryScore && s.members.size() > 1) weigh(sig, s, s.cached, out);
        }
    }

    private void weigh(Signature sig, StoryState s, Signature m, double[] out) {
        double x = scorer.score(sig, m);
        if (weakRemembered(sig, s, m, x)) out[1] = Math.max(out[1], x);
        else out[0] = Math.max(out[0], x);
    }

    /** The density prior: log-odds every candidate loses when the window holds more live stories than the scorer was fitted on. */
    private double density() { return Math.max(0, Math.log((double) live / cfg.densityReference)); }

    /** Whether an archived story is still within the article's memory: archiveDays for a dated article. */
    private boolean remembered(Signature sig, StoryState s) {
        return !sig.windowed() || sig.date() <= (long) s.lastDate + cfg.archiveDays;
    }

    /** Shared dimensions rare in the stream so far (names of the people and streets of one event). */
    private int rareShared(SparseVector a, SparseVector b) {
        int i = 0, j = 0, c = 0;
        int[] x = a.ids(), y = b.ids();
        long rare = Math.max(3, vocab.documents() / 500);
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) { if (vocab.df(x[i]) <= rare) c++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return c;
    }

    /**
     * What the article says of the names every report of the story gives: keys (names, places, ages) found in at
     * least three quarters of its retained members, for a story of four or more. Reports of one event name its
     * people and places; a similar event's report, however close in wording, misses most of them. Scored by the
     * share missed, {@code coreWeight × (coreCentre − missed / core)}; 0 when the story has fewer than two.
     * The best-matching member alone cannot see this: one report of the other event may share much with one.
     */
    double coreEvidence(Signature sig, StoryState s) {
        if (cfg.coreWeight == 0 || s.members.size() < 4) return 0;
        int[] core = s.core;
        if (core == null) s.core = core = coreKeys(s); // kept until the story's members change
        if (core.length < 2) return 0;
        int missed = core.length - Scorer.intersect(sig.keys().ids(), core);
        return cfg.coreWeight * (cfg.coreCentre - (double) missed / core.length);
    }

    /** The story's core names (sorted): keys in at least three quarters of its reports, none for fewer than four. */
    private static int[] coreKeys(StoryState s) {
        Map<Integer, Integer> count = new HashMap<>();
        int n = 0;
        for (Signature m : s.members) {
            if (m == s.summary) continue; // a revived story's summary is not a report
            n++;
            for (int k : m.keys().ids()) count.merge(k, 1, Integer::sum);
        }
        if (n < 4) return new int[0];
        final int reports = n;
        return count.entrySet().stream().filter(e -> e.getValue() >= 0.75 * reports)
                .mapToInt(Map.Entry::getKey).sorted().toArray();
    }

    /**
     * An article that came without a publication date but whose day was read (a dateline, its neighbours) joins
     * a story past the span of ordinary evidence: it moves the story on as a follow-up from the archive does, so
     * the dated reports of its own days that follow may join the story too.
     */
    private void extendSpan(StoryState s, Signature sig) {
        if (!cfg.laterSpan || sig.anchored() || !sig.dated() || s.spanStart() == Signature.NO_DATE) return;
        if (sig.date() - s.spanStart() > cfg.maxSpanDays) s.revivedOn = sig.date();
    }

    /**
     * The members an archived story keeps beside its summary: the {@code archiveMembers} that agree best, on
     * average, with the others (its most typical reports). A summed summary blurs what one report shares with a
     * follow-up written a year later; its closest report still shows it.
     */
    private List<Signature> representatives(StoryState s) {
        if (cfg.archiveMembers == 0) return List.of();
        List<Signature> ms = new ArrayList<>(s.members);
        if (ms.size() <= cfg.archiveMembers) return List.copyOf(ms);
        double[] mean = new double[ms.size()];
        for (int i = 0; i < ms.size(); i++)
            for (int j = i + 1; j < ms.size(); j++) {
                double sc = scorer.score(ms.get(i), ms.get(j));
                mean[i] += sc;
                mean[j] += sc;
            }
        Integer[] order = new Integer[ms.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(mean[y], mean[x]));
        List<Signature> out = new ArrayList<>();
        for (int i = 0; i < cfg.archiveMembers; i++) out.add(ms.get(order[i]));
        return List.copyOf(out);
    }

    /**
     * An article's log-odds with an archived story: its summary's, or its best kept report's when that is strong
     * evidence on its own (at least {@code keptBar}: a follow-up close to one report of the story).
     */
    private double archivedScore(Signature sig, StoryState s) {
        double sc = scorer.score(sig, s.summary);
        for (Signature m : s.kept) {
            double k = scorer.score(sig, m);
            if (k >= cfg.keptBar) sc = Math.max(sc, k);
        }
        return sc;
    }

    /** Brings an archived story back into the window: its summary serves as a member for later articles. */
    private void revive(StoryState s, Signature sig) {
        unarchive(s);
        // the follow-up opens a new span: later reports of the same days (trial, funeral) join on ordinary evidence
        if (cfg.reviveSpan && sig.windowed()) s.revivedOn = Math.max(clock, sig.date());
        s.live = true;
        live++;
        s.revived = true;
        s.members.addLast(s.summary);
        s.core = null;
        index(s, s.summary);
    }

    private void unindex(StoryState s) {
        for (int k : s.keys) postings.remove(k, s);
        s.keys.clear();
    }

    /** Merges the stories into the first (oldest) one; returns it. */
    private StoryState merge(List<StoryState> group) {
        StoryState keep = group.get(0);
        List<String> moved = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (StoryState s : group) from.add(s.id);
        List<Signature> sigs = new ArrayList<>(keep.members);
        List<long[]> order = new ArrayList<>();
        Map<Long, String> idOf = new HashMap<>();
        for (int i = 0; i < keep.articles.size(); i++) { order.add(new long[]{keep.arrivals.get(i)}); idOf.put(keep.arrivals.get(i), keep.articles.get(i)); }
        for (StoryState s : group.subList(1, group.size())) {
            for (int i = 0; i < s.articles.size(); i++) {
                moved.add(s.articles.get(i));
                order.add(new long[]{s.arrivals.get(i)});
                idOf.put(s.arrivals.get(i), s.articles.get(i));
                byArticle.put(s.articles.get(i), keep);
            }
            sigs.addAll(s.members);
            keep.addDate(s.firstDate);
            keep.addDate(s.lastDate);
            unindex(s);
            s.live = false;
            live--;
            stories.remove(s.id);
        }
        order.sort(Comparator.comparingLong(x -> x[0]));
        keep.articles.clear();
        keep.arrivals.clear();
        for (long[] o : order) { keep.arrivals.add(o[0]); keep.articles.add(idOf.get(o[0])); }
        // keep the most recent signatures, in arrival order
        Map<String, Long> arrivalOf = new HashMap<>();
        for (int i = 0; i < keep.articles.size(); i++) arrivalOf.put(keep.articles.get(i), keep.arrivals.get(i));
        sigs.sort(Comparator.comparingLong(x -> arrivalOf.getOrDefault(x.id(), 0L)));
        keep.members.clear();
        for (Signature x : sigs.subList(Math.max(0, sigs.size() - cfg.maxMembers), sigs.size())) keep.members.addLast(x);
        unindex(keep);
        keep.changed();
        for (Signature x : keep.members) index(keep, x);
        keep.touched = clock;
        schedule(keep);
        record(new GroupingChange(GroupingChange.Kind.MERGE, from, List.of(keep.id), moved));
        return keep;
    }

    private void index(StoryState s, Signature sig) {
        for (int k : sig.indexKeys()) {
            if (s.keys.size() >= cfg.maxStoryKeys) break;
            if (s.keys.add(k)) postings.add(k, s);
        }
    }

    /**
     * Whether two members cannot be one event: a conflict (explicit dates apart, places far apart, other streets
     * and ages) that the rest of the evidence does not outweigh — extracted places and dates are sometimes wrong
     * (a namesake town, a weekday resolved a day or two off) — or explicit dates too far apart for such an error.
     */
    private boolean contradicts(Signature a, Signature b) {
        if (!scorer.conflict(a, b)) return false;
        return scorer.datesApart(a, b, cfg.overrideDays) || scorer.score(a, b) < cfg.conflictOverride;
    }

    /**
     * Whether the article follows up the story it joins on a day of its own: it contradicts some members only by an
     * explicit day 2 to {@code laterDayMax} days apart from theirs (no place or people conflict), with strong
     * evidence for the story (log-odds at least {@code laterDayScore} with one of its members). A report of an arrest
     * or a charge often dates its main event to that day; it stays in the story (no split) but its day does not move
     * the story's dates on, so a shooting in the same town a week later finds the story no nearer than the original
     * reports did. The other way round (the follow-ups came first, dated on their own days), the article may be the
     * report of the original day.
     */
    private boolean laterOwnDay(Signature sig, StoryState s) {
        if (cfg.laterDayScore == Double.POSITIVE_INFINITY || !sig.windowed() || !sig.dateExplicit() || !s.complete()) return false;
        boolean any = false;
        for (Signature m : s.members) {
            if (!scorer.conflict(sig, m)) continue;
            int apart = Math.abs(sig.date() - m.date());
            if (scorer.placeOrPeopleConflict(sig, m) || apart <= 1 || apart > cfg.laterDayMax) return false;
            any = true;
        }
        if (!any) return false;
        for (Signature m : s.members) if (scorer.score(sig, m) >= cfg.laterDayScore) return true;
        return false;
    }

    /** Mean log-odds over the pairs of members of two stories; -∞ when a pair conflicts. */
    private double averageLink(StoryState a, StoryState b) {
        double sum = 0;
        int n = 0;
        for (Signature x : a.members)
            for (Signature y : b.members) {
                if (scorer.conflict(x, y)) return Double.NEGATIVE_INFINITY;
                sum += scorer.score(x, y);
                n++;
            }
        return n == 0 ? Double.NEGATIVE_INFINITY : sum / n;
    }

    /** Re-clusters a story's members (single link over non-conflicting strong pairs); splits it if it falls apart. */
    private void split(StoryState s) {
        List<Signature> ms = new ArrayList<>(s.members);
        int n = ms.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) {
                Signature a = ms.get(i), b = ms.get(j);
                if (!contradicts(a, b) && scorer.score(a, b) >= cfg.threshold) union(parent, i, j);
            }
        Map<Integer, List<Integer>> comps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) comps.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        if (comps.size() < 2) return;
        Map<String, Long> arrivalOf = new HashMap<>();
        for (int i = 0; i < s.articles.size(); i++) arrivalOf.put(s.articles.get(i), s.arrivals.get(i));
        unindex(s);
        List<String> to = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        boolean first = true;
        for (List<Integer> comp : comps.values()) { // the component holding the earliest member keeps the id
            StoryState t = first ? s : newStory();
            t.changed();
            if (first) {
                s.articles.clear(); s.arrivals.clear(); s.members.clear();
                s.firstDate = s.lastDate = Signature.NO_DATE;
            }
            for (int i : comp) {
                Signature sig = ms.get(i);
                if (!first) moved.add(sig.id());
                t.articles.add(sig.id());
                t.arrivals.add(arrivalOf.get(sig.id()));
                t.members.addLast(sig);
                t.addDate(sig.date());
                byArticle.put(sig.id(), t);
                index(t, sig);
            }
            t.touched = clock;
            schedule(t);
            to.add(t.id);
            first = false;
        }
        record(new GroupingChange(GroupingChange.Kind.SPLIT, List.of(s.id), to, moved));
    }

    private void record(GroupingChange ch) {
        changeCount++;
        if (cfg.onChange != null) cfg.onChange.accept(ch);
        if (cfg.keepHistory) changes.add(ch);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) { p[i] = p[p[i]]; i = p[i]; }
        return i;
    }

    private static void union(int[] p, int i, int j) { p[find(p, i)] = find(p, j); }

    /** Configures a {@link Grouper}. */
    public static final class Builder {
        private int windowDays = 14;
        private int latenessDays = 7;
        private int maxSpanDays = 30;
        private double densityReference = 50;
        private double threshold = 0;
        private double mergeThreshold = 2;
        private int maxCandidates = 30;
        private int maxMembers = 12;
        /** a candidate's newest reports scored one by one (its summary stands for the rest) */
        private int scoredMembers = 1;
        /** a key held by more live stories than this is too common to find candidates by (the rarer keys of the
         *  article find them); it also bounds the index work per article as the window fills */
        private int maxPostings = 100;
        private int maxStoryKeys = 256;
        private int maxTextDims = 120;
        private int indexTerms = 12;
        private int maxVocabulary = 2_000_000;
        private boolean keepHistory = true;
        private boolean centroid = true;
        private boolean summaryScore = true;
        /** log-odds an undated article needs to join a remembered (archived) story: above the bar for live ones, as
         *  nothing dates it apart from a similar event of another time */
        private double undatedArchiveThreshold = 4.5;
        /** log-odds by which a remembered story must beat the live one that takes an undated article, and its bar */
        private double undatedOverLive = 1, undatedOverLiveBar = 1;
        /** days an archived story stays findable by undated articles (at least archiveDays) */
        private int undatedArchiveDays = 3650;
        /** stories the archive remembers at most (the oldest is forgotten first) */
        private int archiveCapacity = 100_000;
        /** mean member-pair log-odds at which two stories one article links to are merged */
        private double linkMerge = -0.5;
        private boolean splitting = true;
        /** log-odds at which a conflict (other than explicit dates more than overrideDays apart) no longer splits */
        private double conflictOverride = 2;
        private int overrideDays = 7;
        /** whether a story still in the index but out of the article's window or span is reached by a follow-up on
         *  the evidence a remembered one needs */
        private boolean pastSpan = true;
        /** log-odds, and rare names shared, a dated article needs to join a remembered story on the full model */
        private double archiveFull = 1;
        private int archiveRare = 2;
        /** names found mostly in a remembered story's own articles a dated article must share to reach it that way */
        private int archiveDistinctive = 3;
        /** log-odds a dated article sharing distinctive names needs to reach a story past archiveDays (∞: never) */
        private double oldStoryScore = 5;
        private double centroidCosine = 0.4;
        /** days after a remembered story's last day from which an explicitly dated article reports a new event */
        private int newEventDays = 30;
        private boolean dateAnchor = true;
        private boolean reviveSpan = true;
        /** what a revived story is indexed under: 0 nothing of its own, 1 its summary's keys, 2 also its top words */
        private int reviveIndex = 2;
        /** reports an archived story keeps beside its summary for scoring, and the log-odds at which one of them
         *  alone speaks for the story (see representatives, archivedScore) */
        private int archiveMembers = 5;
        private double keptBar = 2;
        /** log-odds with a remembered story past the memory of dated articles (its summary or a kept report) at
         *  which an article dating its own event to another day still follows it up (an anniversary, a ruling) */
        private double oldOwnDay = 6;
        /** an undated article dated past the span opens a new span (see extendSpan) */
        private boolean laterSpan = true;
        /** weight and centre of the story's core names (see coreEvidence); weight 0: off */
        private double coreWeight = 2, coreCentre = 0.5;
        private int newEventNames = 3;
        /** log-odds (with one of the story's members) and days apart from the members it contradicts at which a report
         *  dated on its own day stays in the story without splitting it (see laterOwnDay); ∞: off */
        private double laterDayScore = 4;
        private int laterDayMax = 30;
        /** ... or shares this many of the story's distinctive names (a big story's names are no longer rare) */
        private int newEventDistinctive = 3;
        /** log-odds at which an article whose text dates its event long before its publication joins a story of its
         *  publication day (see recalled); ∞: off */
        private double recalledScore = 1;
        /** log-odds at which an article joins the one story of its town and day (see sameTownDay); ∞: off */
        private double townDayFloor = -5;
        /** log-odds a live story needs to take an article that reports killed or injured when the article or every
         *  report of the story has no placed event (see add); the threshold: off */
        private double placelessBar = 1;
        /** log-odds below which a remembered story does not take a dated article when one of its kept reports gives
         *  another explicit day and other figures (see otherDayAndFigures); −∞: off */
        private double archiveDayBar = 2;
        /** log-odds (with its summary) at which a story past the article's window or span but still in the index takes
         *  it without shared rare or distinctive names or its days (see followUp); ∞: off */
        private double pastSpanScore = 2.5;
        /** streets or blocks from which a report counts as a round-up of many incidents (see roundUp); huge: off */
        private int roundUpStreets = 10;
        /** log-odds with a revived story's summary below which it gives an undated article no evidence (see
         *  weakRemembered): the bar at which the archive gives such an article a remembered story; −∞: off */
        private double undatedSummaryBar = 4.5;
        /** ... but still takes it at the threshold when no other live story does */
        private boolean summaryLast = true;
        /** ... or scores at least this much more than the live story that would take it (see add); ∞: off */
        private double summaryMargin = 2;
        private int archiveDays = 365;
        private double archiveThreshold = 0.3;
        private Consumer<Cluster> onEvicted;
        private Consumer<GroupingChange> onChange;
        private Scorer scorer = Scorer.standard();

        private Builder() {}

        /** Days between an article's event date and a story's dates within which it may join (default 14). */
        public Builder windowDays(int days) {
            if (days < 0) throw new IllegalArgumentException("windowDays must be ≥ 0, not " + days);
            this.windowDays = days;
            return this;
        }

        /**
         * Days after a story's first date within which articles join it on ordinary evidence (default 30); later
         * follow-ups join only through strong name evidence, as archived stories do.
         */
        public Builder maxSpanDays(int days) {
            if (days < 0) throw new IllegalArgumentException("maxSpanDays must be ≥ 0, not " + days);
            this.maxSpanDays = days;
            return this;
        }

        /**
         * Number of live stories at which the prior odds of a match start to fall (default 50, about the density of the
         * data the scorer was fitted on): with N live stories the score is lowered by log(N / reference).
         */
        public Builder densityReference(double n) {
            if (!(n > 0)) throw new IllegalArgumentException("densityReference must be > 0, not " + n);
            this.densityReference = n;
            return this;
        }

        /** How many days behind the newest date an article may arrive and still find its story (default 7). */
        public Builder latenessDays(int days) {
            if (days < 0) throw new IllegalArgumentException("latenessDays must be ≥ 0, not " + days);
            this.latenessDays = days;
            return this;
        }

        /** Score at or above which an article joins a story (log-odds, default 0). */
        public Builder threshold(double t) {
            this.threshold = t;
            return this;
        }

        /** Score at or above which an article linking two stories merges them (log-odds, default 2; ≥ threshold). */
        public Builder mergeThreshold(double t) {
            this.mergeThreshold = t;
            return this;
        }

        /** Candidate stories scored per article (default 30). */
        public Builder maxCandidates(int n) {
            if (n < 1) throw new IllegalArgumentException("maxCandidates must be ≥ 1, not " + n);
            this.maxCandidates = n;
            return this;
        }

        /** Recent members whose signatures a story keeps for scoring (default 12). */
        public Builder maxMembers(int n) {
            if (n < 1) throw new IllegalArgumentException("maxMembers must be ≥ 1, not " + n);
            this.maxMembers = n;
            return this;
        }

        /**
         * How long a story that left the window stays findable by its names and streets alone (default 365 days;
         * 0 turns the archive off). Follow-up reports (charges, trials) join their story through it.
         */
        public Builder archiveDays(int days) {
            if (days < 0) throw new IllegalArgumentException("archiveDays must be ≥ 0, not " + days);
            this.archiveDays = days;
            return this;
        }

        /** Cosine over names, streets, ages and places at or above which an article joins an archived story (default 0.3). */
        public Builder archiveThreshold(double t) {
            this.archiveThreshold = t;
            return this;
        }

        /**
         * Most stories remembered out of the window at once (default 100,000): past it the story remembered longest
         * is forgotten first, so the heap stays bounded however long the stream. At 0 nothing is remembered.
         */
        public Builder archiveCapacity(int stories) {
            if (stories < 0) throw new IllegalArgumentException("archiveCapacity must be ≥ 0, not " + stories);
            this.archiveCapacity = stories;
            return this;
        }

        /** Called with each merge and split as it happens (also without history, when {@link #changes()} keeps none). */
        public Builder onChange(Consumer<GroupingChange> listener) {
            this.onChange = listener;
            return this;
        }

        /**
         * Keep evicted stories' ids and articles for {@link #clusters()} and {@link #storyOf}, and every merge and split
         * for {@link #changes()} (default true).
         */
        public Builder keepHistory(boolean keep) {
            this.keepHistory = keep;
            return this;
        }

        /** Called with each story when it leaves the window (final from then on). */
        public Builder onEvicted(Consumer<Cluster> listener) {
            this.onEvicted = listener;
            return this;
        }

        Builder scorer(Scorer s) {
            this.scorer = Objects.requireNonNull(s);
            return this;
        }

        Builder centroidCosine(double c) {
            this.centroidCosine = c;
            return this;
        }

        Builder centroid(boolean on) {
            this.centroid = on;
            return this;
        }

        Builder undatedArchiveDays(int d) {
            this.undatedArchiveDays = d;
            return this;
        }

        Builder undatedArchiveThreshold(double t) {
            this.undatedArchiveThreshold = t;
            return this;
        }

        Builder undatedOverLive(double margin, double bar) {
            this.undatedOverLive = margin;
            this.undatedOverLiveBar = bar;
            return this;
        }

        Builder archiveDistinctive(int names) {
            this.archiveDistinctive = names;
            return this;
        }

        Builder oldStoryScore(double t) {
            this.oldStoryScore = t;
            return this;
        }

        Builder archiveFull(double t, int rare) {
            this.archiveFull = t;
            this.archiveRare = rare;
            return this;
        }

        Builder conflictOverride(double t, int days) {
            this.conflictOverride = t;
            this.overrideDays = days;
            return this;
        }

        Builder pastSpan(boolean on) {
            this.pastSpan = on;
            return this;
        }

        Builder splitting(boolean on) {
            this.splitting = on;
            return this;
        }

        Builder newEventDays(int d) {
            this.newEventDays = d;
            return this;
        }

        Builder dateAnchor(boolean on) {
            this.dateAnchor = on;
            return this;
        }

        Builder newEventDistinctive(int n) {
            this.newEventDistinctive = n;
            return this;
        }

        Builder newEventNames(int n) {
            this.newEventNames = n;
            return this;
        }

        Builder coreNames(double weight, double centre) {
            this.coreWeight = weight;
            this.coreCentre = centre;
            return this;
        }

        Builder laterOwnDay(double score, int days) {
            this.laterDayScore = score;
            this.laterDayMax = days;
            return this;
        }

        Builder laterSpan(boolean on) {
            this.laterSpan = on;
            return this;
        }

        Builder reviveSpan(boolean on) {
            this.reviveSpan = on;
            return this;
        }

        Builder archiveMembers(int n, double bar) {
            this.archiveMembers = n;
            this.keptBar = bar;
            return this;
        }

        Builder oldOwnDay(double t) {
            this.oldOwnDay = t;
            return this;
        }

        Builder reviveIndex(int what) {
            this.reviveIndex = what;
            return this;
        }

        Builder recalledScore(double t) {
            this.recalledScore = t;
            return this;
        }

        Builder pastSpanScore(double t) {
            this.pastSpanScore = t;
            return this;
        }

        Builder townDayFloor(double t) {
            this.townDayFloor = t;
            return this;
        }

        Builder archiveDayBar(double bar) {
            this.archiveDayBar = bar;
            return this;
        }

        /** How many of a candidate story's newest reports an article is scored against besides its summary (≥ 1). */
        public Builder scoredMembers(int n) {
            if (n < 1) throw new IllegalArgumentException("scoredMembers must be ≥ 1, not " + n);
            this.scoredMembers = n;
            return this;
        }

        Builder roundUpStreets(int n) {
            this.roundUpStreets = n;
            return this;
        }

        Builder undatedSummaryBar(double bar) {
            this.undatedSummaryBar = bar;
            return this;
        }

        Builder summaryLast(boolean on) {
            this.summaryLast = on;
            return this;
        }

        Builder summaryMargin(double m) {
            this.summaryMargin = m;
            return this;
        }

        Builder placelessBar(double t) {
            this.placelessBar = t;
            return this;
        }

        Builder linkMerge(double t) {
            this.linkMerge = t;
            return this;
        }

        Builder summaryScore(boolean on) {
            this.summaryScore = on;
            return this;
        }

        Builder indexTerms(int n) {
            this.indexTerms = n;
            return this;
        }

        public Grouper build() {
            if (mergeThreshold < threshold)
                throw new IllegalArgumentException("mergeThreshold " + mergeThreshold + " is below threshold " + threshold);
            return new Grouper(this);
        }
    }
}
