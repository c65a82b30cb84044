package io.triangulate.cli;

import io.triangulate.bench.ApiLoadBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code triangulate bench-api}: load benchmark of the REST API on a synthetic store. */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = "Load-test the REST API: fill a store with synthetic records, serve it on loopback, and report "
                + "requests/s and latency percentiles for the events list and event pages under concurrent clients.")
public final class BenchApiCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", description = "synthetic articles to store (default: 100000)")
    int articles = 100_000;

    @Option(names = "--clients", paramLabel = "N", description = "concurrent clients (default: 16)")
    int clients = 16;

    @Option(names = "--seconds", paramLabel = "N", description = "seconds per scenario (default: 15)")
    int seconds = 15;

    @Option(names = "--warmup", paramLabel = "N", description = "warm-up seconds (default: 5)")
    int warmup = 5;

    @Option(names = "--db", paramLabel = "DIR", description = "store to fill (must be empty) or reuse (default: a temporary directory)")
    Path db;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        ApiLoadBench.Options o;
        try {
            o = new ApiLoadBench.Options(articles, clients, warmup, seconds, db);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ApiLoadBench.run(o, System.out, System.err);
        return Main.OK;
    }
}
