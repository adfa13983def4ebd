package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.diplokg.publish.Corpus;
import org.diplokg.publish.GraphNames;
import org.diplokg.publish.StoreState;
import org.diplokg.publish.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments during {@code publish} (a separate JVM running the shaded
 * jar): after every kill the store opens and holds the old release or the new one, never a mix
 * (its named graphs are exactly those its release record lists, for the articles of that
 * release), and the next publish (the next trial's, and a last one at the end) completes.
 * 30 trials in the build; {@code bench/crash.sh} runs a longer campaign (system properties
 * {@code diplokg.crash.trials} and {@code diplokg.crash.seed}).
 */
class CrashIT {
    static final int TRIALS = Integer.getInteger("diplokg.crash.trials", 30);
    static final long SEED = Long.getLong("diplokg.crash.seed", 20261130L);

    @Test
    void aPublishKilledAtAnyMomentLeavesTheOldOrTheNewRelease(@TempDir Path tmp) throws Exception {
        Path jar = Path.of("target", "diplokg.jar");
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built in the package phase");
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        Path spare = Files.createDirectories(tmp.resolve("spare"));
        Path db = tmp.resolve("db");
        String[] publish = {"publish", "-q", "--loc", db.toString(), "--no-dumps", corpus.dir().toString()};
        String[] complete = {"publish", "-q", "--loc", db.toString(), "--no-dumps", "--no-compact", corpus.dir().toString()};
        assertEquals(0, CliTest.run(publish).code());
        // how long a whole publish of one change takes in its own JVM, so the kills spread over its second half
        change(corpus.dir(), spare, new Random(1), 2);
        long t0 = System.nanoTime();
        Process whole = start(jar, publish, tmp.resolve("publish-0.log"));
        assertEquals(0, whole.waitFor(), "an uninterrupted publish succeeds");
        long full = (System.nanoTime() - t0) / 1_000_000;
        long measured = full;
        int release = 2;
        Set<String> published = ids(corpus.dir());
        Random random = new Random(SEED);
        int old = 0;
        int fresh = 0;
        for (int trial = 1; trial <= TRIALS; trial++) {
            change(corpus.dir(), spare, random, trial);
            Set<String> wanted = ids(corpus.dir());
            Process p = start(jar, publish, tmp.resolve("publish-" + trial + ".log"));
            long delay = (long) (full * (0.35 + 0.75 * random.nextDouble()));
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            int exit = p.waitFor();
            if (finished) assertEquals(0, exit, "trial " + trial + ": a publish that ended by itself succeeded: "
                    + Files.readString(tmp.resolve("publish-" + trial + ".log")));
            try (TdbStore store = TdbStore.openExisting(db)) {
                StoreState s = store.state();
                String where = "trial " + trial + " (killed after " + delay + " ms" + (finished ? ", had finished" : "") + ")";
                assertTrue(s.release() == release || s.release() == release + 1, where + ": release " + s.release());
                Set<Node> graphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
                store.dataset().executeRead(() -> store.dataset().listGraphNodes().forEachRemaining(graphs::add));
                graphs.remove(GraphNames.RELEASES);
                assertEquals(s.checksums().keySet(), graphs, where + ": the named graphs are exactly those the release records");
                Set<String> articles = articleIds(graphs);
                assertEquals(s.release() == release ? published : wanted, articles, where + ": the articles of one release");
                if (s.release() == release) {
                    old++;
                    // a kill before the commit leaves the next publish more to do: later kills wait longer
                    full = full * 5 / 4;
                } else {
                    fresh++;
                    release = s.release();
                    published = wanted;
                    full = Math.max(200, full * 9 / 10);
                }
            }
            // the next trial's publish starts from whatever this kill left, and must complete it
        }
        CliTest.Run last = CliTest.run(complete);
        assertEquals(0, last.code(), "a publish after the last kill completes: " + last.err());
        try (TdbStore store = TdbStore.openExisting(db)) {
            Set<Node> graphs = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
            store.dataset().executeRead(() -> store.dataset().listGraphNodes().forEachRemaining(graphs::add));
            assertEquals(ids(corpus.dir()), articleIds(graphs), "after it the store has the input");
        }
        System.out.println("crash test (seed " + SEED + "): " + TRIALS + " kill -9 during publish (a whole one took " + measured + " ms): " + old
                + " left the old release, " + fresh + " the new one; every next publish completed");
        assertEquals(TRIALS, old + fresh);
        assertTrue(old > 0 && fresh > 0, "the kills fell both before and after the commit");
    }

    static Process start(Path jar, String[] publish, Path log) throws java.io.IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        cmd.addAll(List.of(publish));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Alternately edits an article, withdraws one, and brings one back. */
    static void change(Path dir, Path spare, Random random, int trial) throws Exception {
        List<Path> files = txt(dir);
        switch (trial % 3) {
            case 0 -> {
                Path f = files.get(random.nextInt(files.size()));
                Files.move(f, spare.resolve(f.getFileName()));
            }
            case 1 -> {
                List<Path> back = txt(spare);
                if (!back.isEmpty()) Files.move(back.get(0), dir.resolve(back.get(0).getFileName()));
                Path f = txt(dir).get(random.nextInt(txt(dir).size()));
                Files.writeString(f, "\nThe weather was mild on day " + trial + ".\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
            default -> {
                Path f = files.get(random.nextInt(files.size()));
                Files.writeString(f, "\nTalks went on for " + trial + " hours.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
    }

    static List<Path> txt(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static Set<String> ids(Path dir) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (Path p : txt(dir)) ids.add(p.getFileName().toString().replaceFirst("\\.txt$", ""));
        return ids;
    }

    static Set<String> articleIds(Set<Node> graphs) {
        Set<String> ids = new TreeSet<>();
        String prefix = "https://w3id.org/diplokg/graph/article/";
        for (Node g : graphs) if (g.getURI().startsWith(prefix)) ids.add(g.getURI().substring(prefix.length()));
        return ids;
    }
}
