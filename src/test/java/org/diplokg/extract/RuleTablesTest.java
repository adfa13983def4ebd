package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.diplokg.extract.rules.DateRules;
import org.diplokg.extract.rules.StatusRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven tests of the named status and date rules: {@code cases/rules/*.tsv}, one case per line. */
class RuleTablesTest {
    private static Stream<String[]> rows(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/cases/rules", file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"));
    }

    static Stream<String[]> statusRows() throws IOException {
        return rows("status.tsv");
    }

    static Stream<String[]> dateRows() throws IOException {
        return rows("dates.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statusRows")
    void status(String text, String expected) {
        assertEquals(MeetingStatus.fromLabel(expected), StatusRules.decide(text, text, text, text), text);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("dateRows")
    void date(String text, String published, String status, String expected) {
        Optional<LocalDate> pub = published.equals("-") ? Optional.empty() : Optional.of(LocalDate.parse(published));
        Optional<DateRules.Found> d = DateRules.find(text, 0, text.length(), pub, MeetingStatus.fromLabel(status));
        assertEquals(expected, d.map(DateRules.Found::lexical).orElse("-"), text);
        d.ifPresent(f -> assertEquals(true, text.substring(f.span().begin(), f.span().end()).length() > 0));
    }
}
