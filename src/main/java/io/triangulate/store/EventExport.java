package io.triangulate.store;

import com.fasterxml.jackson.core.JsonGenerator;
import io.triangulate.json.Json;
import io.triangulate.model.Event;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes stored events as JSON (the interface's event shape, {@code {"events": [...]}}), CSV (one row per
 * event, ACLED-like columns) or GeoJSON (a FeatureCollection, one Point feature per located event).
 */
public final class EventExport {
    /** The output formats. */
    public enum Format { JSON, CSV, GEOJSON }

    /** The CSV header. */
    public static final List<String> CSV_COLUMNS = List.of("event_id", "date", "type", "role", "actors", "country", "admin1",
            "location", "lat", "lon", "killed", "injured", "sources", "source_count", "story", "notes");

    private EventExport() {}

    /** Writes every event matching {@code query} (paging ignored) in {@code format}; returns how many. */
    public static int write(Store store, EventQuery query, Format format, Writer out) {
        return write(sink -> store.forEachEvent(query, sink), ids -> {
            Map<String, String> m = new HashMap<>();
            for (ArticleInfo ai : store.articleInfos(ids)) m.put(ai.id(), ai.source() != null ? ai.source() : ai.id());
            return m;
        }, format, out);
    }

    /**
     * Writes the given events (those of an {@code analyze} run, say) in {@code format}; returns how many.
     *
     * @param events   the events, in order
     * @param outletOf the outlet of each article id (for the CSV {@code sources} column), the id where unknown
     */
    public static int write(List<Event> events, Map<String, String> outletOf, Format format, Writer out) {
        return write(events::forEach, ids -> outletOf, format, out);
    }

    private static int write(Consumer<Consumer<Event>> events, Function<List<String>, Map<String, String>> outlets,
                             Format format, Writer out) {
        try {
            return switch (format) {
                case JSON -> json(events, out);
                case CSV -> csv(events, outlets, out);
                case GEOJSON -> geojson(events, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write events: " + e.getMessage(), e);
        }
    }

    private static int json(Consumer<Consumer<Event>> events, Writer out) throws IOException {
        return document(events, out, true, null, "events", (g, e) -> {
            Json.mapper().writeValue(g, e);
            return true;
        });
    }

    /** Writes what one event becomes in a JSON array; false when the event has no place there. */
    private interface Item {
        boolean write(JsonGenerator g, Event e) throws IOException;
    }

    /** One JSON object ({@code "type"} first when given) whose array field holds an item per event; the number written. */
    private static int document(Consumer<Consumer<Event>> events, Writer out, boolean pretty, String type, String arrayField,
                                Item item) throws IOException {
        int[] n = {0};
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            if (pretty) g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (type != null) g.writeStringField("type", type);
            g.writeArrayFieldStart(arrayField);
            events.accept(e -> {
                try {
                    if (item.write(g, e)) n[0]++;
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
        return n[0];
    }

    private static int csv(Consumer<Consumer<Event>> events, Function<List<String>, Map<String, String>> outlets, Writer out) throws IOException {
        out.write(String.join(",", CSV_COLUMNS));
        out.write("\r\n");
        Map<String, String> outlet = new HashMap<>();
        int[] n = {0};
        events.accept(e -> {
            List<String> missing = e.articles().stream().filter(a -> !outlet.containsKey(a)).toList();
            if (!missing.isEmpty()) outlet.putAll(outlets.apply(missing));
            Set<String> sources = new LinkedHashSet<>();
            for (String a : e.articles()) sources.add(outlet.getOrDefault(a, a));
            var loc = e.location();
            List<String> row = List.of(e.id(), str(e.date()), e.type() == null ? "" : e.type().name(), nz(e.role()),
                    String.join("; ", values(e, "actor")), loc == null ? "" : nz(loc.country()), loc == null ? "" : nz(loc.admin1()),
                    loc == null ? "" : nz(loc.name()), loc == null ? "" : String.format(Locale.ROOT, "%.5f", loc.lat()),
                    loc == null ? "" : String.format(Locale.ROOT, "%.5f", loc.lon()), str(e.killed()), str(e.injured()),
                    String.join("; ", sources), Integer.toString(e.articles().size()), nz(e.story()), notes(e));
            try {
                out.write(row.stream().map(EventExport::cell).collect(Collectors.joining(",")));
                out.write("\r\n");
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            n[0]++;
        });
        out.flush();
        return n[0];
    }

    private static int geojson(Consumer<Consumer<Event>> events, Writer out) throws IOException {
        return document(events, out, false, "FeatureCollection", "features", EventExport::feature);
    }

    private static boolean feature(JsonGenerator g, Event e) throws IOException {
        if (e.location() == null) return false;
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(e.location().lon());
        g.writeNumber(e.location().lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("id", e.id());
        g.writeStringField("story", e.story());
        g.writeStringField("role", e.role());
        g.writeStringField("type", e.type() == null ? null : e.type().name());
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        g.writeStringField("location", e.location().name());
        g.writeStringField("country", e.location().country());
        g.writeStringField("admin1", e.location().admin1());
        g.writeFieldName("killed");
        if (e.killed() == null) g.writeNull(); else g.writeNumber(e.killed());
        g.writeFieldName("injured");
        if (e.injured() == null) g.writeNull(); else g.writeNumber(e.injured());
        g.writeFieldName("articles");
        Json.mapper().writeValue(g, e.articles());
        g.writeFieldName("conflicts");
        Json.mapper().writeValue(g, e.facts().stream().filter(f -> f.status() == FactStatus.CONFLICT).map(Fact::field).toList());
        g.writeEndObject();
        g.writeEndObject();
        return true;
    }

    /** The open conflicts and revisions of an event, one clause each: "weapon: Katyusha rocket [a1] vs mortar shell [a2]". */
    static String notes(Event e) {
        List<String> notes = new ArrayList<>();
        for (Fact f : e.facts()) {
            if (f.status() != FactStatus.CONFLICT && f.status() != FactStatus.UPDATED) continue;
            String vals = f.values().stream().map(v -> label(v) + " [" + String.join(" ", v.articles()) + "]")
                    .collect(Collectors.joining(f.status() == FactStatus.CONFLICT ? " vs " : " then "));
            notes.add(f.field() + (f.status() == FactStatus.UPDATED ? " updated: " : ": ") + vals);
        }
        return String.join("; ", notes);
    }

    private static String label(FactValue v) {
        return (v.count() != null && !String.valueOf(v.count()).equals(v.value()) ? v.count() + " " : "") + nz(v.value());
    }

    private static List<String> values(Event e, String field) {
        List<String> out = new ArrayList<>();
        for (Fact f : e.facts()) {
            if (!f.field().equals(field)) continue;
            if (f.reconciled() != null) out.add(f.reconciled());
            else for (FactValue v : f.values()) if (v.value() != null) out.add(v.value());
        }
        return out;
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String cell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String str(Object o) { return o == null ? "" : o.toString(); }

    private static String nz(String s) { return s == null ? "" : s; }
}
