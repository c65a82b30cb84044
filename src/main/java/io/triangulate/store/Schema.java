package io.triangulate.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The store's schema and its migrations; the version lives in {@code meta.schema_version}. */
final class Schema {
    private Schema() {}

    private static final String[] V1 = {
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """
            CREATE TABLE articles(
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              id TEXT NOT NULL UNIQUE,
              url_key TEXT UNIQUE,
              source TEXT, url TEXT, title TEXT, published TEXT, language TEXT,
              story TEXT,
              ingested_at TEXT NOT NULL,
              raw_json TEXT NOT NULL,
              analysed_json TEXT)""",
            "CREATE INDEX articles_story ON articles(story)",
            "CREATE INDEX articles_published ON articles(published)",
            """
            CREATE TABLE stories(
              id TEXT PRIMARY KEY,
              created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
              article_count INTEGER NOT NULL, event_count INTEGER NOT NULL)""",
            """
            CREATE TABLE story_history(
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              at TEXT NOT NULL, article TEXT NOT NULL, from_story TEXT, to_story TEXT, reason TEXT NOT NULL)""",
            "CREATE INDEX story_history_to ON story_history(to_story)",
            "CREATE INDEX story_history_from ON story_history(from_story)",
            """
            CREATE TABLE events(
              rid INTEGER PRIMARY KEY AUTOINCREMENT,
              id TEXT NOT NULL UNIQUE,
              story TEXT NOT NULL,
              role TEXT, type TEXT, date TEXT, sort_date TEXT NOT NULL,
              country TEXT, admin1 TEXT, place TEXT, lat REAL, lon REAL,
              killed INTEGER, injured INTEGER, article_count INTEGER NOT NULL, conflicts INTEGER NOT NULL,
              updated_at TEXT NOT NULL)""",
            "CREATE TABLE event_docs(rid INTEGER PRIMARY KEY, json TEXT NOT NULL)",
            "CREATE INDEX events_sort ON events(sort_date, rid)",
            "CREATE INDEX events_story ON events(story)",
            "CREATE INDEX events_type ON events(type, sort_date)",
            "CREATE INDEX events_country ON events(country, sort_date)",
            "CREATE INDEX events_date ON events(date)",
            "CREATE INDEX events_lat ON events(lat, lon)",
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', contentless_delete=1)",
            "CREATE VIRTUAL TABLE events_fts USING fts5(body, content='', contentless_delete=1)",
    };

    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        }
        String v = Store.meta(c, "schema_version");
        int version = v == null ? 0 : Integer.parseInt(v);
        if (version > Store.SCHEMA_VERSION) {
            throw new SQLException("the store has schema version " + version + ", newer than this program's " + Store.SCHEMA_VERSION);
        }
        if (version == Store.SCHEMA_VERSION) return;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (version < 1) for (String ddl : V1) s.execute(ddl);
            Store.setMeta(c, "schema_version", Integer.toString(Store.SCHEMA_VERSION));
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
