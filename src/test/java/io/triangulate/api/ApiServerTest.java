package io.triangulate.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;
import io.triangulate.model.Article;
import io.triangulate.store.Fixtures;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ApiServerTest {
    @TempDir Path dir;
    Store store;
    ApiServer server;
    OpenApiChecker checker;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach void start() throws Exception {
        store = Store.open(dir);
        Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
        for (Article a : Fixtures.articles()) ing.ingest(a);
        server = ApiServer.builder(store).ingestion(ing).token("s3cret").port(0).start();
        checker = new OpenApiChecker(get("/api/openapi.json").json);
    }

    @AfterEach void stop() {
        server.close();
        store.close();
    }

    record Reply(int status, JsonNode json, String body, HttpResponse<String> raw) {}

    Reply send(HttpRequest.Builder b) throws Exception {
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode j = null;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) j = Json.mapper().readTree(r.body());
        return new Reply(r.statusCode(), j, r.body(), r);
    }

    Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)));
    }

    Reply post(String body, String token) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b);
    }

    void conforms(Reply r, String path, String method) {
        assertNotNull(r.json, "JSON body for " + method + " " + path + ": " + r.body);
        List<String> problems = checker.check(r.json, checker.responseSchema(path, method, r.status));
        assertEquals(List.of(), problems, method + " " + path + " " + r.status + " vs openapi.json");
    }

    @Test void eventsListConformsAndFilters() throws Exception {
        Reply all = get("/api/events");
        assertEquals(200, all.status);
        conforms(all, "/api/events", "get");
        assertEquals(3, all.json.get("total").asInt());
        assertEquals(1, get("/api/events?country=CD").json.get("total").asInt());
        assertEquals(1, get("/api/events?near=36.3,43.1&radiusKm=30").json.get("total").asInt());
        assertEquals(1, get("/api/events?q=" + URLEncoder.encode("mortar shell", StandardCharsets.UTF_8)).json.get("total").asInt());
        assertEquals(2, get("/api/events?from=2024-03-12&to=2024-03-31").json.get("total").asInt());
        assertEquals(3, get("/api/events?type=ART_MISS_ATTACK").json.get("total").asInt());
        Reply page = get("/api/events?limit=2");
        assertEquals(2, page.json.get("events").size());
        Reply next = get("/api/events?limit=2&cursor=" + page.json.get("next").asText());
        assertEquals(1, next.json.get("events").size());
        assertTrue(next.json.get("next").isNull());
    }

    @Test void badParametersGiveJsonErrors() throws Exception {
        for (String q : List.of("limit=abc", "limit=0", "from=yesterday", "near=1", "near=a,b", "cursor=zzz", "from=2024-05-01&to=2024-01-01")) {
            Reply r = get("/api/events?" + q);
            assertEquals(400, r.status, q);
            conforms(r, "/api/events", "get");
        }
        Reply missing = get("/api/events/nope");
        assertEquals(404, missing.status);
        conforms(missing, "/api/events/{id}", "get");
        assertEquals(404, get("/api/nowhere").json.get("status").asInt());
    }

    @Test void eventStoryAndArticleConform() throws Exception {
        String id = get("/api/events?q=mortar").json.get("events").get(0).get("id").asText();
        Reply e = get("/api/events/" + id);
        assertEquals(200, e.status);
        conforms(e, "/api/events/{id}", "get");
        assertEquals(2, e.json.get("sources").size());
        assertEquals("conflict", e.json.get("facts").get(0).get("status").asText());

        Reply s = get("/api/stories/" + e.json.get("story").asText());
        conforms(s, "/api/stories/{id}", "get");
        assertEquals(2, s.json.get("articles").size());

        Reply a = get("/api/articles/mosul-a");
        conforms(a, "/api/articles/{id}", "get");
        String text = a.json.get("text").asText();
        JsonNode place = null;
        for (JsonNode f : a.json.get("facts")) if (f.get("kind").asText().equals("place")) place = f;
        assertNotNull(place);
        assertEquals("Mosul", text.substring(place.get("start").asInt(), place.get("end").asInt()));
        conforms(get("/api/articles?q=grenades"), "/api/articles", "get");
        assertEquals(1, get("/api/articles?q=grenades").json.get("articles").size());
        conforms(get("/api/articles/none"), "/api/articles/{id}", "get");
    }

    @Test void postNeedsTheTokenAndIngests() throws Exception {
        String body = "{\"id\":\"kirkuk-1\",\"text\":\"Three rockets hit Kirkuk airport, police said.\",\"published\":\"2024-04-01\",\"source\":\"Test Wire\"}";
        Reply none = post(body, null);
        assertEquals(401, none.status);
        conforms(none, "/api/articles", "post");
        Reply wrong = post(body, "guess");
        assertEquals(403, wrong.status);
        Reply ok = post(body, "s3cret");
        assertEquals(201, ok.status, ok.body);
        conforms(ok, "/api/articles", "post");
        assertEquals("stored", ok.json.get("status").asText());
        Reply again = post(body, "s3cret");
        assertEquals(200, again.status);
        assertEquals("duplicate", again.json.get("status").asText());
        assertEquals(4, get("/api/events").json.get("total").asInt());
        Reply bad = post("{\"id\":\"x\"}", "s3cret");
        assertEquals(400, bad.status);
        conforms(bad, "/api/articles", "post");
        Reply lines = post("{\"id\":\"l1\",\"text\":\"Two grenades in Goma.\",\"published\":\"2024-03-16\"}\n{\"id\":\"l2\",\"text\":\"Four rockets in Lyon.\"}", "s3cret");
        assertEquals(201, lines.status, lines.body);
        assertEquals(2, lines.json.get("results").size());
    }

    @Test void writesAreRefusedWithoutAConfiguredToken() throws Exception {
        try (ApiServer open = ApiServer.builder(store).port(0).start()) {
            var r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port() + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Authorization", "Bearer x"));
            assertEquals(403, r.status);
        }
    }

    @Test void servesThePageLeafletAndTheOfflineBasemap() throws Exception {
        Reply page = get("/");
        assertEquals(200, page.status);
        assertTrue(page.body.contains("<title>Triangulate"), page.body);
        assertTrue(page.raw.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").status);
        Reply map = get("/basemap/countries-110m.json");
        assertEquals(200, map.status);
        assertTrue(map.body.contains("\"Topology\""));
    }
}
