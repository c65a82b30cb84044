package io.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;
import io.triangulate.model.Article;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readers for the gold data sets used by the grouping evaluations (read at run time, never copied). */
public final class GoldData {
    private GoldData() {}

    /** A GVA article with its gold incidents. */
    public record GvaArticle(Article article, List<String> incidents) {
        public String incident() { return incidents.get(0); }
    }

    /** A GVA incident as the archive records it; lat/lon/killed/injured nullable. */
    public record GvaIncident(String id, LocalDate date, String state, String city, String address,
                              Integer killed, Integer injured, Double lat, Double lon) {}

    /** An ECB+ document with its topic and gold event. */
    public record EcbDocument(Article article, String topic, String event) {}

    public static List<GvaArticle> gvaArticles(Path dataDir) throws IOException {
        Path p = dataDir.resolve("gva").resolve("articles.jsonl");
        List<GvaArticle> out = new ArrayList<>();
        int line = 0;
        for (JsonNode n : lines(p)) {
            line++;
            if (n == null) continue;
            List<String> inc = new ArrayList<>();
            n.path("incidents").forEach(x -> inc.add(x.asText()));
            String text = n.path("text").asText("");
            if (text.isBlank()) text = n.path("title").asText(""); // a few articles kept only their title
            if (inc.isEmpty() || text.isBlank()) continue;
            LocalDate pub = date(n.path("published").asText(null));
            out.add(new GvaArticle(new Article(n.path("id").asText(), n.path("source").asText(null),
                    n.path("url").asText(null), n.path("title").asText(null), pub, "en", text, p + ":" + line), inc));
        }
        return out;
    }

    public static Map<String, GvaIncident> gvaIncidents(Path dataDir) throws IOException {
        Map<String, GvaIncident> out = new LinkedHashMap<>();
        for (JsonNode n : lines(dataDir.resolve("gva").resolve("incidents.jsonl"))) {
            if (n == null) continue;
            String id = n.path("incident").asText();
            out.put(id, new GvaIncident(id, date(n.path("date").asText(null)), n.path("state").asText(null),
                    n.path("city").asText(null), n.path("address").asText(null), integer(n.get("killed")),
                    integer(n.get("injured")), number(n.get("lat")), number(n.get("lon"))));
        }
        return out;
    }

    /**
     * ECB+ documents. Those of the {@code …ecbplus} half begin with their URL, title and date lines: the
     * title becomes the article title, the date (read leniently from the first lines) its publication date,
     * and the text keeps what follows. The {@code …ecb} half has no metadata.
     */
    public static List<EcbDocument> ecbplus(Path dataDir) throws IOException {
        Path p = dataDir.resolve("ecbplus").resolve("ecbplus.jsonl");
        List<EcbDocument> out = new ArrayList<>();
        int line = 0;
        for (JsonNode n : lines(p)) {
            line++;
            if (n == null) continue;
            String id = n.path("id").asText();
            String text = n.path("text").asText("");
            if (text.isBlank()) continue;
            String title = null;
            LocalDate pub = null;
            String[] ls = text.split("\n", -1);
            if (ls.length > 2 && ls[0].startsWith("http")) {
                title = ls[1].trim();
                int body = 2;
                for (int i = 2; i < Math.min(ls.length, 5) && pub == null; i++) {
                    pub = LenientDate.find(ls[i]);
                    if (pub != null) body = i + 1;
                }
                text = String.join("\n", java.util.Arrays.copyOfRange(ls, body, ls.length));
                if (text.isBlank()) text = title;
            }
            out.add(new EcbDocument(new Article(id, null, ls[0].startsWith("http") ? ls[0].trim() : null, title, pub,
                    "en", text, p + ":" + line), n.path("topic").asText(), n.path("event").asText()));
        }
        return out;
    }

    private static List<JsonNode> lines(Path p) throws IOException {
        if (!Files.isRegularFile(p)) throw new IOException(p + ": no such file");
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String l;
            int no = 0;
            while ((l = r.readLine()) != null) {
                no++;
                if (l.isBlank()) continue;
                try {
                    out.add(Json.mapper().readTree(l));
                } catch (IOException e) {
                    System.err.println("triangulate: " + p + ":" + no + ": skipped: not valid JSON");
                    out.add(null);
                }
            }
        }
        return out;
    }

    static LocalDate date(String s) {
        if (s == null || s.length() < 10) return null;
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode n) { return n == null || n.isNull() ? null : n.asInt(); }

    private static Double number(JsonNode n) { return n == null || n.isNull() || !n.isNumber() ? null : n.asDouble(); }

    /** Reads a date from a dateline written in one of the common English styles. */
    static final class LenientDate {
        private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
        private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
        private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})");
        private static final Pattern NUM = Pattern.compile("\\b(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{2,4})\\b");
        private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

        static LocalDate find(String s) {
            try {
                Matcher m = MDY.matcher(s);
                if (m.find()) return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1).toLowerCase().substring(0, 3)) + 1, Integer.parseInt(m.group(2)));
                m = DMY.matcher(s);
                if (m.find()) return LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2).toLowerCase().substring(0, 3)) + 1, Integer.parseInt(m.group(1)));
                m = NUM.matcher(s);
                if (m.find()) {
                    int y = Integer.parseInt(m.group(3));
                    if (y < 100) y += 2000;
                    return LocalDate.of(y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
            } catch (RuntimeException e) {
                return null;
            }
            return null;
        }
    }
}
