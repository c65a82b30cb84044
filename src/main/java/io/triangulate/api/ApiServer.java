package io.triangulate.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.triangulate.json.Json;
import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.store.EventQuery;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import io.triangulate.store.StoredArticle;
import io.triangulate.web.Web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The REST API over a {@link Store} (under {@code /api}, described by {@code /api/openapi.json}) and the
 * web page (at {@code /}). Errors are JSON {@code {"error": "...", "status": n}}. Writes
 * ({@code POST /api/articles}) need {@code Authorization: Bearer <token>} with the operator's token and
 * an ingestion engine; without a configured token, writes are refused.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.builder(store).ingestion(ingestion).token(token).port(8080).start()) { ... }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
    private final Javalin app;

    private ApiServer(Javalin app) { this.app = app; }

    /** A builder for a server over {@code store}. */
    public static Builder builder(Store store) { return new Builder(store); }

    /** The port it listens on. */
    public int port() { return app.port(); }

    @Override public void close() { app.stop(); }

    /** Configures and starts a server. */
    public static final class Builder {
        private final Store store;
        private Ingestion ingestion;
        private String token;
        private String host = "127.0.0.1";
        private int port = 8080;

        private Builder(Store store) { this.store = Objects.requireNonNull(store, "store"); }

        /** The ingestion that {@code POST /api/articles} feeds; without one, writes answer 503. */
        public Builder ingestion(Ingestion i) { ingestion = i; return this; }

        /** The bearer token writes need; null or blank disables writes (403). */
        public Builder token(String t) { token = t == null || t.isBlank() ? null : t; return this; }

        /** The interface to listen on (default 127.0.0.1). */
        public Builder host(String h) { host = Objects.requireNonNull(h, "host"); return this; }

        /** The port (0 picks a free one). */
        public Builder port(int p) {
            if (p < 0 || p > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + p);
            port = p;
            return this;
        }

        /** Starts listening. */
        public ApiServer start() {
            Routes routes = new Routes(store, ingestion, token);
            Javalin app = Javalin.create(cfg -> {
                cfg.showJavalinBanner = false;
                cfg.useVirtualThreads = true;
                cfg.http.maxRequestSize = 20_000_000L;
                cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
                Web.configure(cfg);
            });
            routes.install(app);
            app.start(host, port);
            return new ApiServer(app);
        }
    }

    /** An error answered as JSON with its status. */
    static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static final class Routes {
        private final Store store;
        private final Ingestion ingestion;
        private final byte[] token;
        private final byte[] openapi;

        Routes(Store store, Ingestion ingestion, String token) {
            this.store = store;
            this.ingestion = ingestion;
            this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
            try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
                if (in == null) throw new IllegalStateException("openapi.json resource missing");
                this.openapi = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read openapi.json", e);
            }
        }

        void install(Javalin app) {
            app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            app.get("/api/stats", ctx -> ctx.json(store.stats()));
            app.get("/api/events", this::events);
            app.get("/api/events/{id}", this::event);
            app.get("/api/stories/{id}", this::story);
            app.get("/api/articles", this::searchArticles);
            app.get("/api/articles/{id}", this::article);
            app.post("/api/articles", this::post);
            app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getMessage()));
            app.error(404, ctx -> {
                if (ctx.path().startsWith("/api") && !ctx.result().isEmpty() && ctx.result().startsWith("{")) return;
                if (ctx.path().startsWith("/api")) error(ctx, 404, "no such resource: " + ctx.path());
            });
            app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
        }

        private static void error(Context ctx, int status, String message) {
            ObjectNode n = Json.mapper().createObjectNode();
            n.put("error", message == null ? "error" : message);
            n.put("status", status);
            ctx.status(status).contentType("application/json").result(Json.line(n));
        }

        private void events(Context ctx) {
            EventQuery.Builder b = EventQuery.builder();
            b.limit(intParam(ctx, "limit", 50));
            b.offset(intParam(ctx, "offset", 0));
            b.cursor(ctx.queryParam("cursor"));
            b.from(dateParam(ctx, "from"));
            b.to(dateParam(ctx, "to"));
            b.type(blankToNull(ctx.queryParam("type")));
            b.country(blankToNull(ctx.queryParam("country")));
            b.role(blankToNull(ctx.queryParam("role")));
            b.text(blankToNull(ctx.queryParam("q")));
            String near = blankToNull(ctx.queryParam("near"));
            if (near != null) {
                String[] p = near.split(",");
                if (p.length != 2) throw new ApiError(400, "near must be lat,lon, not '" + near + "'");
                double radius = ctx.queryParam("radiusKm") == null ? 50 : doubleParam(ctx, "radiusKm");
                try {
                    b.near(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), radius);
                } catch (NumberFormatException e) {
                    throw new ApiError(400, "near must be lat,lon, not '" + near + "'");
                }
            }
            Store.RawPage page = store.eventsJson(b.build());
            StringWriter w = new StringWriter(page.events().size() * 2048 + 128);
            try (JsonGenerator g = Json.mapper().getFactory().createGenerator(w)) {
                g.writeStartObject();
                g.writeArrayFieldStart("events");
                for (String e : page.events()) g.writeRawValue(e);
                g.writeEndArray();
                g.writeNumberField("total", page.total());
                g.writeNumberField("limit", page.limit());
                g.writeNumberField("offset", page.offset());
                g.writeStringField("next", page.nextCursor());
                g.writeEndObject();
            } catch (IOException e) {
                throw new IllegalStateException("cannot write events", e);
            }
            ctx.contentType("application/json").result(w.toString());
        }

        private void event(Context ctx) {
            String id = ctx.pathParam("id");
            String json = store.eventJson(id).orElseThrow(() -> new ApiError(404, "no event " + id));
            ObjectNode out;
            try {
                out = (ObjectNode) Json.mapper().readTree(json);
            } catch (IOException e) {
                throw new IllegalStateException("stored event " + id + " is not readable", e);
            }
            List<String> articles = new ArrayList<>();
            out.path("articles").forEach(a -> articles.add(a.asText()));
            out.set("sources", Json.mapper().valueToTree(store.articleInfos(articles)));
            ctx.json(out);
        }

        private void story(Context ctx) {
            String id = ctx.pathParam("id");
            ctx.json(store.story(id).orElseThrow(() -> new ApiError(404, "no story " + id)));
        }

        private void searchArticles(Context ctx) {
            String q = blankToNull(ctx.queryParam("q"));
            if (q == null) throw new ApiError(400, "q is required");
            ObjectNode out = Json.mapper().createObjectNode();
            out.set("articles", Json.mapper().valueToTree(store.searchArticles(q, Math.min(200, intParam(ctx, "limit", 50)))));
            ctx.json(out);
        }

        private void article(Context ctx) {
            String id = ctx.pathParam("id");
            StoredArticle sa = store.article(id).orElseThrow(() -> new ApiError(404, "no article " + id));
            ctx.json(articleJson(sa));
        }

        static ObjectNode articleJson(StoredArticle sa) {
            Article a = sa.article();
            AnalysedArticle an = sa.analysed();
            ObjectNode out = Json.mapper().createObjectNode();
            out.put("id", a.id());
            out.put("source", a.source());
            out.put("url", a.url());
            out.put("title", a.title());
            LocalDate published = an != null && an.published() != null ? an.published() : a.published();
            out.put("published", published == null ? null : published.toString());
            out.put("publishedInferred", an != null && an.publishedInferred());
            out.put("language", an != null && an.language() != null ? an.language() : a.language());
            out.put("story", sa.story());
            out.put("ingested", sa.ingested().toString());
            out.put("text", an != null ? an.text() : a.text());
            ArrayNode facts = out.putArray("facts");
            if (an != null) {
                for (var p : an.places()) {
                    ObjectNode f = facts.addObject();
                    f.put("kind", "place");
                    f.put("start", p.start());
                    f.put("end", p.end());
                    f.put("text", p.text());
                    f.put("value", p.place().name() + (p.place().country() == null ? "" : ", " + p.place().country()));
                    f.put("lat", p.place().lat());
                    f.put("lon", p.place().lon());
                    f.put("demonym", p.demonym());
                }
                for (var t : an.times()) {
                    ObjectNode f = facts.addObject();
                    f.put("kind", "time");
                    f.put("start", t.start());
                    f.put("end", t.end());
                    f.put("text", t.text());
                    f.put("value", t.value());
                    f.put("type", t.type() == null ? null : t.type().name());
                }
                for (var g : an.figures()) {
                    ObjectNode f = facts.addObject();
                    f.put("kind", g.kind() == null ? "figure" : g.kind().field());
                    f.put("start", g.start());
                    f.put("end", g.end());
                    f.put("text", g.text());
                    Integer v = g.value();
                    f.put("value", (v == null ? "?" : v.toString()) + (g.object() == null ? "" : " " + g.object()));
                }
                out.set("sentences", Json.mapper().valueToTree(an.sentences()));
                out.set("events", Json.mapper().valueToTree(an.events()));
                out.put("type", an.type() == null ? null : an.type().name());
            } else {
                out.putArray("sentences");
                out.putArray("events");
                out.putNull("type");
            }
            return out;
        }

        private void post(Context ctx) {
            authorise(ctx);
            if (ingestion == null) throw new ApiError(503, "this server has no ingestion engine");
            String body = ctx.body();
            if (body.isBlank()) throw new ApiError(400, "empty body: send one article as JSON, or JSON Lines");
            List<Article> articles = new ArrayList<>();
            String[] lines = body.strip().startsWith("{") && body.strip().indexOf('\n') < 0 ? new String[]{body} : body.split("\n");
            int lineNo = 0;
            for (String line : lines) {
                lineNo++;
                if (line.isBlank()) continue;
                try {
                    articles.add(parseArticle(line, lines.length > 1 ? "POST line " + lineNo : "POST"));
                } catch (IllegalArgumentException e) {
                    throw new ApiError(400, (lines.length > 1 ? "line " + lineNo + ": " : "") + e.getMessage());
                }
            }
            ArrayNode results = Json.mapper().createArrayNode();
            boolean anyStored = false;
            for (Article a : articles) {
                Ingestion.Result r = ingestion.ingest(a);
                anyStored |= r.status() == Ingestion.Status.STORED;
                ObjectNode n = results.addObject();
                n.put("id", r.id());
                n.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
                n.put("story", r.story());
            }
            ctx.status(anyStored ? 201 : 200);
            if (articles.size() == 1) ctx.json(results.get(0));
            else {
                ObjectNode out = Json.mapper().createObjectNode();
                out.set("results", results);
                ctx.json(out);
            }
        }

        private void authorise(Context ctx) {
            if (token == null) throw new ApiError(403, "writes are disabled: the operator set no token (TRIANGULATE_TOKEN or --token)");
            String h = ctx.header("Authorization");
            if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"triangulate\"");
                throw new ApiError(401, "a bearer token is required: Authorization: Bearer <token>");
            }
            byte[] given = h.substring(7).strip().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(given, token)) throw new ApiError(403, "the token is not valid");
        }

        /** One article in the jsonl shape of the interface. */
        static Article parseArticle(String json, String origin) {
            JsonNode n;
            try {
                n = Json.mapper().readTree(json);
            } catch (IOException e) {
                throw new IllegalArgumentException("not valid JSON");
            }
            if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
            String id = text(n, "id");
            if (id == null || id.isBlank()) throw new IllegalArgumentException("no \"id\"");
            String body = text(n, "text");
            if (body == null || body.isBlank()) throw new IllegalArgumentException("no \"text\" (or it is empty)");
            LocalDate published = null;
            String p = text(n, "published");
            if (p != null && !p.isBlank()) {
                try {
                    published = LocalDate.parse(p.length() >= 10 ? p.substring(0, 10) : p);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("\"published\" is not an ISO date: " + p);
                }
            }
            return new Article(id, text(n, "source"), text(n, "url"), text(n, "title"), published, text(n, "language"), body, origin);
        }

        private static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) return null;
            return v.isValueNode() ? v.asText() : null;
        }

        private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

        private static int intParam(Context ctx, String name, int dflt) {
            String v = ctx.queryParam(name);
            if (v == null || v.isBlank()) return dflt;
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new ApiError(400, name + " must be an integer, not '" + v + "'");
            }
        }

        private static double doubleParam(Context ctx, String name) {
            String v = ctx.queryParam(name);
            try {
                return Double.parseDouble(v.strip());
            } catch (RuntimeException e) {
                throw new ApiError(400, name + " must be a number, not '" + v + "'");
            }
        }

        private static LocalDate dateParam(Context ctx, String name) {
            String v = blankToNull(ctx.queryParam(name));
            if (v == null) return null;
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new ApiError(400, name + " must be a date YYYY-MM-DD, not '" + v + "'");
            }
        }
    }
}
