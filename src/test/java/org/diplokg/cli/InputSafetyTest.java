package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.diplokg.article.Article;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.publish.TdbStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles are read only from regular files inside the folders given; odd entries are skipped with a message. */
class InputSafetyTest {
    static final String GOOD = "Talks in Tokyo\n\nSouth Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.\n";

    @TempDir
    Path dir;
    Path in;

    @BeforeEach
    void folder() throws Exception {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
    }

    static void mkfifo(Path p) throws Exception {
        Process pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assertEquals(0, pr.waitFor());
    }

    @Test
    void linksOutOfTheTreeFifosFoldersAndLoopsAreSkippedWithAMessage() throws Exception {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT met nobody.\n");
        Files.createSymbolicLink(in.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(in.resolve("secret.txt"), outside);
        Files.createSymbolicLink(in.resolve("loop1.txt"), in.resolve("loop2.txt"));
        Files.createSymbolicLink(in.resolve("loop2.txt"), in.resolve("loop1.txt"));
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve("good.txt"));
        Files.createDirectories(in.resolve("folder.txt"));
        mkfifo(in.resolve("fifo.txt"));
        Path out = dir.resolve("out.ttl");
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliTest.run("convert", "-q", "-o", out.toString(), in.toString()));
        assertEquals(1, r.code(), r.err());
        String ttl = Files.readString(out);
        assertFalse(ttl.contains("root:") || ttl.contains("TOP-SECRET"), "nothing outside the folder is read");
        assertTrue(ttl.contains("\"good\"") && ttl.contains("\"inside\""), "regular files and links inside the tree are read");
        for (String name : new String[] {"passwd.txt", "secret.txt", "loop1.txt", "loop2.txt", "folder.txt", "fifo.txt"}) {
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("error: " + in.resolve(name) + ": skipped: ")),
                    name + " is named on one line: " + r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aSidecarThatIsAFolderFailsOnlyItsArticle() throws Exception {
        Files.writeString(in.resolve("odd.txt"), GOOD);
        Files.createDirectories(in.resolve("odd.properties"));
        Path db = dir.resolve("db");
        CliTest.Run r = CliTest.run("publish", "-q", "--no-dumps", "--loc", db.toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(in.resolve("odd.properties") + ": the metadata file is a folder"), r.err());
        assertTrue(r.out().contains("published release 1: 1 added"), r.out());
        try (TdbStore store = TdbStore.openExisting(db)) {
            assertEquals(java.util.Set.of("good"), LeftOutTest.articleGraphs(store));
        }
    }

    @Test
    void aSidecarWithAByteOrderMarkKeepsPublished() throws Exception {
        Files.write(in.resolve("good.properties"), ("\uFEFFpublished=2025-07-11\ntitle=T\n").getBytes(StandardCharsets.UTF_8));
        Article a = new ArticleReader().read(in.resolve("good.txt"));
        assertEquals(LocalDate.of(2025, 7, 11), a.published().orElseThrow());
        assertEquals("T", a.title());
    }

    @Test
    void yearsOutOfRangeGiveAOneLineMessageNamingTheSidecarAndLine() throws Exception {
        for (String bad : new String[] {"+10000-01-01", "+1000000000-01-01", "0001-06-01", "-0044-03-15", "2025-02-30"}) {
            Files.writeString(in.resolve("good.properties"), "title=x\npublished=" + bad + "\n");
            ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(ArticleException.class,
                    () -> new ArticleReader().read(in.resolve("good.txt")), bad);
            assertEquals(in.resolve("good.properties") + ":2: 'published' must be a date like 2025-07-11 with a year from 1001 to 9998, not '"
                    + bad + "'", e.getMessage());
        }
        Files.writeString(in.resolve("good.properties"), "published=0001-06-01\n");
        Files.writeString(in.resolve("other.txt"), GOOD);
        CliTest.Run r = CliTest.run("convert", "-q", "-o", dir.resolve("o.ttl").toString(), in.toString());
        assertEquals(1, r.code());
        assertEquals(2, r.err().lines().count(), "one line for the article, one summary: " + r.err());
        assertTrue(r.err().startsWith("error: " + in.resolve("good.properties") + ":1: 'published' must be"), r.err());
    }
}
