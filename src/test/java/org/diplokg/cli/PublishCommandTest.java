package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diplokg.publish.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish, dump and compact from the command line, with their exit codes and messages. */
class PublishCommandTest {
    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void publishTwiceIsIdempotentAndAChangeMakesANewRelease(@TempDir Path tmp) throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        String loc = tmp.resolve("db").toString();
        String dumps = tmp.resolve("dumps").toString();
        CliTest.Run first = run("publish", "-q", "--loc", loc, "--dumps", dumps, corpus.dir().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("published release 1: 5 added, 0 changed, 0 removed"), first.out());
        assertTrue(first.out().contains("dumped release 1"), first.out());
        String sums = Files.readString(tmp.resolve("dumps/SHA256SUMS"));

        CliTest.Run second = run("publish", "-q", "--loc", loc, "--dumps", dumps, corpus.dir().toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().contains("stays at release 1"), second.out());
        assertEquals(sums, Files.readString(tmp.resolve("dumps/SHA256SUMS")), "same release, same bytes");

        corpus.touchFirst();
        CliTest.Run third = run("publish", "-q", "--loc", loc, "--dumps", dumps, corpus.dir().toString());
        assertEquals(0, third.code(), third.err());
        assertTrue(third.out().contains("published release 2: 0 added, 1 changed, 0 removed"), third.out());
        assertTrue(Files.exists(tmp.resolve("dumps/diplokg-2.ttl")));

