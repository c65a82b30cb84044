package io.triangulate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code triangulate} command line. Results go to standard output, everything else to standard error. */
@Command(name = "triangulate", mixinStandardHelpOptions = true, version = "triangulate 0.1.0",
        description = "News articles in, reconciled event records out.",
        subcommands = {
                CommandLine.HelpCommand.class,
                AnalyzeCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                PlacesCommand.class,
                EventsCommand.class,
                TimesCommand.class,
                ClassifyCommand.class,
                BenchApiCommand.class,
                FiguresCommand.class,
                IngestCommand.class,
                WatchCommand.class,
                ServeCommand.class,
        })
public final class Main implements Runnable {
    /** Exit status: at least one input processed. */
    public static final int OK = 0;
    /** Exit status: no input could be processed. */
    public static final int NOTHING_PROCESSED = 1;
    /** Exit status: the command line is wrong. */
    public static final int USAGE = 2;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : NOTHING_PROCESSED);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("triangulate: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'triangulate " + ex.getCommandLine().getCommandName() + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("triangulate: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("TRIANGULATE_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return NOTHING_PROCESSED;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
