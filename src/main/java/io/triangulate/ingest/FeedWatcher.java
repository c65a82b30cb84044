package io.triangulate.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import io.triangulate.json.Json;
import io.triangulate.model.Article;
import io.triangulate.model.Warning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Polls a list of RSS/Atom feeds and hands their new entries to a {@link Sink} (the store's ingest).
 *
 * <p>Each poll is a conditional GET with the feed's last {@code ETag} and {@code Last-Modified}
 * ({@code If-None-Match}, {@code If-Modified-Since}); a 304 reads nothing. Entries the sink already holds are
 * skipped before their page is fetched. A feed that fails (network, HTTP status, not a feed, too large) is
 * retried after {@code interval × 2^failures}, capped at {@link Builder#maxBackoff} (and never before the
 * server's {@code Retry-After}). The validators and the back-off of every feed live in a small JSON state file
 * (by default {@code feeds.json} in the store directory), written atomically after each poll and only once
 * all of the poll's entries are stored: a crash re-reads a feed, it never loses an entry.
 *
 * <p>Not thread-safe: one thread polls; {@link #stop()} may be called from any thread (a shutdown hook).
 */
public final class FeedWatcher {
    /** The name of the state file in a store directory. */
    public static final String STATE_FILE = "feeds.json";

    /** Where new entries go. */
    public interface Sink {
        /** Whether an article with this id or URL is already stored: its page is then never fetched. */
        boolean isStored(Article article);

        /** Stores one article (durably, when this returns); true when it was new, false when already stored. */
        boolean store(Article article);
    }

    /** What one poll of one feed did. */
    public enum Outcome { UPDATED, NOT_MODIFIED, FAILED, BACKING_OFF, INTERRUPTED }

    /**
     * One poll of one feed.
     *
     * @param feed    the feed URL as listed
     * @param entries entries read (0 for a 304, a failure or a skip)
     * @param stored  new articles stored
     * @param detail  the one-line reason of a failure or skip, else empty
     * @param next    when this feed is next due
     */
    public record Poll(String feed, Outcome outcome, int entries, int stored, String detail, Instant next) {}

    /** What the state file remembers of one feed. */
    record FeedState(String etag, String lastModified, int failures, Instant nextPoll, Instant lastPoll,
                     Instant lastSuccess, String lastError) {
        static final FeedState NEW = new FeedState(null, null, 0, null, null, null, null);
    }

    private final List<String> feeds;
    private final Path stateFile;
    private final Sink sink;
    private final Duration interval;
    private final Duration maxBackoff;
    private final Clock clock;
    private final Consumer<String> log;
    private final Ingestor ingestor;
    private final Map<String, FeedState> state;
    private final Object sleeper = new Object();
    private volatile boolean stopping;
    private int knownInPoll;

    private FeedWatcher(Builder b) {
        this.feeds = List.copyOf(new LinkedHashSet<>(b.feeds));
        this.stateFile = b.stateFile;
        this.sink = b.sink;
        this.interval = b.interval;
        this.maxBackoff = b.maxBackoff.compareTo(b.interval) < 0 ? b.interval : b.maxBackoff;
        this.clock = b.clock;
        this.log = b.log;
        this.ingestor = Ingestor.builder()
                .fetchPages(b.fetchPages)
                .timeouts(b.connectTimeout, b.timeout)
                .maxFeedBytes(b.maxFeedBytes)
                .skipKnownEntries(a -> {
                    if (!sink.isStored(a)) return false;
                    knownInPoll++;
                    return true;
                })
                .build();
        this.state = load(stateFile);
    }

    /**
     * A watcher of {@code feeds} (http(s) URLs), storing entries into {@code sink} and its state in {@code stateFile}.
     */
    public static Builder builder(List<String> feeds, Path stateFile, Sink sink) {
        return new Builder(feeds, stateFile, sink);
    }

    /** Options of a {@link FeedWatcher}. */
    public static final class Builder {
        private final List<String> feeds;
        private final Path stateFile;
        private final Sink sink;
        private Duration interval = Duration.ofMinutes(5);
        private Duration maxBackoff = Duration.ofHours(1);
        private boolean fetchPages;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);
        private long maxFeedBytes = Ingestor.DEFAULT_MAX_FEED_BYTES;
        private Clock clock = Clock.systemUTC();
        private Consumer<String> log = System.err::println;

        private Builder(List<String> feeds, Path stateFile, Sink sink) {
            this.feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
            this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        /** Time between two polls of a feed that answered (default 5 minutes). */
        public Builder interval(Duration d) {
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("interval must be positive");
            this.interval = d;
            return this;
        }

        /** The longest wait after repeated failures (default 1 hour; never less than the interval). */
        public Builder maxBackoff(Duration d) {
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("maxBackoff must be positive");
            this.maxBackoff = d;
            return this;
        }

        /** Fetch the linked page of entries that hold only a short summary (default false). */
        public Builder fetchPages(boolean fetch) {
            this.fetchPages = fetch;
            return this;
        }

        /** HTTP timeouts: to connect, and for a whole request (defaults 10 s and 30 s). */
        public Builder timeouts(Duration connect, Duration request) {
            this.connectTimeout = connect;
            this.timeout = request;
            return this;
        }

        /** The largest accepted feed download (default 20 MB). */
        public Builder maxFeedBytes(long bytes) {
            this.maxFeedBytes = bytes;
            return this;
        }

        /** Where the plain log lines go (default standard error). */
        public Builder log(Consumer<String> log) {
            this.log = Objects.requireNonNull(log, "log");
            return this;
        }

        /** The clock of the schedule (tests move it). */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public FeedWatcher build() { return new FeedWatcher(this); }
    }

    /**
     * Reads a feed list: one URL per line; blank lines and {@code #} comments (whole-line or trailing) are ignored.
     * A line that is not an http(s) URL becomes a warning naming {@code file:line}.
     */
    public static List<String> readFeedList(Path file, Consumer<Warning> warnings) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash == 0 || hash > 0 && Character.isWhitespace(line.charAt(hash - 1))) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty()) continue;
            try {
                Http.uri(line);
                out.add(line);
            } catch (BadInput e) {
                warnings.accept(new Warning(file + ":" + (i + 1), "'" + line + "': " + e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Polls every feed once, in list order, except those backing off after errors; returns what each did.
     * The regular interval is not waited for (this is the {@code --once} of cron jobs and tests).
     */
    public List<Poll> pollOnce() {
        List<Poll> out = new ArrayList<>();
        for (String feed : feeds) {
            if (stopping) break;
            out.add(poll(feed, false));
        }
        return out;
    }

    /** Polls every feed when due until {@link #stop()} is called (or the thread is interrupted). */
    public void run() {
        log.accept("watch: " + feeds.size() + " feed" + (feeds.size() == 1 ? "" : "s") + ", every "
                + interval.toSeconds() + " s; state in " + stateFile);
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            for (String feed : feeds) {
                if (stopping) break;
                FeedState s = state.getOrDefault(feed, FeedState.NEW);
                if (s.nextPoll() == null || !clock.instant().isBefore(s.nextPoll())) poll(feed, true);
            }
            Instant next = feeds.stream().map(f -> state.getOrDefault(f, FeedState.NEW).nextPoll())
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(clock.instant().plus(interval));
            long waitMs = Math.max(1, Duration.between(clock.instant(), next).toMillis());
            synchronized (sleeper) {
                if (stopping) break;
                try {
                    sleeper.wait(waitMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        log.accept("watch: stopped");
    }

    /** Asks {@link #run()} (or a {@link #pollOnce()}) to stop after the article being stored. */
    public void stop() {
        stopping = true;
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    /** One poll of one feed; {@code scheduled}: skip it when not due (else only when backing off). */
    Poll poll(String feed, boolean scheduled) {
        Instant now = clock.instant();
        FeedState s = state.getOrDefault(feed, FeedState.NEW);
        if (s.nextPoll() != null && now.isBefore(s.nextPoll()) && (scheduled || s.failures() > 0)) {
            String why = "backing off after " + s.failures() + " failure" + (s.failures() == 1 ? "" : "s")
                    + " until " + s.nextPoll() + " (last: " + s.lastError() + ")";
            if (!scheduled) log.accept("watch: " + feed + ": skipped, " + why);
            return new Poll(feed, Outcome.BACKING_OFF, 0, 0, why, s.nextPoll());
        }
        List<Article> articles = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        knownInPoll = 0;
        Http.Response r;
        try {
            URI uri = Http.uri(feed);
            r = ingestor.pollFeed(uri, new Http.Validators(s.etag(), s.lastModified()), articles::add, warnings::add);
        } catch (BadInput e) {
            return failed(feed, s, now, e.getMessage(), e instanceof Http.Failure f ? f.retryAfterSeconds : 0);
        } catch (RuntimeException e) {
            // the sink's lookup (the store) or a parser bug: this feed fails, the others go on
            return failed(feed, s, now, "cannot read the feed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), 0);
        }
        for (Warning w : warnings) log.accept("triangulate: " + w);
        if (r.notModified()) {
            Instant next = now.plus(interval);
            // a 304 may carry fresher validators
            String etag = r.validators().etag() != null ? r.validators().etag() : s.etag();
            String lastModified = r.validators().lastModified() != null ? r.validators().lastModified() : s.lastModified();
            save(feed, new FeedState(etag, lastModified, 0, next, now, now, null));
            log.accept("watch: " + feed + ": not modified (304); next poll in " + interval.toSeconds() + " s");
            return new Poll(feed, Outcome.NOT_MODIFIED, 0, 0, "", next);
        }
        articles.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        int stored = 0, already = knownInPoll;
        for (Article a : articles) {
            if (stopping) {
                // the validators are not saved: the next run reads this feed again and stores the rest
                log.accept("watch: " + feed + ": stopped after storing " + stored + " of " + articles.size() + " new entries");
                return new Poll(feed, Outcome.INTERRUPTED, articles.size() + knownInPoll, stored, "stopped", now);
            }
            try {
                if (sink.store(a)) stored++;
                else already++;
            } catch (RuntimeException e) {
                return failed(feed, s, now, "cannot store entry '" + (a.title() != null ? a.title() : a.id()) + "': "
                        + (e.getMessage() == null ? e.toString() : e.getMessage()), 0);
            }
        }
        Instant next = now.plus(interval);
        // a server that sends no validator this time gets none back next time
        save(feed, new FeedState(r.validators().etag(), r.validators().lastModified(), 0, next, now, now, null));
        int entries = articles.size() + knownInPoll;
        log.accept("watch: " + feed + ": " + entries + " entr" + (entries == 1 ? "y" : "ies") + ", " + stored + " new stored, "
                + already + " already stored" + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s"))
                + "; next poll in " + interval.toSeconds() + " s");
        return new Poll(feed, Outcome.UPDATED, entries, stored, "", next);
    }

    private Poll failed(String feed, FeedState s, Instant now, String reason, long retryAfterSeconds) {
        int failures = s.failures() + 1;
        Duration wait = backoff(failures);
        if (retryAfterSeconds > wait.toSeconds()) wait = Duration.ofSeconds(Math.min(retryAfterSeconds, maxBackoff.toSeconds() * 4));
        Instant next = now.plus(wait);
        save(feed, new FeedState(s.etag(), s.lastModified(), failures, next, now, s.lastSuccess(), reason));
        log.accept("watch: " + feed + ": " + reason + " (failure " + failures + " in a row); next try in " + wait.toSeconds() + " s");
        return new Poll(feed, Outcome.FAILED, 0, 0, reason, next);
    }

    /** interval × 2^failures, capped. */
    Duration backoff(int failures) {
        long cap = maxBackoff.toMillis();
        long ms = interval.toMillis();
        for (int i = 0; i < failures && ms < cap; i++) ms *= 2;
        return Duration.ofMillis(Math.min(ms, cap));
    }

    // ------------------------------------------------------------------ state file

    private void save(String feed, FeedState s) {
        state.put(feed, s);
        try {
            Path dir = stateFile.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            Files.writeString(tmp, Json.pretty(new TreeMap<>(state)) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.accept("watch: cannot write the state file " + stateFile + ": " + e.getMessage()
                    + " (validators and back-off are kept in memory only)");
        }
    }

    private static Map<String, FeedState> load(Path file) {
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, FeedState> m = Json.mapper().readValue(json, new TypeReference<LinkedHashMap<String, FeedState>>() {});
            return m == null ? new LinkedHashMap<>() : new LinkedHashMap<>(m);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the feed state file " + file + ": " + e.getMessage()
                    + " (fix or delete it: it only holds validators and back-off)", e));
        }
    }

    /** The remembered state of a feed (tests). */
    FeedState state(String feed) { return state.getOrDefault(feed, FeedState.NEW); }
}
