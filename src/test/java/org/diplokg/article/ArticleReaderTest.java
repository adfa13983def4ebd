package org.diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void plainTextArticleUsesBaseNameAndFirstLine() throws Exception {
        Path p = write("007_abc.txt", "\n  Leaders meet in Paris  \nThe leaders met.\n");
        Article a = new ArticleReader().read(p);
        assertEquals("007_abc", a.id());
        assertEquals("Leaders meet in Paris", a.title());
        assertTrue(a.published().isEmpty());
        assertTrue(a.source().isEmpty());
    }

    @Test
    void sidecarGivesTitleSourceAndDate() throws Exception {
        Path p = write("a.txt", "First line\nBody.\n");
        write("a.properties", "title=Real title\nsource=https://example.org/news/1\npublished=2025-07-11\n");
        Article a = new ArticleReader().read(p);
        assertEquals("Real title", a.title());
        assertEquals("https://example.org/news/1", a.source().orElseThrow());
        assertEquals(LocalDate.of(2025, 7, 11), a.published().orElseThrow());
    }

    @Test
    void badDateInSidecarNamesFileAndLine() throws Exception {
        Path p = write("b.txt", "Text.\n");
        write("b.properties", "title=x\npublished=11 July\n");
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader().read(p));
        assertTrue(e.getMessage().contains("b.properties:2"), e.getMessage());
        assertTrue(e.getMessage().contains("published"), e.getMessage());
    }

    @Test
    void invalidUtf8IsReportedWithTheFile() throws Exception {
        Path p = dir.resolve("c.txt");
        Files.write(p, new byte[] {'O', 'k', (byte) 0xC3, (byte) 0x28, '\n'});
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader().read(p));
        assertTrue(e.getMessage().contains("c.txt") && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void scrapingJunkIsNotContent() throws Exception {
        String text = String.join("\n",
                "Title line",
                "No time to read?",
                "Get a summary",
                "Leaders met in Paris.",
                "| Also Read: Something else entirely |",
                "Also Read: Another teaser",
                "Previous Article",
                "",
                "Unrelated headline about sport",
                "Next Article",
                "Another unrelated headline");
        Article a = new ArticleReader().read(write("d.txt", text));
        List<String> lines = a.content().stream().map(a::cover).toList();
        assertEquals(List.of("Title line", "Leaders met in Paris."), lines);
    }

    @Test
    void expandListsTxtFilesSortedAndRejectsMissingPaths() throws Exception {
        write("b.txt", "x");
        write("a.txt", "y");
        write("notes.md", "z");
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), ArticleReader.expand(List.of(dir)));
        ArticleException e = assertThrows(ArticleException.class, () -> ArticleReader.expand(List.of(dir.resolve("missing"))));
        assertTrue(e.getMessage().contains("missing"));
        assertFalse(ArticleReader.expand(List.of(dir)).isEmpty());
    }

    @Test
    void sourceMustBeAValidIri() throws Exception {
        Path p = write("e.txt", "Text.\n");
        write("e.properties", "source=https://example.org/a>b\"c{d}\n");
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader().read(p));
        assertTrue(e.getMessage().contains("e.properties:1"), e.getMessage());
    }

    @Test
    void invalidUtf8NamesTheLine() throws Exception {
        Path p = dir.resolve("f.txt");
        Files.write(p, new byte[] {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28});
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader().read(p));
        assertTrue(e.getMessage().contains("f.txt:3"), e.getMessage());
    }
}
