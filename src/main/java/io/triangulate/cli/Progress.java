package io.triangulate.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on standard error: a redrawn bar with rate and ETA on a terminal, a plain line
 * every few seconds otherwise (logs, pipes, CI).
 */
final class Progress {
    private final PrintStream err;
    private final String what;
    private final long total;
    private final boolean terminal;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long last = start;
    private long done;
    private boolean drawn;

    Progress(PrintStream err, String what, long total, boolean terminal) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 200_000_000L : 5_000_000_000L;
    }

    /** A reporter on System.err, drawing a bar when standard error is a terminal. */
    static Progress onStderr(String what, long total) {
        boolean tty = isTerminal() && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        return new Progress(System.err, what, total, tty);
    }

    /** Whether the console is a terminal: {@code Console.isTerminal()} where the JDK has it (22+), else a console exists. */
    static boolean isTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Counts {@code n} more done. */
    synchronized void step(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - last >= intervalNanos) {
            last = now;
            draw(now, false);
        }
    }

    /** Prints the final state. */
    synchronized void finish(String summary) {
        if (drawn || done > 0) draw(System.nanoTime(), true);
        if (terminal && drawn) err.print('\n');
        if (summary != null) err.println("triangulate: " + summary);
        err.flush();
    }

    String line(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        String eta = total > 0 && rate > 0 && done < total ? duration((total - done) / rate) : "-";
        if (total > 0) {
            int pct = (int) Math.min(100, done * 100 / total);
            if (terminal) {
                int width = 30, fill = (int) (width * Math.min(1.0, (double) done / total));
                return String.format(Locale.ROOT, "%s [%s%s] %3d%% %d/%d  %.1f/s  ETA %s", what, "#".repeat(fill),
                        " ".repeat(width - fill), pct, done, total, rate, eta);
            }
            return String.format(Locale.ROOT, "triangulate: %s %d/%d (%d%%), %.1f/s, elapsed %s, ETA %s", what, done, total, pct,
                    rate, duration(secs), eta);
        }
        return String.format(Locale.ROOT, "triangulate: %s %d, %.1f/s, elapsed %s", what, done, rate, duration(secs));
    }

    private void draw(long now, boolean last) {
        String l = line(now);
        if (terminal) {
            err.print("\r" + l + "\u001b[K");
        } else if (!last) {
            err.println(l);
        }
        err.flush();
        drawn = true;
    }

    static String duration(double secs) {
        long s = Math.round(secs);
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
