package io.triangulate.cli;

import io.triangulate.store.EventExport;
import io.triangulate.store.EventQuery;
import io.triangulate.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code triangulate events}: the stored events as JSON, CSV or GeoJSON on standard output. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Print the stored events: JSON (the analyze event shape), CSV (one row per event) or GeoJSON (one feature per located event).")
public final class EventsCommand implements Callable<Integer> {
    @Mixin StoreOptions store = new StoreOptions();

    @Option(names = "--format", paramLabel = "json|csv|geojson", description = "output format (default: json)")
    String format = "json";

    @Option(names = "--since", paramLabel = "DATE", description = "only events on or after this day (YYYY-MM-DD)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only events on or before this day (YYYY-MM-DD)")
    String until;

    @Option(names = "--query", paramLabel = "TEXT", description = "full-text search over places, values and evidence")
    String query;

    @Option(names = "--type", paramLabel = "TYPE", description = "only this event type")
    String type;

    @Option(names = "--country", paramLabel = "CC", description = "only this country (ISO 3166-1 alpha-2)")
    String country;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        EventExport.Format f;
        try {
            f = EventExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be json, csv or geojson, not '" + format + "'");
        }
        EventQuery q;
        try {
            q = EventQuery.builder().from(date("--since", since)).to(date("--until", until)).text(query).type(type).country(country).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isRegularFile(store.db.resolve(Store.FILE))) {
            System.err.println("triangulate: " + store.db + ": no store here (run 'triangulate ingest --db " + store.db + " PATH...' first)");
            return Main.NOTHING_PROCESSED;
        }
        // standard output is flushed, never closed
        Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        try (Store s = Store.open(store.db)) {
            int n = EventExport.write(s, q, f, out);
            System.err.println("triangulate: " + n + " event" + (n == 1 ? "" : "s"));
        } finally {
            out.flush();
        }
        return Main.OK;
    }

    private LocalDate date(String option, String v) {
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }
}
