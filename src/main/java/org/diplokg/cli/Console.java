package org.diplokg.cli;

import java.io.PrintStream;

import org.diplokg.pipeline.Progress;

/** Where a command writes: results to {@code out}, messages and progress to {@code err} (silenced by {@code -q}). */
final class Console {
    final PrintStream out;
    final PrintStream err;
    final boolean quiet;

    Console(PrintStream out, PrintStream err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    /** Progress as "label done/total (rate/s)" on stderr, or nothing when quiet. */
    Progress progress(String label) {
        if (quiet) return Progress.NONE;
        long start = System.nanoTime();
        return (done, total, item) -> {
            double secs = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            err.printf(java.util.Locale.ROOT, "%s %d/%d (%.1f/s) %s%n", label, done, total, done / secs, item);
        };
    }

    /** Inputs skipped because they are not articles (links out of the tree, FIFOs, folders...); they make the exit status 1. */
    int skippedInputs;

    /** Reports an input that was skipped, and remembers it for the exit status. */
    void skipped(String message) {
        skippedInputs++;
        err.println("error: " + message);
    }

    void info(String msg) {
        if (!quiet) err.println(msg);
    }
}
