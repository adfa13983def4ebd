package org.diplokg.article;

import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.diplokg.lang.TextSpan;

/**
 * A bounded fuzz run (Jazzer) over the article reader: any bytes as an article and any bytes as
 * its sidecar either give an {@link Article} or an {@link ArticleException} with a one-line
 * message naming the file, never another exception or a hang.
 */
class ArticleReaderFuzzIT {
    private static Path dir;

    private static Path dir() throws Exception {
        if (dir == null) dir = Files.createTempDirectory("diplokg-fuzz");
        return dir;
    }

    @FuzzTest(maxDuration = "15s")
    void anyBytesGiveAnArticleOrAOneLineMessage(FuzzedDataProvider data) throws Exception {
        Path article = dir().resolve("fuzz.txt");
        Path sidecar = dir().resolve("fuzz.properties");
        boolean withSidecar = data.consumeBoolean();
        byte[] text = data.consumeBytes(Math.max(1, data.remainingBytes() * 2 / 3));
        byte[] side = data.consumeRemainingAsBytes();
        Files.write(article, text);
        if (withSidecar) {
            Files.write(sidecar, side);
        } else {
            Files.deleteIfExists(sidecar);
        }
        try {
            Article a = new ArticleReader().read(article);
            if (a.text().isBlank()) throw new AssertionError("a blank article was accepted");
            for (TextSpan span : a.content()) a.cover(span);
        } catch (ArticleException e) {
            String m = e.getMessage();
            if (!m.startsWith(article.toString()) && !m.startsWith(sidecar.toString())) throw new AssertionError("names no file: " + m);
            if (m.contains("\n")) throw new AssertionError("more than one line: " + m);
        }
    }
}
