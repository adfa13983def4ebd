package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.diplokg.lang.pattern.PatternException;
import org.junit.jupiter.api.Test;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.LangPatterns;

class LangPatternsTest {
    @Test
    void everyShippedPatternFileLoads() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/lang/en"))) {
            files = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".rules")).sorted().toList();
        }
        assertEquals(List.of("actors.rules", "boilerplate.rules", "clauses.rules", "dates.rules", "frames.rules", "gatherings.rules",
                "status.rules", "triggers.rules", "window.rules"), files);
        for (String f : files) assertFalse(LangPatterns.load("en", f).file().all().isEmpty(), f);
        assertFalse(Lexicon.words("en/abbreviations.txt").isEmpty());
        RuleFiles.check();
    }

    @Test
    void listsComeFromWordListsOrTheFirstColumnOfATable() {
        assertTrue(LangPatterns.list("en", "months").contains("Sept."));
        assertTrue(LangPatterns.list("en", "remote-contacts").contains("met virtually"));
        assertThrows(IllegalStateException.class, () -> LangPatterns.list("en", "no-such-list"));
    }

    @Test
    void aBrokenPatternFileIsNamedByFileAndLine() {
        PatternException e = assertThrows(PatternException.class, () -> LangPatterns.load("en", "../test-broken.rules"));
        assertTrue(e.getMessage().startsWith("/lang/en/../test-broken.rules:4: "), e.getMessage());
        assertThrows(PatternException.class, () -> LangPatterns.load("en", "no-such-file.rules"));
    }
}
