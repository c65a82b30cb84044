package io.triangulate.cli;

import io.triangulate.Triangulate;
import io.triangulate.ingest.IngestResult;
import io.triangulate.ingest.Ingestor;
import io.triangulate.ingest.InputFormat;
import io.triangulate.json.Json;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.ArticleSummary;
import io.triangulate.store.EventExport;
import io.triangulate.model.Warning;
import io.triangulate.reconcile.Policy;
import io.triangulate.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code triangulate analyze}: articles in, stories and reconciled events out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Group articles that report the same event into stories, extract the events and reconcile what the sources say.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--format", description = "json, text (side-by-side table of sources and fields), csv (one row per event, ACLED-like columns) or geojson (one feature per located event); default: json")
    String format = "json";

    @Option(names = "--input-format", description = "auto, text, jsonl, html or feed (default: auto, by extension; URLs by content)")
    String inputFormat = "auto";

    @Option(names = "--policy", description = "which figure wins where sources differ: latest (default) or conservative (ACLED's lowest figure)")
    String policy = "latest";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories (read recursively) or - for standard input")
    List<String> paths;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        if (!List.of("json", "text", "csv", "geojson").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be json, text, csv or geojson, not '" + format + "'");
        }
        InputFormat in;
        Policy p;
        try {
            in = InputFormat.parse(inputFormat);
            p = Policy.valueOf(policy.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage().startsWith("No enum")
                    ? "--policy must be latest or conservative, not '" + policy + "'" : e.getMessage());
        }
        IngestResult read = Ingestor.create().readAll(paths, in);
        for (Warning w : read.warnings()) System.err.println("triangulate: " + w.input() + ": " + w.message());
        if (read.articles().isEmpty()) {
            System.err.println("triangulate: no article could be read");
            return Main.NOTHING_PROCESSED;
        }
        AnalysisResult result = Triangulate.builder().policy(p).build().analyze(read.articles(), read.warnings());
        for (int i = read.warnings().size(); i < result.warnings().size(); i++) {
            Warning w = result.warnings().get(i);
            System.err.println("triangulate: " + w.input() + ": " + w.message());
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        switch (format) {
            case "json" -> out.print(Json.pretty(result) + "\n");
            case "text" -> out.print(TextReport.render(result));
            default -> {
                Map<String, String> outlets = new HashMap<>();
                for (ArticleSummary a : result.articles()) outlets.put(a.id(), a.source() != null ? a.source() : a.id());
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                EventExport.write(result.events(), outlets, EventExport.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT)), w);
                try {
                    w.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        out.flush();
        return result.articles().isEmpty() ? Main.NOTHING_PROCESSED : Main.OK;
    }
}
