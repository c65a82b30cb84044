package io.triangulate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.triangulate.json.Json;
import io.triangulate.model.Article;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * JSON Lines: one article per line, {@code {"id","text"}} plus optional {@code title}, {@code published},
 * {@code url}, {@code source}, {@code language}. Unknown fields are ignored. A line missing its id or text,
 * or with the wrong type for them, is rejected; a bad optional field is dropped with a warning and the
 * article kept.
 */
final class JsonlReader {
    private static final ObjectReader READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonlReader() {}

    static Article read(String json, String origin, Consumer<String> warn) throws BadInput {
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInput("invalid JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new BadInput("not a JSON object (a line must be {\"id\": ..., \"text\": ...})");
        }
        String id = id(node.get("id"));
        JsonNode t = node.get("text");
        if (t == null || t.isNull()) throw new BadInput("missing \"text\"");
        if (!t.isTextual()) throw new BadInput("\"text\" must be a string, not " + kind(t));
        String text = t.asText();
        if (Bytes.isBlank(text)) throw new BadInput("\"text\" is empty");
        String title = optionalString(node, "title", warn);
        String url = optionalString(node, "url", warn);
        String source = optionalString(node, "source", warn);
        String language = optionalString(node, "language", warn);
        if (language != null) {
            String l = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            int dash = l.indexOf('-');
            if (dash > 0) l = l.substring(0, dash);
            if (!l.matches("[a-z]{2,3}")) {
                warn.accept("\"language\" '" + language + "' is not an ISO 639-1 code, ignored");
                l = null;
            }
            language = l;
        }
        LocalDate published = null;
        String p = optionalString(node, "published", warn);
        if (p != null && !p.isBlank()) {
            published = Dates.parseIso(p);
            if (published == null) {
                warn.accept("\"published\" '" + p + "' is not an ISO date or date-time, kept without a date");
            }
        }
        return new Article(id, blankToNull(source), blankToNull(url), blankToNull(title), published, language,
                text.strip(), origin);
    }

    private static String id(JsonNode n) throws BadInput {
        if (n == null || n.isNull()) throw new BadInput("missing \"id\"");
        String id;
        if (n.isTextual()) id = n.asText();
        else if (n.isIntegralNumber()) id = n.asText();
        else throw new BadInput("\"id\" must be a string, not " + kind(n));
        if (id.isBlank()) throw new BadInput("\"id\" is empty");
        return id.strip();
    }

    private static String optionalString(JsonNode node, String field, Consumer<String> warn) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isTextual()) return n.asText();
        warn.accept("\"" + field + "\" must be a string, not " + kind(n) + ", ignored");
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case BINARY -> "binary";
            case NULL, MISSING -> "null";
        };
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
