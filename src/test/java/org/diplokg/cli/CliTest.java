package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("convert", "--no-such-option").code());
        assertEquals(2, run("validate").code());
        assertEquals(2, run("eval").code(), "--gold is required");
        assertEquals(2, run("serve", "--port", "eighty").code());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : Main.commands().keySet()) {
            Run r = run((c + " --help").split(" "));
            assertEquals(0, r.code(), c);
            assertTrue(r.out().contains("usage: java -jar diplokg.jar " + c), c + ": " + r.out());
        }
    }

    @Test
    void convertOnTwoThreadsWritesTheBytesOfOne() throws Exception {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("b.ttl");
        String events = "src/test/resources/corpus/events/articles";
        Run one = run("convert", "-q", "--threads", "1", "-o", a.toString(), "data/articles", events);
        Run two = run("convert", "-q", "--threads", "2", "-o", b.toString(), "data/articles", events);
        assertEquals(one.code(), two.code());
        assertEquals(one.err(), two.err());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(Files.size(a) > 100_000);
        assertEquals(2, run("convert", "-q", "--threads", "0").code());
        assertEquals(2, run("convert", "-q", "--threads", "two").code());
    }

    @Test
    void convertIsDeterministicAndValid() throws Exception {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("b.ttl");
        assertEquals(0, run("convert", "-q", "-o", a.toString()).code());
        assertEquals(0, run("convert", "-q", "-o", b.toString(), "data/articles").code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Model m = RDFDataMgr.loadModel(a.toString());
        assertTrue(m.size() > 500);
        Run v = run("validate", a.toString());
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("conforms"));
    }

    @Test
    void progressGoesToStderrUnlessQuiet() throws Exception {
        Run loud = run("convert", "-o", dir.resolve("x.ttl").toString());
        assertTrue(loud.err().contains("converted 5/5"), loud.err());
        Run quiet = run("convert", "-q", "-o", dir.resolve("y.ttl").toString());
        assertFalse(quiet.err().contains("converted"), quiet.err());
    }

    @Test
    void oneBadArticleDoesNotStopTheOthers() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Secretary of State Marco Rubio met Japan's Foreign Minister Takeshi Iwaya in Tokyo.\n");
        Files.write(in.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
        Path out = dir.resolve("out.ttl");
        Run r = run("convert", "-q", "-o", out.toString(), in.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.txt") && r.err().contains("UTF-8"), r.err());
        Model m = RDFDataMgr.loadModel(out.toString());
        assertTrue(m.listSubjectsWithProperty(m.createProperty("https://w3id.org/diplokg/ontology#status")).hasNext());
    }

    @Test
    void strictViolationPublishesNothingAndNamesTheArticle() throws Exception {
        Path shapes = dir.resolve("strict.ttl");
        Files.writeString(shapes, """
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                <http://example.org/shape> a sh:NodeShape ; sh:targetClass dkg:DiplomaticMeeting ;
                  sh:property [ sh:path dkg:participatingState ; sh:minCount 5 ;
                                sh:message "Test rule: five states needed." ] .
                """);
        Path out = dir.resolve("out.ttl");
        Path report = dir.resolve("report.ttl");
        Run r = run("convert", "-q", "--strict", "--shapes", shapes.toString(), "--report", report.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertFalse(Files.exists(out), "with --strict nothing is published on a violation");
        assertTrue(r.err().contains("(article 002_1ae532e356957e87): Test rule: five states needed."), r.err());
        Model rep = RDFDataMgr.loadModel(report.toString());
        assertTrue(rep.size() > 10);
    }

    @Test
    void evalPrintsTheFiguresAndExitsZero() {
        Run r = run("eval", "-q", "--gold", "src/test/resources/gold/seeds", "data/articles", "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("meeting precision"), r.out());
        assertTrue(r.out().contains("people F1"), r.out());
        assertTrue(r.out().contains("002_1ae532e356957e87"), r.out());
    }

    @Test
    void twoArticlesWithOneIdentifierAreRefusedByName() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(a.resolve("same.txt"), "Secretary of State Marco Rubio met Japan's Foreign Minister Takeshi Iwaya in Tokyo.\n");
        Files.writeString(b.resolve("same.txt"), "President Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo.\n");
        Path out = dir.resolve("out.ttl");
        Run r = run("convert", "-q", "-o", out.toString(), a.toString(), b.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("'same' is already used by " + a.resolve("same.txt")), r.err());
        Model m = RDFDataMgr.loadModel(out.toString());
        assertEquals(1, m.listObjectsOfProperty(m.createProperty("http://purl.org/dc/terms/title")).toList().size());
    }

    @Test
    void hostOtherThanLoopbackOrWildcardIsAUsageError() {
        assertEquals(2, run("serve", "--host", "10.1.2.3", "--port", "0").code());
    }

    @Test
    void validateNamesAMissingFileAndBenchNeedsRounds() {
        Run r = run("validate", dir.resolve("nosuch.ttl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nosuch.ttl: no such file"), r.err());
        assertEquals(2, run("bench", "-q", "--rounds", "0").code());
        assertEquals(2, run("bench", "-q", "--synthetic", "0").code());
        assertEquals(2, run("bench", "-q", "--synthetic", "ten").code());
        assertEquals(2, run("bench", "-q", "--synthetic", "5", dir.toString()).code(), "no templates in an empty folder");
    }

    @Test
    void benchCorpusOnlyWritesTheArticlesAndMeasuresNothing() throws Exception {
        assertEquals(2, run("bench", "-q", "--synthetic", "3", "--corpus-only").code(), "--corpus-only needs --work");
        assertEquals(2, run("bench", "-q", "--corpus-only", "--work", dir.resolve("w0").toString()).code(), "--corpus-only needs --synthetic");
        Path work = dir.resolve("work");
        Run r = run("bench", "-q", "--synthetic", "3", "--corpus-only", "--work", work.toString());
        assertEquals(0, r.code(), r.err());
        try (var files = Files.list(work.resolve("n3").resolve("articles"))) {
            assertEquals(List.of("syn-000000.properties", "syn-000000.txt", "syn-000001.properties", "syn-000001.txt",
                    "syn-000002.properties", "syn-000002.txt"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertFalse(r.out().contains("convert, 1 thread"), "nothing is measured: " + r.out());
    }

    @Test
    void brokenShapesFileIsNamedBeforeAnyConversion() throws Exception {
        Path shapes = dir.resolve("broken.ttl");
        Files.writeString(shapes, "this is not turtle\n");
        Run r = run("convert", "--shapes", shapes.toString(), "-o", dir.resolve("o.ttl").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("broken.ttl: not usable as SHACL shapes"), r.err());
        assertFalse(r.err().contains("converted 1/"), "shapes are checked before articles are converted");
    }

    @Test
    void evalEventsScoresTheGroupingOfReportsIntoMeetings() {
        Run r = run("eval", "-q", "--events", "src/test/resources/cases/events/events.json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("events: 6 gold meetings (3 reported by two or more texts), 11 gold reports, 11 found, "
                + "6 predicted meetings"), r.out());
        assertTrue(r.out().contains("grouping of found reports: B-cubed precision 1.000  recall 1.000  F1 1.000"), r.out());
        assertTrue(r.out().contains("grouping of all gold reports (unfound as singletons): B-cubed precision 1.000  recall 1.000  F1 1.000"),
                r.out());
        assertTrue(r.out().contains("current status of multi-report meetings: 3/3 right (1.000)"), r.out());
        assertEquals(2, run("eval", "-q").code(), "eval needs --gold or --events");
    }
}
