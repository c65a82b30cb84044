package io.triangulate.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db DIR} option shared by the store commands. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", description = "store directory (default: ./triangulate-data)")
    Path db = Path.of("triangulate-data");
}
