package org.diplokg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's test command must pass on a fresh machine: it is a script that installs what the
 * integration tests need and then runs Maven, CI calls exactly it, and every test that needs a
 * browser, rapper or a second Fuseki is an {@code *IT} run by failsafe after the install.
 */
class TestCommandTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** The first fenced shell block after "Run the tests" in the README. */
    static String readmeTestCommand() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher m = Pattern.compile("Run the tests[^\\n]*\\n+```sh\\n([^\\n]+)\\n```").matcher(readme);
        assertTrue(m.find(), "README has no 'Run the tests' block");
        return m.group(1).strip();
    }

    @Test
    void theReadmeCommandInstallsThenRunsMaven() throws IOException {
        String cmd = readmeTestCommand();
        assertEquals(".ci/install && ./mvnw -B verify", cmd);
        Path script = ROOT.resolve(".ci/install");
        assertTrue(Files.isExecutable(script), ".ci/install is not an executable file");
        String text = Files.readString(script);
        for (String pkg : List.of("chromium", "chromium-driver", "raptor2-utils", "curl", "apt-get", "sudo")) {
            assertTrue(text.contains(pkg), ".ci/install does not mention " + pkg);
        }
    }

    @Test
    void ciRunsExactlyTheReadmeCommand() throws IOException {
        String run = Files.readString(ROOT.resolve(".ci/run"));
        List<String> commands = run.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd ")).toList();
        assertEquals(List.of(readmeTestCommand()), commands);
    }

    @Test
    void testsNeedingABrowserRapperOrASecondFusekiAreIntegrationTests() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        assertTrue(pom.contains("<artifactId>maven-failsafe-plugin</artifactId>"), "failsafe runs the *IT tests");
        try (Stream<Path> s = Files.walk(ROOT.resolve("src/test/java"))) {
            for (Path f : s.filter(p -> p.toString().endsWith("Test.java") && !p.endsWith("TestCommandTest.java")).toList()) {
                String src = Files.readString(f);
                for (String tool : List.of("ChromeDriver", "rapperCount(", "fusekiServerJar")) {
                    assertTrue(!src.contains(tool), f.getFileName() + " uses " + tool + " but runs in the unit tests; name it *IT");
                }
            }
        }
    }
}
