package org.diplokg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.diplokg.SeedCorpus;
import org.diplokg.extract.MeetingExtractor;
import org.diplokg.extract.RuleBasedExtractor;
import org.diplokg.link.GazetteerLinker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each article has a size and time budget; one over it is reported and skipped, the others go on. */
class BudgetTest {
    static final String GOOD = "Talks in Tokyo\n\nSouth Korean President Lee Jae Myung met Japanese Prime Minister Shigeru Ishiba in Tokyo.\n";

    @TempDir
    Path dir;

    static volatile long spins;

    /** Never returns for articles named spin*, and does not look at interrupts: the worst case. */
    static List<org.diplokg.extract.Meeting> spin() {
        while (true) {
            spins++;
        }
    }

    @Test
    void anArticleOverTheDeadlineIsSkippedAndItsWorkerStopped() throws Exception {
        RuleBasedExtractor rules = new RuleBasedExtractor(SeedCorpus.gazetteer());
        MeetingExtractor extractor = a -> a.id().startsWith("spin") ? spin() : rules.extract(a);
        Pipeline p = new Pipeline(extractor, new GazetteerLinker(SeedCorpus.gazetteer()), new Budget(1 << 20, Duration.ofMillis(700)));
        Path spin = Files.writeString(dir.resolve("spin.txt"), GOOD);
        Path good = Files.writeString(dir.resolve("xgood.txt"), GOOD);
        long t0 = System.nanoTime();
        Batch b = p.run(List.of(spin, good), Progress.NONE);
        assertTrue((System.nanoTime() - t0) / 1e9 < 30, "the deadline cuts the article");
        assertEquals(1, b.results().size());
        assertEquals("xgood", b.results().get(0).article().id());
        assertEquals(1, b.failures().size());
        assertEquals(spin + ": skipped: converting it took longer than the limit of 700 ms per article (--article-timeout)",
                b.failures().get(0).message());
        // the runaway worker does not keep a core busy
        long deadline = System.currentTimeMillis() + 10_000;
        while (spinning() && System.currentTimeMillis() < deadline) Thread.sleep(100);
        assertTrue(!spinning(), "the worker that overran its deadline was stopped");
    }

    static boolean spinning() {
        return Thread.getAllStackTraces().entrySet().stream().anyMatch(e -> e.getKey().isAlive()
                && Arrays.stream(e.getValue()).anyMatch(f -> f.getMethodName().equals("spin")));
    }

    @Test
    void anArticleOverTheSizeLimitIsNotEvenRead() throws Exception {
        Pipeline p = new Pipeline(SeedCorpus.gazetteer(), new Budget(1000, Duration.ofSeconds(10)));
        Path big = Files.writeString(dir.resolve("big.txt"), GOOD.repeat(50));
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        Batch b = p.run(List.of(big, good), Progress.NONE);
        assertEquals(List.of("good"), b.results().stream().map(r -> r.article().id()).toList());
        assertEquals(big + ": skipped: " + Files.size(big) + " bytes, over the limit of 1000 bytes per article (--max-article-bytes)",
                b.failures().get(0).message());
    }

    @Test
    void theDefaultBudgetIsTwoMegabytesAndTenSeconds() {
        assertEquals(2 * 1024 * 1024, Budget.DEFAULT.maxBytes());
        assertEquals(Duration.ofSeconds(8), Budget.DEFAULT.deadline());
    }
}
