package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standing bad-input campaign: every file of {@code cases/bad-input/} (listed with its
 * expected outcome in {@code cases.tsv}), and inputs that cannot be committed (symbolic links,
 * FIFOs, folders, unreadable and oversized files), each converted beside a good article. Each
 * bad one gives exactly one line naming its file (and line or byte where it applies), never a
 * stack trace or a raw library warning, and the good article is always converted.
 */
class BadInputTest {
    static final Path CASES = Path.of("src/test/resources/cases/bad-input");
    static final String TIMEOUT = "3";
    private static final Map<String, Integer> OUTCOMES = new TreeMap<>();
    private static long slowestMillis;

    /** A case: the file name in the input folder, how to make it, and what must happen. */
    record Case(String name, Maker maker, String expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        void make(Path in, Path outside) throws Exception;
    }

    static Stream<Case> cases() throws IOException {
        List<Case> all = new ArrayList<>();
        for (String line : Files.readAllLines(CASES.resolve("cases.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", 2);
            String name = f[0];
            all.add(new Case(name, (in, outside) -> {
                Files.copy(CASES.resolve(name), in.resolve(name));
                Path side = CASES.resolve(name.substring(0, name.length() - 4) + ".properties");
                if (Files.exists(side)) Files.copy(side, in.resolve(side.getFileName()));
            }, f[1]));
        }
        all.addAll(madeAtTestTime());
        return all.stream();
    }

    static List<Case> madeAtTestTime() {
        String outside = "error\t.txt\tskipped: a symbolic link to ";
        return List.of(
                new Case("link-etc-passwd.txt", (in, out) -> Files.createSymbolicLink(in.resolve("link-etc-passwd.txt"), Path.of("/etc/passwd")),
                        outside + "/etc/passwd, outside"),
                new Case("link-outside.txt", (in, out) -> Files.createSymbolicLink(in.resolve("link-outside.txt"),
                        Files.writeString(out.resolve("elsewhere.txt"), InputSafetyTest.GOOD)), outside),
                new Case("link-dev-zero.txt", (in, out) -> Files.createSymbolicLink(in.resolve("link-dev-zero.txt"), Path.of("/dev/zero")),
                        outside + "/dev/zero"),
                new Case("link-proc.txt", (in, out) -> Files.createSymbolicLink(in.resolve("link-proc.txt"), Path.of("/proc/self/environ")),
                        "error\t.txt\tskipped: a symbolic link to /proc/"),
                new Case("link-loop.txt", (in, out) -> {
                    Files.createSymbolicLink(in.resolve("link-loop.txt"), in.resolve("link-loop2.md"));
                    Files.createSymbolicLink(in.resolve("link-loop2.md"), in.resolve("link-loop.txt"));
                }, "error\t.txt\tskipped: a symbolic link that cannot be followed"),
                new Case("link-dangling.txt", (in, out) -> Files.createSymbolicLink(in.resolve("link-dangling.txt"), in.resolve("gone.txt")),
                        "error\t.txt\tskipped: a symbolic link to nothing"),
                new Case("fifo.txt", (in, out) -> InputSafetyTest.mkfifo(in.resolve("fifo.txt")),
                        "error\t.txt\tskipped: not a regular file (a FIFO, device or socket)"),
                new Case("folder.txt", (in, out) -> Files.createDirectories(in.resolve("folder.txt")),
                        "error\t.txt\tskipped: a folder, not a regular file"),
                new Case("sidecar-folder.txt", (in, out) -> {
                    Files.writeString(in.resolve("sidecar-folder.txt"), InputSafetyTest.GOOD);
                    Files.createDirectories(in.resolve("sidecar-folder.properties"));
                }, "error\t.properties\tthe metadata file is a folder"),
                new Case("sidecar-link-outside.txt", (in, out) -> {
                    Files.writeString(in.resolve("sidecar-link-outside.txt"), InputSafetyTest.GOOD);
                    Files.createSymbolicLink(in.resolve("sidecar-link-outside.properties"), Path.of("/etc/passwd"));
                }, "error\t.properties\tthe metadata file is a symbolic link to /etc/passwd"),
                new Case("huge-single-line.txt", (in, out) -> Files.writeString(in.resolve("huge-single-line.txt"),
                        "Talks " + "South Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba. ".repeat(30_000)),
                        "error\t.txt\tskipped: 2430006 bytes, over the limit of 2097152 bytes per article (--max-article-bytes)"),
                new Case("unreadable.txt", (in, out) -> {
                    Path p = Files.writeString(in.resolve("unreadable.txt"), InputSafetyTest.GOOD);
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
                }, "unreadable"));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadInputGivesOneLineAndTheOthersAreConverted(Case c) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(in.resolve("good.txt"), InputSafetyTest.GOOD);
        c.maker().make(in, outside);
        String expect = c.expect();
        if (expect.equals("unreadable")) {
            // as root every file is readable; otherwise the file is named with the reason
            expect = Files.isReadable(in.resolve(c.name())) ? "ok" : "error\t.txt\tcannot read: ";
        }
        Path out = tmp.resolve("out.ttl");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        CliTest.Run r;
        long t0 = System.nanoTime();
        System.setErr(new PrintStream(raw, true, StandardCharsets.UTF_8));
        try {
            r = CliTest.run("convert", "-q", "--article-timeout", TIMEOUT, "-o", out.toString(), in.toString());
        } finally {
            System.setErr(saved);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        synchronized (OUTCOMES) {
            slowestMillis = Math.max(slowestMillis, millis);
        }
        String libraryOutput = raw.toString(StandardCharsets.UTF_8);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace:\n" + r.err());
        assertFalse(libraryOutput.contains("WARN") || libraryOutput.contains("\tat "), "no raw library output:\n" + libraryOutput);
        assertTrue(Files.exists(out), "the good article is still converted:\n" + r.err());
        assertTrue(Files.readString(out).contains("\"good\""), "the good article is in the output");

        String base = c.name().substring(0, c.name().length() - 4);
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        List<String> others = r.err().lines().filter(l -> !l.startsWith("error: ") && !l.matches("\\d+ of \\d+ articles could not be converted.*"))
                .toList();
        assertEquals(List.of(), others, "only one-line errors and the summary on stderr");
        String outcome;
        if (expect.equals("ok")) {
            assertEquals(0, r.code(), r.err());
            assertEquals(List.of(), errors);
            outcome = "converted";
        } else if (expect.equals("ok|budget")) {
            if (r.code() == 0) {
                assertEquals(List.of(), errors);
                outcome = "converted";
            } else {
                assertEquals(1, errors.size(), r.err());
                assertTrue(errors.get(0).startsWith("error: " + in.resolve(c.name()) + ": skipped: converting it took longer than the limit of "
                        + TIMEOUT + " s"), errors.get(0));
                outcome = "cut by the deadline";
            }
        } else {
            String[] e = expect.split("\t", 3);
            assertEquals("error", e[0], expect);
            String file = in.resolve(base + e[1]).toString();
            assertEquals(1, r.code(), r.err());
            assertEquals(1, errors.size(), "exactly one line for the bad input:\n" + r.err());
            String msg = errors.get(0);
            assertTrue(msg.startsWith("error: " + file + ":"), "names the file " + file + ": " + msg);
            assertTrue(msg.substring(("error: " + file).length()).contains(e[2]), "expected '" + e[2] + "' in: " + msg);
            outcome = msg.contains("skipped:") ? "skipped with a message" : "refused with a message";
        }
        synchronized (OUTCOMES) {
            OUTCOMES.merge(outcome, 1, Integer::sum);
        }
    }

    @AfterAll
    static void figures() {
        int total = OUTCOMES.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("bad-input campaign: " + total + " cases passed: " + OUTCOMES + "; slowest run " + slowestMillis + " ms");
    }
}
