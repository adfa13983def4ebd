package org.diplokg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplokg.article.Article;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.diplokg.publish.Sources;
import org.diplokg.validate.ShaclGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
    private static Gazetteer gazetteer;
    private static List<Path> templates;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = GazetteerLoader.bundled();
        templates = SyntheticCorpus.templateFiles(SyntheticCorpus.DEFAULT_TEMPLATES);
    }

    @Test
    void theSameNumberGivesTheSameBytes() throws Exception {
        int n = templates.size() + 40;
        List<Path> a = new SyntheticCorpus(gazetteer, templates).write(n, dir.resolve("a"), Progress.NONE);
        List<Path> b = new SyntheticCorpus(gazetteer, templates).write(n, dir.resolve("b"), Progress.NONE);
        assertEquals(n, a.size());
        for (int i = 0; i < n; i++) {
            assertEquals(SyntheticCorpus.articleId(i) + ".txt", a.get(i).getFileName().toString());
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
            Path side = a.get(i).resolveSibling(SyntheticCorpus.articleId(i) + ".properties");
            assertArrayEquals(Files.readAllBytes(side), Files.readAllBytes(b.get(i).resolveSibling(side.getFileName())));
        }
        try (var s = Files.list(dir.resolve("a"))) {
            assertEquals(2L * n, s.count(), "a text and a sidecar per article, nothing else");
        }
    }

    @Test
    void variantsChangeNamesAndDatesAndStayReadable() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(gazetteer, templates);
        int t = corpus.templateCount();
        assertEquals(templates.size(), t);
        assertTrue(corpus.poolSizes().values().stream().allMatch(x -> x >= 5), corpus.poolSizes().toString());
        List<Path> files = corpus.write(3 * t, dir, Progress.NONE);
        ArticleReader reader = new ArticleReader();
        int textDiffers = 0;
        int dateDiffers = 0;
        Set<String> texts = new HashSet<>();
        for (int i = t; i < 3 * t; i++) {
            Article copy = reader.read(files.get(i));
            Article first = reader.read(files.get(i % t));
            assertTrue(copy.published().isPresent(), "every sidecar has a date");
            assertTrue(copy.published().get().isBefore(LocalDate.of(2026, 1, 1)));
            if (!copy.text().equals(first.text())) textDiffers++;
            if (!copy.published().equals(first.published())) dateDiffers++;
            texts.add(copy.text());
        }
        // entity swaps are drawn with probability 1/2 each, dates shifted by 0..3649 days
        assertTrue(textDiffers > 1.5 * t, "texts varied: " + textDiffers + " of " + 2 * t);
        assertTrue(dateDiffers > 1.9 * t, "dates varied: " + dateDiffers + " of " + 2 * t);
        assertTrue(texts.size() > 1.5 * t, "distinct texts: " + texts.size());
        // the first T articles are the templates themselves, with a generated sidecar
        assertEquals(reader.read(templates.get(0)).text(), reader.read(files.get(0)).text());
    }

    @Test
    void fullDatesInTheTextMoveWithThePublicationDate() {
        assertEquals("met on January 2, 2024 and on 30 December 2023.",
                SyntheticCorpus.shiftDates("met on January 12, 2024 and on 9 January 2024.", 10));
        assertEquals("no date here", SyntheticCorpus.shiftDates("no date here", 10));
    }

    @Test
    void theBenchPrintsEveryFigureBesideItsReference() throws Exception {
        Gazetteer g = gazetteer;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ScaleBench bench = new ScaleBench(new ScaleBench.Setup(() -> new Pipeline(g), ShaclGate.bundled(), Sources.bundled()),
                out, s -> { }, label -> Progress.NONE);
        List<Path> few = new ArrayList<>(templates.subList(0, 3));
        bench.run(new SyntheticCorpus(g, few), 4, dir.resolve("w"), 1);
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (String line : List.of("== 4 articles (from 3 templates", "convert, 1 thread:", "reference RIOT parse+write", "first publish:",
                "reference tdb2 basic loader on the same", "one-article change:", "0 added, 1 changed, 0 removed",
                "unchanged re-publish:", "compacting and dumping as every publish did before", "; unchanged)")) {
            assertTrue(text.contains(line), line + " in\n" + text);
        }
        assertNotEquals(-1, text.indexOf("4 converted, 0 left out"), text);
    }
}
