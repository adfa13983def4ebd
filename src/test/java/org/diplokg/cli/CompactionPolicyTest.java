package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diplokg.publish.Corpus;
import org.diplokg.publish.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publish compacts only when the garbage passes the threshold, and writes dumps only when asked. */
class CompactionPolicyTest {
    @TempDir
    Path tmp;

    private static CliTest.Run publish(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "publish";
        System.arraycopy(args, 0, all, 1, args.length);
        CliTest.Run r = CliTest.run(all);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    /** The store's figures, and that they match a count of its quads. */
    private static TdbStore.Garbage figures(Path loc) throws Exception {
        try (TdbStore s = TdbStore.openExisting(loc)) {
            TdbStore.Garbage g = s.garbage();
            assertEquals(s.dataset().calculateRead(() -> s.dataset().stream().count()), g.quads(), "quads held");
            return g;
        }
    }

    private static String generation(Path loc) throws Exception {
        try (TdbStore s = TdbStore.openExisting(loc)) {
            return s.generation();
        }
    }

    @Test
    void smallChangesLeaveTheStoreUncompactedUntilTheThreshold() throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        Path loc = tmp.resolve("db");
        Path cwdDumps = Path.of("diplokg-dumps");
        boolean hadDumps = Files.exists(cwdDumps);
        CliTest.Run first = publish("--loc", loc.toString(), corpus.dir().toString());
        assertFalse(first.err().contains("compacted "), first.err());
        assertTrue(first.err().contains("dumps not written: run dump"), first.err());
        assertEquals(hadDumps, Files.exists(cwdDumps), "no dumps unless asked");
        assertEquals("Data-0001", generation(loc));
        TdbStore.Garbage g1 = figures(loc);
        assertEquals(0, g1.written(), "a first load leaves no garbage");

        corpus.touchFirst();
        CliTest.Run second = publish("--loc", loc.toString(), corpus.dir().toString());
        assertTrue(second.err().contains("not compacted: "), second.err());
        assertEquals("Data-0001", generation(loc));
        TdbStore.Garbage g2 = figures(loc);
        assertTrue(g2.written() > 100 && g2.ratio() < 0.5, g2.toString());

        // the same change again on the same store, now with a threshold it passes
        Files.writeString(corpus.files().get(0), "\nIt rained.\n", java.nio.file.StandardOpenOption.APPEND);
        CliTest.Run third = publish("--loc", loc.toString(), "--compact-threshold", "0.001", corpus.dir().toString());
        assertTrue(third.err().contains("compacted " + loc + ": Data-0001 -> Data-0002"), third.err());
        assertEquals(0, figures(loc).written(), "compaction leaves no garbage");

        Files.writeString(corpus.files().get(0), "\nIt snowed.\n", java.nio.file.StandardOpenOption.APPEND);
        CliTest.Run never = publish("--loc", loc.toString(), "--no-compact", "--compact-threshold", "0", corpus.dir().toString());
        assertFalse(never.err().contains("compacted"), never.err());
        assertTrue(figures(loc).written() > 0);

        CliTest.Run compact = CliTest.run("compact", "--loc", loc.toString());
        assertEquals(0, compact.code(), compact.err());
        assertEquals("Data-0003", generation(loc));
        assertEquals(2, CliTest.run("publish", "--compact-threshold", "-1", "--loc", loc.toString()).code());
    }
}
