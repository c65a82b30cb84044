package io.triangulate.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One measurement of the project against gold data in {@code ../shared/data}. Implementations read the
 * data at run time (it is never copied into the repository) and report every figure the issues name.
 */
public interface Evaluation {
    /** Short name used on the command line ({@code --only lgl}). */
    String name();

    /** What is measured, one line. */
    String description();

    /** Runs the measurement on the data directory (the folder holding gva/, ecbplus/, geo/, time/, event-types/). */
    EvalReport run(Path dataDir) throws IOException;
}
