package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diplokg.SeedCorpus;
import org.diplokg.eval.GoldReader;
import org.diplokg.eval.Predictions;
import org.diplokg.eval.ScoredMeeting;
import org.diplokg.eval.Scorer;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven extraction cases: {@code cases/extract/<case>/article.txt} (with an optional
 * {@code article.properties}) and {@code expected.json} in the gold schema. Each case must be
 * extracted exactly: every expected meeting matched by the gold rule, no extra meeting, the same
 * verified people, place and date. {@code cases/extract-dev/} and {@code cases/extract-heldout/}
 * hold harder articles scored in aggregate.
 */
class ExtractionCasesTest {
    static final Path CASES = Path.of("src", "test", "resources", "cases", "extract");

    static Stream<Path> cases() throws IOException {
        return list(CASES).stream();
    }

    static List<Path> list(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Scorer.Result score(Path dir) throws Exception {
        ArticleResult r = new Pipeline(SeedCorpus.gazetteer()).process(dir.resolve("article.txt"));
        List<ScoredMeeting> gold = GoldReader.read(dir.resolve("expected.json"));
        return Scorer.score(Predictions.of(List.of(r)), gold);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsExactlyTheExpectedMeetings(Path dir) throws Exception {
        Scorer.Result r = score(dir);
        StringBuilder why = new StringBuilder();
        r.missed().forEach(m -> why.append("\n  missed ").append(m.status()).append(' ').append(m.states()).append(": ").append(m.evidence()));
        r.extra().forEach(m -> why.append("\n  extra  ").append(m.status()).append(' ').append(m.states()).append(": ").append(m.evidence()));
        for (Scorer.Pair p : r.matches()) {
            if (!p.predicted().people().equals(p.gold().people())) {
                why.append("\n  people of ").append(p.gold().id()).append(": got ").append(p.predicted().people())
                        .append(", expected ").append(p.gold().people());
            }
            if (p.gold().place() != null && !p.gold().place().equals(p.predicted().place())) {
                why.append("\n  place of ").append(p.gold().id()).append(": got ").append(p.predicted().place())
                        .append(", expected ").append(p.gold().place());
            }
            if (p.gold().date() != null && !p.gold().date().equals(p.predicted().date())
                    || p.gold().date() == null && p.predicted().date() != null) {
                why.append("\n  date of ").append(p.gold().id()).append(": got ").append(p.predicted().date())
                        .append(", expected ").append(p.gold().date());
            }
        }
        if (why.length() > 0) fail(dir.getFileName() + ":" + why);
        assertEquals(r.gold(), r.matches().size());
    }

    @Test
    void thereAreCases() throws IOException {
        assertTrue(list(CASES).size() >= 5, "extraction cases under " + CASES);
    }

    /** A set of harder articles scored together, with the floors its figures must stay above (they only rise). */
    record ScoredSet(String folder, int minGold, double f1, double precision, double peopleF1) {
        @Override
        public String toString() {
            return folder;
        }
    }

    static Stream<ScoredSet> scoredSets() {
        return Stream.of(
                new ScoredSet("extract-dev", 100, 0.88, 0.94, 0.93),
                new ScoredSet("extract-heldout", 70, 0.84, 0.90, 0.85));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scoredSets")
    void scoredSetStaysAboveItsFloors(ScoredSet set) throws Exception {
        List<ScoredMeeting> pred = new ArrayList<>();
        List<ScoredMeeting> gold = new ArrayList<>();
        for (Path dir : list(Path.of("src", "test", "resources", "cases", set.folder()))) {
            ArticleResult r = new Pipeline(SeedCorpus.gazetteer()).process(dir.resolve("article.txt"));
            for (ScoredMeeting m : Predictions.of(List.of(r))) pred.add(rename(m, dir));
            for (ScoredMeeting m : GoldReader.read(dir.resolve("expected.json"))) gold.add(rename(m, dir));
        }
        assertTrue(gold.size() >= set.minGold(), set.folder() + " has " + gold.size() + " gold meetings");
        Scorer.Result r = Scorer.score(pred, gold);
        assertTrue(r.f1() >= set.f1(), set.folder() + " meeting F1 " + r.f1());
        assertTrue(r.precision() >= set.precision(), set.folder() + " meeting precision " + r.precision());
        assertTrue(r.peopleF1() >= set.peopleF1(), set.folder() + " people F1 " + r.peopleF1());
    }

    private static ScoredMeeting rename(ScoredMeeting m, Path dir) {
        return new ScoredMeeting(dir.getFileName().toString(), m.id(), m.status(), m.states(), m.people(), m.place(), m.date(), m.evidence());
    }
}
