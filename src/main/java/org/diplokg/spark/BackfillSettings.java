package org.diplokg.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.diplokg.pipeline.Budget;

/**
 * What the backfill job is asked to do; sent to the executors with the tasks, so it holds only
 * names and numbers, never the pipeline itself.
 *
 * @param inputs        folders (or files) of {@code *.txt} articles, or table files or folders
 * @param format        {@code txt} (articles with sidecars), {@code parquet} or {@code json} (JSON Lines) of
 *                      {@code id, text, title, source, published}
 * @param output        the folder written (must not exist)
 * @param partitions    how many partitions the articles are split into (0: four per core)
 * @param resolve       whether to run the resolve stage (meetings across articles, blocked by states and time)
 * @param gazetteer     a gazetteer folder, or null for the bundled one
 * @param shapes        a SHACL shapes file, or null for the bundled shapes
 * @param maxBytes      the article size limit
 * @param deadlineMillis the per-article conversion limit
 */
public record BackfillSettings(List<String> inputs, String format, String output, int partitions, boolean resolve,
                               String gazetteer, String shapes, long maxBytes, long deadlineMillis) implements Serializable {
    public static final List<String> FORMATS = List.of("txt", "parquet", "json");

    public BackfillSettings {
        inputs = List.copyOf(inputs);
        if (!FORMATS.contains(format)) throw new IllegalArgumentException("--format takes one of " + FORMATS + ", not '" + format + "'");
    }

    /** Defaults for the given inputs and output: text articles, bundled gazetteer and shapes, the default budget. */
    public static BackfillSettings of(List<Path> inputs, Path output) {
        return new BackfillSettings(inputs.stream().map(Path::toString).toList(), "txt", output.toString(), 0, false, null, null,
                Budget.DEFAULT.maxBytes(), Budget.DEFAULT.deadline().toMillis());
    }

    public BackfillSettings withPartitions(int n) {
        return new BackfillSettings(inputs, format, output, n, resolve, gazetteer, shapes, maxBytes, deadlineMillis);
    }

    public BackfillSettings withResolve(boolean r) {
        return new BackfillSettings(inputs, format, output, partitions, r, gazetteer, shapes, maxBytes, deadlineMillis);
    }

    public BackfillSettings withShapes(String file) {
        return new BackfillSettings(inputs, format, output, partitions, resolve, gazetteer, file, maxBytes, deadlineMillis);
    }

    public BackfillSettings withFormat(String f) {
        return new BackfillSettings(inputs, f, output, partitions, resolve, gazetteer, shapes, maxBytes, deadlineMillis);
    }

    public BackfillSettings withOutput(String dir) {
        return new BackfillSettings(inputs, format, dir, partitions, resolve, gazetteer, shapes, maxBytes, deadlineMillis);
    }

    Budget budget() {
        return new Budget(maxBytes, Duration.ofMillis(deadlineMillis));
    }

    /** What the per-executor state depends on: the same key, the same pipeline, gate and sources. */
    String conversionKey() {
        return gazetteer + "\n" + shapes + "\n" + maxBytes + "\n" + deadlineMillis;
    }
}
