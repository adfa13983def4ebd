package org.diplokg.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;

/**
 * A bounded fuzz run (Jazzer) over the extractor, with linking and mapping after it: any text,
 * raw or made of the words the rules look for (names, titles, meeting and status words, dates,
 * punctuation), with or without a publication date, converts to a graph or gives an
 * {@link ExtractionException}, never another exception, and within a second or two.
 */
class ExtractorFuzzIT {
    private static final List<String> WORDS = List.of("Xi Jinping", "Joe Biden", "Fumio Kishida", "Yoon Suk Yeol", "Vladimir Putin",
            "Prime Minister", "President", "Foreign Minister", "met", "will meet", "held talks with", "visited", "postponed",
            "cancelled", "summit", "trilateral", "on the sidelines of", "APEC", "G20", "in Tokyo", "in Beijing", "Washington",
            "on Tuesday", "last week", "on March 3", "2024", "He", "She", "They", "the two leaders", "and", ",", ".", "\n", "\n\n",
            "\"", "(", ")", "-", "'s", "US", "China", "Japan", "South Korea", "Russia", "not", "no", "plans to", "agreed to");
    /** Far above what a few KB take (milliseconds), and still far below a hang, on a busy 2-core machine. */
    private static final long MAX_MILLIS = 5_000;
    private static Pipeline pipeline;

    /** The pipeline, its models loaded by a first conversion before fuzzing starts (it takes seconds). */
    @BeforeAll
    static void warmUp() throws ExtractionException {
        Pipeline p = new Pipeline(GazetteerLoader.bundled());
        String warm = "Prime Minister Fumio Kishida met President Joe Biden in Washington on Tuesday.";
        p.process(new Article("warm", "warm", warm, Optional.empty(), Optional.empty(), Path.of("warm.txt"),
                List.of(new TextSpan(0, warm.length()))));
        pipeline = p;
    }

    @FuzzTest(maxDuration = "15s")
    void anyTextConvertsOrGivesAnExtractionException(FuzzedDataProvider data) throws Exception {
        Optional<LocalDate> published = data.consumeBoolean()
                ? Optional.of(LocalDate.of(data.consumeInt(1001, 9998), data.consumeInt(1, 12), data.consumeInt(1, 28)))
                : Optional.empty();
        String text;
        if (data.consumeBoolean()) {
            StringBuilder b = new StringBuilder();
            int n = data.consumeInt(0, 400);
            for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
                b.append(data.consumeBoolean() ? WORDS.get(data.consumeInt(0, WORDS.size() - 1)) : data.consumeString(12)).append(' ');
            }
            text = b.toString();
        } else {
            text = data.consumeRemainingAsString();
        }
        if (text.isBlank()) return;
        Article a = new Article("fuzz", "fuzz", text, Optional.empty(), published, Path.of("fuzz.txt"),
                List.of(new TextSpan(0, text.length())));
        Pipeline p = pipeline;
        long t0 = System.nanoTime();
        try {
            ArticleResult r = p.process(a);
            if (r.graph() == null) throw new AssertionError("no graph");
        } catch (ExtractionException e) {
            if (e.getMessage() == null || e.getMessage().contains("\n")) throw new AssertionError("not a one-line message: " + e.getMessage());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > MAX_MILLIS) throw new AssertionError("took " + ms + " ms on " + text.length() + " characters: " + text);
    }
}
