package io.triangulate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.json.Json;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.Event;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * The persistent store: one SQLite database ({@code triangulate.db}) in a directory, in WAL mode, holding
 * articles (raw and analysed), stories with their membership history, and reconciled events, with
 * full-text search (FTS5) over articles and events.
 *
 * <p>Writes go through {@link #apply}, one transaction each, committed (and synced) before it returns:
 * what {@code apply} acknowledged survives a crash. Reads run on a small pool of connections and see
 * the last committed state; a {@code Store} is safe to use from many threads.
 */
public final class Store implements AutoCloseable {
    /** The schema version this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;
    /** The database file inside the store directory. */
    public static final String FILE = "triangulate.db";

    private static final int READERS = 4;
    private static final ObjectMapper JSON = Json.mapper();

    private final Path dir;
    private final String url;
    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile boolean closed;

    private Store(Path dir) throws SQLException {
        this.dir = dir;
        this.url = "jdbc:sqlite:" + dir.resolve(FILE).toAbsolutePath();
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(30_000);
        cfg.enforceForeignKeys(true);
        this.writer = DriverManager.getConnection(url, cfg.toProperties());
        Schema.migrate(writer);
        for (int i = 0; i < READERS; i++) {
            SQLiteConfig rc = new SQLiteConfig();
            rc.setBusyTimeout(30_000);
            rc.setReadOnly(true);
            Connection c = DriverManager.getConnection(url, rc.toProperties());
            allReaders.add(c);
            readers.add(c);
        }
    }

    /**
     * Opens (creating when absent) the store in {@code dir}.
     *
     * @throws UncheckedIOException when the directory cannot be created, or the database is unreadable,
     *                              corrupt or of a newer schema
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        try {
            return new Store(dir);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("cannot open store " + dir.resolve(FILE) + ": " + e.getMessage(), e));
        }
    }

    /** The directory of this store. */
    public Path dir() { return dir; }

    // ------------------------------------------------------------------ writes

    /** The outcome of one {@link #apply}. */
    public record Applied(List<String> stored, Map<String, String> duplicates) {}

    /**
     * Applies one ingest step in one transaction, durable when this returns. A new article whose id, or
     * whose URL up to tracking parameters, is already stored is skipped and reported as a duplicate.
     */
    public synchronized Applied apply(StoreUpdate update) {
        checkOpen();
        String now = Instant.now().toString();
        List<String> stored = new ArrayList<>();
        Map<String, String> dups = new LinkedHashMap<>();
        try {
            writer.setAutoCommit(false);
            try {
                try (PreparedStatement ins = writer.prepareStatement(
                        "INSERT INTO articles(id, url_key, source, url, title, published, language, story, ingested_at, raw_json, analysed_json) "
                                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
                     PreparedStatement fts = writer.prepareStatement("INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)");
                     PreparedStatement hist = writer.prepareStatement(
                             "INSERT INTO story_history(at, article, from_story, to_story, reason) VALUES (?,?,?,?,?)")) {
                    for (StoreUpdate.NewArticle na : update.articles()) {
                        Article a = na.article();
                        String key = UrlKey.of(a.url());
                        Optional<String> existing = existingId(writer, a.id(), key);
                        if (existing.isPresent()) {
                            dups.put(a.id(), existing.get());
                            continue;
                        }
                        AnalysedArticle an = na.analysed();
                        LocalDate published = an != null && an.published() != null ? an.published() : a.published();
                        String language = an != null && an.language() != null ? an.language() : a.language();
                        ins.setString(1, a.id());
                        ins.setString(2, key);
                        ins.setString(3, a.source());
                        ins.setString(4, a.url());
                        ins.setString(5, a.title());
                        ins.setString(6, published == null ? null : published.toString());
                        ins.setString(7, language);
                        ins.setString(8, na.story());
                        ins.setString(9, now);
                        ins.setString(10, JSON.writeValueAsString(a));
                        ins.setString(11, an == null ? null : JSON.writeValueAsString(an));
                        ins.executeUpdate();
                        long seq;
                        try (ResultSet k = ins.getGeneratedKeys()) {
                            k.next();
                            seq = k.getLong(1);
                        }
                        fts.setLong(1, seq);
                        fts.setString(2, a.title() == null ? "" : a.title());
                        fts.setString(3, an != null ? an.text() : a.text());
                        fts.executeUpdate();
                        if (na.story() != null) {
                            hist.setString(1, now);
                            hist.setString(2, a.id());
                            hist.setNull(3, Types.VARCHAR);
                            hist.setString(4, na.story());
                            hist.setString(5, "added");
                            hist.executeUpdate();
                        }
                        stored.add(a.id());
                    }
                    try (PreparedStatement mv = writer.prepareStatement("UPDATE articles SET story = ? WHERE id = ?")) {
                        for (StoreUpdate.Move m : update.moves()) {
                            mv.setString(1, m.to());
                            mv.setString(2, m.article());
                            if (mv.executeUpdate() == 0) continue;
                            hist.setString(1, now);
                            hist.setString(2, m.article());
                            hist.setString(3, m.from());
                            hist.setString(4, m.to());
                            hist.setString(5, m.reason());
                            hist.executeUpdate();
                        }
                    }
                }
                for (Map.Entry<String, List<Event>> e : update.storyEvents().entrySet()) {
                    replaceStory(e.getKey(), e.getValue(), now);
                }
                if (update.storyCounter() >= 0) setMeta(writer, "story_counter", Long.toString(update.storyCounter()));
                writer.commit();
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("store " + dir + ": write failed: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("store " + dir + ": cannot serialise: " + e.getOriginalMessage(), e);
        }
        return new Applied(stored, dups);
    }

    private void replaceStory(String story, List<Event> events, String now) throws SQLException, JsonProcessingException {
        try (PreparedStatement old = writer.prepareStatement("SELECT rid FROM events WHERE story = ?");
             PreparedStatement delFts = writer.prepareStatement("DELETE FROM events_fts WHERE rowid = ?")) {
            old.setString(1, story);
            try (ResultSet rs = old.executeQuery()) {
                while (rs.next()) {
                    delFts.setLong(1, rs.getLong(1));
                    delFts.executeUpdate();
                }
            }
        }
        try (PreparedStatement docs = writer.prepareStatement("DELETE FROM event_docs WHERE rid IN (SELECT rid FROM events WHERE story = ?)")) {
            docs.setString(1, story);
            docs.executeUpdate();
        }
        try (PreparedStatement del = writer.prepareStatement("DELETE FROM events WHERE story = ?")) {
            del.setString(1, story);
            del.executeUpdate();
        }
        int members;
        try (PreparedStatement c = writer.prepareStatement("SELECT count(*) FROM articles WHERE story = ?")) {
            c.setString(1, story);
            try (ResultSet rs = c.executeQuery()) {
                rs.next();
                members = rs.getInt(1);
            }
        }
        if (members == 0) {
            try (PreparedStatement d = writer.prepareStatement("DELETE FROM stories WHERE id = ?")) {
                d.setString(1, story);
                d.executeUpdate();
            }
            return;
        }
        try (PreparedStatement up = writer.prepareStatement(
                "INSERT INTO stories(id, created_at, updated_at, article_count, event_count) VALUES (?,?,?,?,?) "
                        + "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, "
                        + "article_count = excluded.article_count, event_count = excluded.event_count")) {
            up.setString(1, story);
            up.setString(2, now);
            up.setString(3, now);
            up.setInt(4, members);
            up.setInt(5, events.size());
            up.executeUpdate();
        }
        insertEvents(events, now);
    }

    private void insertEvents(List<Event> events, String now) throws SQLException, JsonProcessingException {
        try (PreparedStatement ins = writer.prepareStatement(
                "INSERT INTO events(id, story, role, type, date, sort_date, country, admin1, place, lat, lon, killed, injured, "
                        + "article_count, conflicts, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement doc = writer.prepareStatement("INSERT INTO event_docs(rid, json) VALUES (?,?)");
             PreparedStatement fts = writer.prepareStatement("INSERT INTO events_fts(rowid, body) VALUES (?,?)")) {
            for (Event e : events) {
                ins.setString(1, e.id());
                ins.setString(2, e.story());
                ins.setString(3, e.role());
                ins.setString(4, e.type() == null ? null : e.type().name());
                ins.setString(5, e.date() == null ? null : e.date().toString());
                ins.setString(6, e.date() == null ? "" : e.date().toString());
                var loc = e.location();
                ins.setString(7, loc == null ? null : loc.country());
                ins.setString(8, loc == null ? null : loc.admin1());
                ins.setString(9, loc == null ? null : loc.name());
                if (loc == null) {
                    ins.setNull(10, Types.REAL);
                    ins.setNull(11, Types.REAL);
                } else {
                    ins.setDouble(10, loc.lat());
                    ins.setDouble(11, loc.lon());
                }
                setInt(ins, 12, e.killed());
                setInt(ins, 13, e.injured());
                ins.setInt(14, e.articles().size());
                ins.setInt(15, (int) e.facts().stream().filter(f -> f.status() == FactStatus.CONFLICT).count());
                ins.setString(16, now);
                ins.executeUpdate();
                long rid;
                try (ResultSet k = ins.getGeneratedKeys()) {
                    k.next();
                    rid = k.getLong(1);
                }
                doc.setLong(1, rid);
                doc.setString(2, JSON.writeValueAsString(e));
                doc.executeUpdate();
                fts.setLong(1, rid);
                fts.setString(2, searchText(e));
                fts.executeUpdate();
            }
        }
    }

    /** Bulk insert of stored records in one transaction, for benchmarks and imports: no duplicate check beyond the unique keys. */
    public synchronized void bulkLoad(List<StoreUpdate.NewArticle> articles, List<Event> events) {
        checkOpen();
        String now = Instant.now().toString();
        try {
            writer.setAutoCommit(false);
            try {
                apply0Articles(articles, now);
                Map<String, Integer> perStory = new LinkedHashMap<>();
                for (Event e : events) perStory.merge(e.story(), 1, Integer::sum);
                try (PreparedStatement up = writer.prepareStatement(
                        "INSERT INTO stories(id, created_at, updated_at, article_count, event_count) VALUES (?,?,?,"
                                + "(SELECT count(*) FROM articles WHERE story = ?),?) ON CONFLICT(id) DO UPDATE SET "
                                + "article_count = excluded.article_count, event_count = stories.event_count + excluded.event_count")) {
                    for (var s : perStory.entrySet()) {
                        up.setString(1, s.getKey());
                        up.setString(2, now);
                        up.setString(3, now);
                        up.setString(4, s.getKey());
                        up.setInt(5, s.getValue());
                        up.executeUpdate();
                    }
                }
                insertEvents(events, now);
                writer.commit();
                try (Statement st = writer.createStatement()) {
                    st.execute("ANALYZE");
                }
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("store " + dir + ": bulk load failed: " + e.getMessage(), e);
        }
    }

    private void apply0Articles(List<StoreUpdate.NewArticle> articles, String now) throws SQLException, JsonProcessingException {
        try (PreparedStatement ins = writer.prepareStatement(
                "INSERT OR IGNORE INTO articles(id, url_key, source, url, title, published, language, story, ingested_at, raw_json, analysed_json) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING seq");
             PreparedStatement fts = writer.prepareStatement("INSERT INTO articles_fts(rowid, title, text) VALUES (?,?,?)")) {
            for (StoreUpdate.NewArticle na : articles) {
                Article a = na.article();
                AnalysedArticle an = na.analysed();
                LocalDate published = an != null && an.published() != null ? an.published() : a.published();
                ins.setString(1, a.id());
                ins.setString(2, UrlKey.of(a.url()));
                ins.setString(3, a.source());
                ins.setString(4, a.url());
                ins.setString(5, a.title());
                ins.setString(6, published == null ? null : published.toString());
                ins.setString(7, an != null ? an.language() : a.language());
                ins.setString(8, na.story());
                ins.setString(9, now);
                ins.setString(10, JSON.writeValueAsString(a));
                ins.setString(11, an == null ? null : JSON.writeValueAsString(an));
                try (ResultSet rs = ins.executeQuery()) {
                    if (!rs.next()) continue;
                    fts.setLong(1, rs.getLong(1));
                }
                fts.setString(2, a.title() == null ? "" : a.title());
                fts.setString(3, an != null ? an.text() : a.text());
                fts.executeUpdate();
            }
        }
    }

    // ------------------------------------------------------------------ reads

    /** The id under which {@code article} is already stored (same id, or same URL up to tracking parameters), if any. */
    public Optional<String> existingId(Article article) {
        return read(c -> existingId(c, article.id(), UrlKey.of(article.url())));
    }

    private static Optional<String> existingId(Connection c, String id, String urlKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE id = ? OR (? IS NOT NULL AND url_key = ?) LIMIT 1")) {
            ps.setString(1, id);
            ps.setString(2, urlKey);
            ps.setString(3, urlKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The stored article with this id. */
    public Optional<StoredArticle> article(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT raw_json, analysed_json, story, ingested_at FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(storedArticle(rs));
                }
            }
        });
    }

    private static StoredArticle storedArticle(ResultSet rs) throws SQLException {
        try {
            Article a = JSON.readValue(rs.getString(1), Article.class);
            String an = rs.getString(2);
            return new StoredArticle(a, an == null ? null : JSON.readValue(an, AnalysedArticle.class), rs.getString(3),
                    Instant.parse(rs.getString(4)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** Metadata of these articles, in publication order (unknown dates last), skipping unknown ids. */
    public List<ArticleInfo> articleInfos(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return read(c -> {
            List<ArticleInfo> out = new ArrayList<>();
            List<String> all = new ArrayList<>(new LinkedHashSet<>(ids));
            for (int i = 0; i < all.size(); i += 500) {
                List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
                String sql = "SELECT id, source, url, title, published, language, story FROM articles WHERE id IN ("
                        + "?,".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int j = 0; j < chunk.size(); j++) ps.setString(j + 1, chunk.get(j));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(info(rs));
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(ArticleInfo::published, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                    .thenComparing(ArticleInfo::id));
            return out;
        });
    }

    private static ArticleInfo info(ResultSet rs) throws SQLException {
        String p = rs.getString(5);
        return new ArticleInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                p == null ? null : LocalDate.parse(p), rs.getString(6), rs.getString(7));
    }

    /** Full-text search over article titles and texts: the best {@code limit} matches. */
    public List<ArticleInfo> searchArticles(String text, int limit) {
        String match = ftsQuery(text);
        if (match == null) return List.of();
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.id, a.source, a.url, a.title, a.published, a.language, a.story FROM articles_fts f "
                            + "JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH ? ORDER BY f.rank LIMIT ?")) {
                ps.setString(1, match);
                ps.setInt(2, limit);
                List<ArticleInfo> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(info(rs));
                }
                return out;
            }
        });
    }

    /** The ids of the articles of a story. */
    public List<String> storyArticleIds(String story) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE story = ? ORDER BY published, seq")) {
                ps.setString(1, story);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    /**
     * Stored analysed articles published on or after {@code since} (all when null) plus those with no
     * date ingested in the same period, in publication order: the window the grouping replays on open.
     */
    public void forEachRecent(LocalDate since, int maxArticles, Consumer<StoredArticle> sink) {
        read(c -> {
            String sql = "SELECT raw_json, analysed_json, story, ingested_at FROM (SELECT * FROM articles WHERE analysed_json IS NOT NULL "
                    + (since == null ? "" : "AND (published IS NULL OR published >= ?) ")
                    + "ORDER BY seq DESC LIMIT ?) ORDER BY coalesce(published, substr(ingested_at, 1, 10)), seq";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (since != null) ps.setString(i++, since.toString());
                ps.setInt(i, maxArticles);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sink.accept(storedArticle(rs));
                }
            }
            return null;
        });
    }

    /** The latest publication date stored, if any. */
    public Optional<LocalDate> latestPublished() {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(published) FROM articles")) {
                String v = rs.next() ? rs.getString(1) : null;
                return Optional.ofNullable(v).map(LocalDate::parse);
            }
        });
    }

    /** The highest story number allocated so far (0 for a new store). */
    public long storyCounter() {
        return read(c -> {
            String v = meta(c, "story_counter");
            return v == null ? 0L : Long.parseLong(v);
        });
    }

    /** One event. */
    public Optional<Event> event(String id) {
        return eventJson(id).map(Store::parseEvent);
    }

    /** One event as its stored JSON. */
    public Optional<String> eventJson(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.json FROM events e JOIN event_docs d ON d.rid = e.rid WHERE e.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** A story with its articles, events and history. */
    public Optional<StoryView> story(String id) {
        List<String> ids = storyArticleIds(id);
        Optional<List<Event>> events = read(c -> {
            try (PreparedStatement ex = c.prepareStatement("SELECT 1 FROM stories WHERE id = ?")) {
                ex.setString(1, id);
                try (ResultSet rs = ex.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                }
            }
            List<Event> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.json FROM events e JOIN event_docs d ON d.rid = e.rid WHERE e.story = ? ORDER BY e.role = 'background', e.rid")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(parseEvent(rs.getString(1)));
                }
            }
            return Optional.of(out);
        });
        if (events.isEmpty()) return Optional.empty();
        List<HistoryEntry> history = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT at, article, from_story, to_story, reason FROM story_history WHERE to_story = ? OR from_story = ? ORDER BY seq")) {
                ps.setString(1, id);
                ps.setString(2, id);
                List<HistoryEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new HistoryEntry(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
                return out;
            }
        });
        return Optional.of(new StoryView(id, articleInfos(ids), events.get(), history));
    }

    /** A page of events matching {@code q}, newest first (undated last). */
    public EventPage events(EventQuery q) {
        RawPage raw = eventsJson(q);
        return new EventPage(raw.events().stream().map(Store::parseEvent).toList(), raw.total(), raw.limit(), raw.offset(), raw.nextCursor());
    }

    /** A page of events as their stored JSON (the interface's event shape), for writing out without binding. */
    public record RawPage(List<String> events, long total, int limit, int offset, String nextCursor) {}

    /** {@link #events} without binding the records: each event as its stored JSON. */
    public RawPage eventsJson(EventQuery q) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        filters(q, where, args);
        String cursorDate = null;
        long cursorRid = 0;
        if (q.cursor() != null) {
            String raw;
            try {
                raw = new String(Base64.getUrlDecoder().decode(q.cursor()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cursor is not one this server gave");
            }
            int bar = raw.lastIndexOf('|');
            if (bar < 0) throw new IllegalArgumentException("cursor is not one this server gave");
            cursorDate = raw.substring(0, bar);
            try {
                cursorRid = Long.parseLong(raw.substring(bar + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cursor is not one this server gave");
            }
        }
        String countSql = "SELECT count(*) FROM events e" + where;
        StringBuilder pageWhere = new StringBuilder(where);
        List<Object> pageArgs = new ArrayList<>(args);
        if (cursorDate != null) {
            pageWhere.append(" AND (e.sort_date < ? OR (e.sort_date = ? AND e.rid < ?))");
            pageArgs.add(cursorDate);
            pageArgs.add(cursorDate);
            pageArgs.add(cursorRid);
        }
        int offset = cursorDate != null ? 0 : q.offset();
        // page on the narrow index columns first; only the page's rows fetch their JSON
        String pageSql = "SELECT d.json, p.sort_date, p.rid FROM (SELECT e.sort_date, e.rid FROM events e" + pageWhere
                + " ORDER BY e.sort_date DESC, e.rid DESC LIMIT ? OFFSET ?) p JOIN event_docs d ON d.rid = p.rid"
                + " ORDER BY p.sort_date DESC, p.rid DESC";
        pageArgs.add(q.limit() + 1);
        pageArgs.add(offset);
        return read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement(countSql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<String> out = new ArrayList<>();
            String next = null;
            try (PreparedStatement ps = c.prepareStatement(pageSql)) {
                bind(ps, pageArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    String lastDate = null;
                    long lastRid = 0;
                    while (rs.next()) {
                        if (out.size() == q.limit()) {
                            next = Base64.getUrlEncoder().withoutPadding().encodeToString(
                                    (lastDate + "|" + lastRid).getBytes(StandardCharsets.UTF_8));
                            break;
                        }
                        out.add(rs.getString(1));
                        lastDate = rs.getString(2);
                        lastRid = rs.getLong(3);
                    }
                }
            }
            return new RawPage(out, total, q.limit(), offset, next);
        });
    }

    /** Every event matching the filters of {@code q} (ignoring paging), newest first, streamed. */
    public void forEachEvent(EventQuery q, Consumer<Event> sink) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        filters(q, where, args);
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.json FROM events e JOIN event_docs d ON d.rid = e.rid" + where + " ORDER BY e.sort_date DESC, e.rid DESC")) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) sink.accept(parseEvent(rs.getString(1)));
                }
            }
            return null;
        });
    }

    private static void filters(EventQuery q, StringBuilder where, List<Object> args) {
        if (q.from() != null) {
            where.append(" AND e.sort_date >= ?");
            args.add(q.from().toString());
        }
        if (q.to() != null) {
            where.append(" AND e.sort_date BETWEEN '0' AND ?");
            args.add(q.to().toString());
        }
        if (q.type() != null) {
            where.append(" AND e.type = ?");
            args.add(q.type());
        }
        if (q.country() != null) {
            where.append(" AND e.country = ?");
            args.add(q.country());
        }
        if (q.role() != null) {
            where.append(" AND e.role = ?");
            args.add(q.role());
        }
        if (q.nearLat() != null) {
            double dLat = q.radiusKm() / 111.0;
            double cos = Math.max(0.01, Math.cos(Math.toRadians(q.nearLat())));
            double dLon = Math.min(180, q.radiusKm() / (111.320 * cos));
            where.append(" AND e.lat BETWEEN ? AND ?");
            args.add(q.nearLat() - dLat);
            args.add(q.nearLat() + dLat);
            if (q.nearLon() - dLon >= -180 && q.nearLon() + dLon <= 180) {
                where.append(" AND e.lon BETWEEN ? AND ?");
                args.add(q.nearLon() - dLon);
                args.add(q.nearLon() + dLon);
            }
            // haversine in SQL (SQLite's math functions): no call back into Java per row
            where.append(" AND 2 * 6371.0088 * asin(min(1, sqrt(power(sin(radians(e.lat - ?) / 2), 2)"
                    + " + ? * cos(radians(e.lat)) * power(sin(radians(e.lon - ?) / 2), 2)))) <= ?");
            args.add(q.nearLat());
            args.add(Math.cos(Math.toRadians(q.nearLat())));
            args.add(q.nearLon());
            args.add(q.radiusKm());
        }
        if (q.text() != null) {
            String match = ftsQuery(q.text());
            if (match == null) {
                where.append(" AND 0");
            } else {
                where.append(" AND e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)");
                args.add(match);
            }
        }
    }

    /** Counts of what is stored. */
    public record Stats(long articles, long stories, long events) {}

    /** Counts of what is stored. */
    public Stats stats() {
        return read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories), (SELECT count(*) FROM events)")) {
                rs.next();
                return new Stats(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    /** SQLite's {@code PRAGMA integrity_check} plus the store's own invariants; empty when consistent. */
    public List<String> check() {
        return read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) if (!"ok".equals(rs.getString(1))) problems.add(rs.getString(1));
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_docs d WHERE d.rid = e.rid)")) {
                    rs.next();
                    if (rs.getLong(1) > 0) problems.add(rs.getLong(1) + " events without their document");
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = e.story)")) {
                    rs.next();
                    if (rs.getLong(1) > 0) problems.add(rs.getLong(1) + " events of unknown stories");
                }
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM articles a WHERE a.story IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story)")) {
                    rs.next();
                    if (rs.getLong(1) > 0) problems.add(rs.getLong(1) + " articles of unknown stories");
                }
                try (ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles_fts)")) {
                    rs.next();
                    if (rs.getLong(1) != rs.getLong(2)) problems.add("article search index holds " + rs.getLong(2) + " rows for " + rs.getLong(1) + " articles");
                }
            }
            return problems;
        });
    }

    @Override public void close() {
        if (closed) return;
        closed = true;
        synchronized (this) {
            for (Connection c : allReaders) quietClose(c);
            try {
                try (Statement s = writer.createStatement()) {
                    s.execute("PRAGMA optimize");
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // another process may hold the database: the checkpoint happens later
                }
                writer.close();
            } catch (SQLException e) {
                throw new IllegalStateException("store " + dir + ": close failed: " + e.getMessage(), e);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(SqlWork<T> work) {
        checkOpen();
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("store " + dir + ": read failed: " + e.getMessage(), e);
        } finally {
            readers.add(c);
        }
    }

    private void checkOpen() {
        if (closed) throw new IllegalStateException("store " + dir + " is closed");
    }

    private static Event parseEvent(String json) {
        try {
            return JSON.readValue(json, Event.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, v);
    }

    static String meta(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void setMeta(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static void quietClose(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing
        }
    }

    /** The text an event is found by: place, type, actors, every value and evidence sentence. */
    static String searchText(Event e) {
        StringBuilder sb = new StringBuilder();
        if (e.type() != null) sb.append(e.type().name().replace('_', ' ')).append('\n');
        if (e.location() != null) {
            sb.append(e.location().name()).append(' ').append(nz(e.location().admin1())).append(' ')
                    .append(nz(e.location().country())).append('\n');
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Fact f : e.facts()) {
            for (FactValue v : f.values()) {
                if (v.value() != null) seen.add(v.value());
                for (var ev : v.evidence()) if (ev.text() != null) seen.add(ev.text());
            }
        }
        for (String s : seen) sb.append(s).append('\n');
        return sb.toString();
    }

    private static String nz(String s) { return s == null ? "" : s; }

    /** A user's words as an FTS5 query: every word must occur (prefix match on the last); null when no word. */
    static String ftsQuery(String text) {
        if (text == null) return null;
        List<String> terms = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) terms.add("\"" + w + "\"");
        }
        if (terms.isEmpty()) return null;
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + "*");
        return String.join(" ", terms);
    }
}
