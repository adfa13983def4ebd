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

    private final Path dir;
    private final int buffer;
    private final List<String> lines = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();

    /** @param dir where run files go (created when the first is needed, deleted by {@link #close}) */
    SortedLines(Path dir, int buffer) {
        if (buffer < 1) throw new IllegalArgumentException("buffer must hold at least one line");
        this.dir = dir;
        this.buffer = buffer;
    }

    void add(String line) {
        lines.add(line);
        if (lines.size() >= buffer) spill();
    }

    /** Hands every distinct line to {@code out}, in order. */
    void drain(LineSink out) throws IOException {
        if (runs.isEmpty()) {
            lines.sort(null);
            String last = null;
            for (String l : lines) {
                if (!l.equals(last)) out.accept(l);
                last = l;
            }
            lines.clear();
            return;
        }
        if (!lines.isEmpty()) spill();
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>();
            for (Path run : runs) {
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
            for (BufferedReader r : readers) r.close();
        }
    }

    /** Sorts the buffer and writes it, distinct, to a new run file. */
    private void spill() {
        lines.sort(null);
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "run-", ".nt");
            runs.add(run);
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                String last = null;
                for (String l : lines) {
                    if (l.equals(last)) continue;
                    w.write(l);
                    w.write('\n');
                    last = l;
                }
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
    }

    private record Head(String line, BufferedReader reader) implements Comparable<Head> {
        @Override
        public int compareTo(Head o) {
            return line.compareTo(o.line);
        }
    }
}
