package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.status.StatusModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-status} on the five seed texts (18 gold meetings): the report, and the same model twice. */
class TrainStatusCommandTest {
    @TempDir
    Path dir;

    @Test
    void crossValidatesAndWritesTheSameModelTwice() throws Exception {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        CliTest.Run one = CliTest.run("train-status", "-q", "--gold", "src/test/resources/gold/seeds", "--folds", "5", "--out", a.toString(),
                "data/articles");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().startsWith("status examples: 18 gold meetings; "), one.out());
        assertTrue(one.out().contains("0 whose evidence is not in the text"), one.out());
        assertTrue(one.out().contains("cross-validation: 5 folds by article (seed 9), MAXENT_QN, 200 iterations, cutoff 2"), one.out());
        assertTrue(one.out().lines().anyMatch(l -> l.startsWith("rules ") && l.contains("/18 ")), one.out());
        assertTrue(one.out().lines().anyMatch(l -> l.startsWith("held/sched@0.70 ")), one.out());
        CliTest.Run two = CliTest.run("train-status", "-q", "--gold", "src/test/resources/gold/seeds", "--folds", "5", "--out", b.toString(),
                "data/articles");
        assertEquals(one.out().replace(a.toString(), b.toString()), two.out());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        try (InputStream in = Files.newInputStream(a)) {
            assertEquals(MeetingStatus.HELD, StatusModel.read(in).best(new String[] {"rule=held"}));
        }
    }

    @Test
    void usage() {
        assertEquals(2, CliTest.run("train-status", "data/articles").code(), "--gold is required");
        assertEquals(2, CliTest.run("train-status", "--gold", "src/test/resources/gold/seeds").code(), "articles are required");
        assertEquals(2, CliTest.run("train-status", "--gold", "x", "--folds", "many", "data/articles").code());
        assertEquals(2, CliTest.run("eval", "--gold", "src/test/resources/gold/seeds", "--status", "oracle", "data/articles").code());
    }
}
