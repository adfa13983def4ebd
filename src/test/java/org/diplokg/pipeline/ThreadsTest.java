package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.SeedCorpus;
import org.diplokg.article.ArticleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting on several threads gives what one thread gives, in the same order, failures included. */
class ThreadsTest {
    @TempDir
    Path dir;

    private List<Path> files() throws Exception {
        List<Path> files = new ArrayList<>(ArticleReader.expand(List.of(Path.of("src/test/resources/corpus/events/articles"))).subList(0, 14));
        Path empty = Files.writeString(dir.resolve("ev_00_empty.txt"), "   \n");
        files.add(3, empty);
        // the same identifier from another folder: refused, whichever thread converts it
        Path other = Files.createDirectories(dir.resolve("other"));
        Path dup = Files.copy(files.get(5), other.resolve(files.get(5).getFileName()));
        files.add(9, dup);
        files.addAll(ArticleReader.expand(List.of(Path.of("data/articles"))));
        return files;
    }

    @Test
    void twoAndThreeThreadsGiveTheBytesOfOne() throws Exception {
        List<Path> files = files();
        Pipeline p = new Pipeline(SeedCorpus.gazetteer());
        Batch one = p.threads(1).run(files, Progress.NONE);
        assertEquals(2, one.failures().size(), one.failures().toString());
        assertTrue(one.failures().get(1).message().contains("is already used by"), one.failures().get(1).message());
        byte[] oneBytes = turtle(one);
        for (int n : new int[] {2, 3}) {
            List<Integer> steps = new ArrayList<>();
            Batch many = p.threads(n).run(files, (done, total, item) -> steps.add(done));
            assertEquals(one.results().stream().map(r -> r.article().id()).toList(),
                    many.results().stream().map(r -> r.article().id()).toList());
            assertEquals(one.failures(), many.failures());
            for (int i = 0; i < one.results().size(); i++) {
                assertTrue(one.results().get(i).graph().isIsomorphicWith(many.results().get(i).graph()));
            }
            assertArrayEquals(oneBytes, turtle(many), n + " threads");
            assertEquals(files.size(), steps.size());
            for (int i = 0; i < steps.size(); i++) assertEquals(i + 1, steps.get(i), "progress in order");
        }
    }

    @Test
    void convertHandsBackEveryOutcomeInOrder() throws Exception {
        List<Path> files = files();
        List<Path> seen = new ArrayList<>();
        List<Boolean> ok = new ArrayList<>();
        new Pipeline(SeedCorpus.gazetteer()).threads(2).convert(files, Progress.NONE, c -> {
            seen.add(c.file());
            ok.add(c.result() != null);
        });
        assertEquals(files, seen);
        assertEquals(false, ok.get(3), "the empty article");
        assertEquals(true, ok.get(9), "convert itself does not look for duplicate identifiers");
    }

    private static byte[] turtle(Batch b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, b.union(), RDFFormat.TURTLE_PRETTY);
        return out.toByteArray();
    }
}
