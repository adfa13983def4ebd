package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-article-bytes and --article-timeout: an article over its budget is named with the reason; the rest is converted. */
class BudgetCliTest {
    @TempDir
    Path dir;

    @Test
    void adversarialArticlesAreCutByTheirBudgetAndTheOthersConverted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), InputSafetyTest.GOOD);
        // the slow shape the campaign found: 1.7 MB of sentences that begin with "He" (several seconds however fast the extractor gets)
        Files.writeString(in.resolve("he.txt"), "Talks\n\n" + "He met Japanese Prime Minister Shigeru Ishiba in Tokyo. ".repeat(30000));
        // over 2 MB: not even read
        Files.writeString(in.resolve("huge.txt"), "Talks\n\n" + "x".repeat(2 * 1024 * 1024 + 1));
        Path out = dir.resolve("out.ttl");
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("convert", "-q", "--article-timeout", "2", "-o", out.toString(), in.toString());
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, r.code(), r.err());
        assertTrue(secs < 60, "cut by the budget, took " + secs + " s");
        assertTrue(r.err().contains(in.resolve("he.txt") + ": skipped: converting it took longer than the limit of 2 s"), r.err());
        assertTrue(r.err().contains(in.resolve("huge.txt") + ": skipped: 2097160 bytes, over the limit of 2097152 bytes"), r.err());
        assertTrue(Files.readString(out).contains("\"good\""));
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void badBudgetsAreUsageErrors() {
        assertEquals(2, CliTest.run("convert", "--max-article-bytes", "lots").code());
        assertEquals(2, CliTest.run("convert", "--max-article-bytes", "0").code());
        assertEquals(2, CliTest.run("convert", "--article-timeout", "-1").code());
    }
}