        CliTest.Run compact = run("compact", "--loc", loc);
        assertEquals(0, compact.code(), compact.err());
        assertTrue(compact.out().startsWith("compacted "), compact.out());
        CliTest.Run dump = run("dump", "-q", "--loc", loc, "-o", tmp.resolve("again").toString());
        assertEquals(0, dump.code(), dump.err());
        assertEquals(Files.readString(tmp.resolve("dumps/SHA256SUMS")), Files.readString(tmp.resolve("again/SHA256SUMS")));
    }

    /** Shapes every article fails: each must have a property none has. */
    private static Path strictShapes(Path dir) throws java.io.IOException {
        Path shapes = dir.resolve("strict.ttl");
        Files.writeString(shapes, """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                <https://example.org/strict> a sh:NodeShape ; sh:targetClass dkg:Article ;
                   sh:property [ sh:path dkg:neverThere ; sh:minCount 1 ; sh:message "needs dkg:neverThere" ] .
                """);
        return shapes;
    }

    @Test
    void aReleaseFailingShaclExitsOneWithAReportAndLeavesTheStore(@TempDir Path tmp) throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        String loc = tmp.resolve("db").toString();
        assertEquals(0, run("publish", "-q", "--no-dumps", "--loc", loc, corpus.dir().toString()).code());
        Path shapes = strictShapes(tmp);
        CliTest.Run unchangedButStricter = run("publish", "-q", "--no-dumps", "--loc", loc, "--shapes", shapes.toString(),
                "--report", tmp.resolve("r0.ttl").toString(), corpus.dir().toString());
        assertEquals(1, unchangedButStricter.code(), "other shapes mean the unchanged articles are checked again: "
                + unchangedButStricter.out());
        corpus.touchFirst();
        Path report = tmp.resolve("report.ttl");
        CliTest.Run bad = run("publish", "-q", "--no-dumps", "--loc", loc, "--shapes", shapes.toString(), "--report", report.toString(),
                corpus.dir().toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("needs dkg:neverThere"), bad.err());
        assertTrue(Files.size(report) > 0);
        CliTest.Run again = run("publish", "-q", "--no-dumps", "--loc", loc, corpus.dir().toString());
        assertTrue(again.out().contains("published release 2: 0 added, 1 changed"), "the store was left at release 1: " + again.out());
    }

    @Test
    void aChangeIsValidatedScopedUnlessTheWholeCheckIsAsked(@TempDir Path tmp) throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        String loc = tmp.resolve("db").toString();
        CliTest.Run first = run("publish", "--loc", loc, corpus.dir().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("validated the whole new state"), "nothing conformed before the first release: " + first.err());
        corpus.touchFirst();
        CliTest.Run scoped = run("publish", "--loc", loc, corpus.dir().toString());
        assertEquals(0, scoped.code(), scoped.err());
        assertTrue(scoped.err().contains("validated 1 article graph(s) alone and "), scoped.err());
        assertTrue(scoped.err().contains("--full-validation validates the whole state"), scoped.err());
        corpus.touchFirst();
        CliTest.Run full = run("publish", "--full-validation", "--loc", loc, corpus.dir().toString());
        assertEquals(0, full.code(), full.err());
        assertTrue(full.out().contains("published release 3: 0 added, 1 changed"), full.out());
        assertTrue(full.err().contains("validated the whole new state"), full.err());
    }

    @Test
    void validateChecksAStoreFromItsRecordOrInFull(@TempDir Path tmp) throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        String loc = tmp.resolve("db").toString();
        assertEquals(0, run("publish", "-q", "--loc", loc, corpus.dir().toString()).code());
        CliTest.Run recorded = run("validate", "--loc", loc);
        assertEquals(0, recorded.code(), recorded.err());
        assertTrue(recorded.out().contains("conforms: release 1 of " + loc + " was validated against these shapes"), recorded.out());
        CliTest.Run whole = run("validate", "--loc", loc, "--full");
        assertEquals(0, whole.code(), whole.err());
        assertTrue(whole.out().matches("(?s)conforms: release 1 of .*, \\d+ triples in \\d+ graphs validated in full\\s*"), whole.out());
        // other shapes than those the release was validated against: the record says nothing of them, so every graph is checked
        Path shapes = strictShapes(tmp);
        Path report = tmp.resolve("report.ttl");
        CliTest.Run other = run("validate", "--loc", loc, "--shapes", shapes.toString(), "--report", report.toString());
        assertEquals(1, other.code(), other.out());
        assertTrue(other.err().contains("5 SHACL violation(s) in release 1"), other.err());
        assertTrue(Files.size(report) > 0);
        assertEquals(2, run("validate", "--loc", loc, "x.ttl").code(), "files or a store, not both");
        CliTest.Run none = run("validate", "--loc", tmp.resolve("nothing").toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("no such store"), none.err());
    }

    @Test
    void oldReleasesDumpsArePrunedKeepingTheNewest(@TempDir Path tmp) throws Exception {
        Corpus corpus = Corpus.copy(tmp.resolve("articles"));
        String loc = tmp.resolve("db").toString();
        Path dumps = tmp.resolve("dumps");
        for (int release = 1; release <= 3; release++) {
            if (release > 1) corpus.touchFirst();
            CliTest.Run r = run("publish", "-q", "--no-compact", "--keep-dumps", "2", "--loc", loc, "--dumps", dumps.toString(),
                    corpus.dir().toString());
            assertEquals(0, r.code(), r.err());
        }
        java.util.List<String> left;
        try (java.util.stream.Stream<Path> s = Files.list(dumps)) {
            left = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(java.util.List.of("SHA256SUMS", "diplokg-2.nt.gz", "diplokg-2.trig", "diplokg-2.ttl", "diplokg-3.nt.gz",
                "diplokg-3.trig", "diplokg-3.ttl", "void.ttl"), left);
        assertEquals(5, org.diplokg.publish.DumpFiles.DEFAULT_KEEP);
        assertEquals(2, run("publish", "--keep-dumps", "0", "--loc", loc, corpus.dir().toString()).code());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path tmp) throws Exception {
        assertEquals(2, run("publish", "--loc", "x", "--to", "http://localhost:1/ds").code());
        assertEquals(2, run("publish", "--to", "ftp://localhost:1/ds").code());
        Path notStore = Files.createDirectories(tmp.resolve("notstore"));
        Files.writeString(notStore.resolve("readme.txt"), "mine");
        CliTest.Run refused = run("publish", "-q", "--loc", notStore.toString(), "data/articles");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("not a DiploKG store"), refused.err());
        assertEquals(2, run("publish", "--to", "http://localhost:1/ds", "--user", "u").code());
        CliTest.Run missing = run("dump", "--loc", tmp.resolve("nothing").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such store"), missing.err());
    }
}
