package io.triangulate.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A small checker of JSON values against the OpenAPI 3.0 schemas of a description: {@code $ref},
 * {@code allOf}, {@code type}, {@code nullable}, {@code required}, {@code properties}, {@code items},
 * {@code enum}. Returns the problems found, each with its JSON path.
 */
final class OpenApiChecker {
    private final JsonNode doc;

    OpenApiChecker(JsonNode doc) { this.doc = doc; }

    /** The schema of the {@code status} response of {@code method path} for application/json. */
    JsonNode responseSchema(String path, String method, int status) {
        JsonNode r = doc.path("paths").path(path).path(method).path("responses").path(Integer.toString(status));
        if (r.isMissingNode()) throw new AssertionError("openapi.json documents no " + status + " for " + method + " " + path);
        r = resolve(r);
        JsonNode s = r.path("content").path("application/json").path("schema");
        if (s.isMissingNode()) throw new AssertionError("no JSON schema for " + status + " of " + method + " " + path);
        return s;
    }

    List<String> check(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private JsonNode resolve(JsonNode n) {
        while (n.has("$ref")) {
            String ref = n.get("$ref").asText();
            if (!ref.startsWith("#/")) throw new AssertionError("unsupported $ref " + ref);
            JsonNode t = doc;
            for (String part : ref.substring(2).split("/")) t = t.path(part);
            if (t.isMissingNode()) throw new AssertionError("dangling $ref " + ref);
            n = t;
        }
        return n;
    }

    private void check(JsonNode v, JsonNode schema, String path, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            for (JsonNode s : schema.get("allOf")) check(v, s, path, problems);
            return;
        }
        if (v == null || v.isMissingNode()) {
            problems.add(path + ": missing");
            return;
        }
        if (v.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) problems.add(path + ": null but not nullable");
            return;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            default -> true;
        };
        if (!ok) {
            problems.add(path + ": expected " + type + ", got " + v.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.get("enum")) found |= e.equals(v);
            if (!found) problems.add(path + ": " + v + " not in " + schema.get("enum"));
        }
        if (v.isObject()) {
            for (JsonNode r : schema.path("required")) {
                if (!v.has(r.asText())) problems.add(path + ": required property '" + r.asText() + "' missing");
            }
            var props = schema.path("properties").fields();
            while (props.hasNext()) {
                var p = props.next();
                if (v.has(p.getKey())) check(v.get(p.getKey()), p.getValue(), path + "." + p.getKey(), problems);
            }
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) check(v.get(i), schema.get("items"), path + "[" + i + "]", problems);
        }
    }
}
