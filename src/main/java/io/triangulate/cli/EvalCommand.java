package io.triangulate.cli;

import io.triangulate.eval.EvalReport;
import io.triangulate.eval.Evaluation;
import io.triangulate.eval.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code triangulate eval}: runs every evaluation on the gold data and prints one table. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the pipeline against the gold data in ../shared/data and print one table.")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--data", description = "the gold data folder (default: ../shared/data)")
    Path data = Path.of("..", "shared", "data");

    @Option(names = "--only", split = ",", description = "run only these evaluations (by name)")
    Set<String> only;

    @Option(names = "--out", description = "also write the table as Markdown to this file")
    Path out;

    @Option(names = "--json", description = "also write every figure, unrounded, as JSON to this file")
    Path json;

    /** Every evaluation the project has, in the order the table shows them. */
    static List<Evaluation> evaluations() {
        List<Evaluation> all = new java.util.ArrayList<>();
        all.add(new io.triangulate.eval.PlaceEvaluation());
        all.add(new io.triangulate.eval.TimeEvaluation());
        all.add(new io.triangulate.eval.FigureEvaluation());
        all.add(new io.triangulate.eval.EventTypeEvaluation());
        all.add(new io.triangulate.eval.ArticleFieldsEvaluation());
        all.add(new io.triangulate.eval.GvaEvaluation());
        all.add(new io.triangulate.eval.EcbPlusEvaluation());
        all.add(new io.triangulate.eval.ReconcileEvaluation());
        all.add(new io.triangulate.eval.TextStagesEvaluation());
        return all;
    }

    @Override public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("triangulate: eval: no gold data at " + data.toAbsolutePath() + " (pass --data DIR)");
            return Main.NOTHING_PROCESSED;
        }
        List<EvalReport> reports = new ArrayList<>();
        for (Evaluation e : evaluations()) {
            if (only != null && !only.contains(e.name())) continue;
            System.err.println("eval: " + e.name() + " — " + e.description());
            long t0 = System.nanoTime();
            try {
                reports.add(e.run(data));
            } catch (Exception ex) {
                System.err.println("triangulate: eval " + e.name() + " failed: " + ex);
                return Main.NOTHING_PROCESSED;
            }
            System.err.printf(Locale.ROOT, "eval: %s done in %.1f s%n", e.name(), (System.nanoTime() - t0) / 1e9);
        }
        String table = table(reports);
        System.out.print(table);
        if (out != null) {
            String header = "# Evaluation\n\nWritten by `./triangulate eval --out " + out + "` on the gold data in `../shared/data`"
                    + " (" + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores). Every figure below"
                    + " comes from that one run; rerun the command to check it. *all* is the whole set, *tuning* the part rules were"
                    + " tuned on, *held-out* the fifth kept aside (`Split.heldOut`). Throughput and time figures depend on the"
                    + " machine's load.\n\n";
            Files.writeString(out, header + table, StandardCharsets.UTF_8);
        }
        if (json != null) writeJson(json, reports);
        return Main.OK;
    }

    /** Every report with its figures unrounded (the table shows three decimals), for checking a bound to the last digit. */
    static void writeJson(Path file, List<EvalReport> reports) throws java.io.IOException {
        new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), reports);
    }

    static String table(List<EvalReport> reports) {
        StringBuilder sb = new StringBuilder();
        sb.append("| evaluation | data | figure | all | tuning | held-out | target |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (EvalReport r : reports) {
            for (Metric m : r.metrics()) {
                sb.append("| ").append(r.evaluation()).append(" | ").append(r.data()).append(" | ").append(m.name())
                        .append(" | ").append(fmt(m.all(), m.unit())).append(" | ").append(fmt(m.tune(), m.unit()))
                        .append(" | ").append(fmt(m.heldOut(), m.unit())).append(" | ")
                        .append(m.target() == null ? "" : m.target()).append(" |\n");
            }
        }
        for (EvalReport r : reports) {
            if (r.notes().isEmpty()) continue;
            sb.append("\n**").append(r.evaluation()).append("**\n\n");
            for (String n : r.notes()) sb.append("- ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static String fmt(Double v, String unit) {
        if (v == null) return "";
        if (unit == null) return String.format(Locale.ROOT, "%.3f", v);
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, unit);
    }
}
