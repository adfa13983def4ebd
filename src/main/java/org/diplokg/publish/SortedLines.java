package org.diplokg.publish;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lines sorted with duplicates removed, in memory up to a bound and on disk beyond it: full
 * buffers are sorted into run files and the runs merged when the lines are read back. The order is
 * {@link String#compareTo}, as {@link Canonical} sorts, so the output does not depend on the bound.
 * Lines must not hold a line break (N-Triples lines never do).
 */
final class SortedLines implements AutoCloseable {
    /**
     * How many lines a buffer holds before it goes to a run file: a dump keeps up to three such
     * buffers (a graph, the union, the objects), about 20 MB each in N-Triples.
     */
    static final int DEFAULT_BUFFER = 100_000;

    /** How many run files one merge reads at once; more runs are merged in stages, so open files stay bounded. */
    static final int DEFAULT_FAN_IN = 64;

    private final Path dir;
    private final int buffer;
    private final int fanIn;
    private final List<String> lines = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();

    /** @param dir where run files go (created when the first is needed, deleted by {@link #close}) */
    SortedLines(Path dir, int buffer) {
        this(dir, buffer, DEFAULT_FAN_IN);
    }

    SortedLines(Path dir, int buffer, int fanIn) {
        if (buffer < 1) throw new IllegalArgumentException("buffer must hold at least one line");
        if (fanIn < 2) throw new IllegalArgumentException("a merge reads at least two runs");
        this.dir = dir;
        this.buffer = buffer;
        this.fanIn = fanIn;
    }

    void add(String line) {
        lines.add(line);
        if (lines.size() >= buffer) spill();
    }

    /** Hands every distinct line to {@code out}, in order. */
    void drain(LineSink out) throws IOException {
        if (runs.isEmpty()) {
            for (String l : Canonical.sortedDistinct(lines)) out.accept(l);
            lines.clear();
            return;
        }
        if (!lines.isEmpty()) spill();
        while (runs.size() > fanIn) {
            // merge the oldest runs into one, until one merge can read them all
            List<Path> group = new ArrayList<>(runs.subList(0, fanIn));
            Path merged = Files.createTempFile(dir, "run-", ".nt");
            try (BufferedWriter w = Files.newBufferedWriter(merged, StandardCharsets.UTF_8)) {
                merge(group, LineSink.to(w));
            }
            runs.subList(0, fanIn).clear();
            runs.add(merged);
            for (Path p : group) Files.delete(p);
        }
        merge(runs, out);
    }

    /** The distinct lines of sorted run files, in order. */
    private static void merge(List<Path> files, LineSink out) throws IOException {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>();
            for (Path run : files) {
                BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(r);
                String first = r.readLine();
                if (first != null) heads.add(new Head(first, r));
            }
            String last = null;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (!h.line.equals(last)) out.accept(h.line);
                last = h.line;
                String next = h.reader.readLine();
                if (next != null) heads.add(new Head(next, h.reader));
            }
        } finally {
            IOException first = null;
            for (BufferedReader r : readers) {
                try {
                    r.close();
                } catch (IOException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        }
    }

    /** Sorts the buffer and writes it, distinct, to a new run file. */
    private void spill() {
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "run-", ".nt");
            runs.add(run);
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                LineSink toRun = LineSink.to(w);
                for (String l : Canonical.sortedDistinct(lines)) toRun.accept(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run in " + dir, e);
        }
        lines.clear();
    }

    /** How many run files the lines took (0: all in memory). */
    int runs() {
        return runs.size();
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) Files.deleteIfExists(run);
        runs.clear();
    }

    /** Receives lines in order. */
    @FunctionalInterface
    interface LineSink {
        void accept(String line) throws IOException;

        /** Each line to {@code w}, ended by a newline. */
        static LineSink to(java.io.Writer w) {
            return l -> {
                w.write(l);
                w.write('\n');
            };
        }
    }

    private record Head(String line, BufferedReader reader) implements Comparable<Head> {
        @Override
        public int compareTo(Head o) {
            return line.compareTo(o.line);
        }
    }
}
