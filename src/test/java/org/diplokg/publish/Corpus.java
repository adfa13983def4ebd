package org.diplokg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.validate.ShaclGate;

/** A writable copy of the bundled articles, and a publisher with a fixed clock. */
public final class Corpus {
    public static final Path ARTICLES = Path.of("data", "articles");
    private final Path dir;

    private Corpus(Path dir) {
        this.dir = dir;
    }

    public static Corpus copy(Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> s = Files.list(ARTICLES)) {
            for (Path p : s.sorted().toList()) Files.copy(p, into.resolve(p.getFileName()));
        }
        return new Corpus(into);
    }

    public Path dir() {
        return dir;
    }

    public List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Appends a sentence that names nobody, so only the article's own graph changes. */
    public String touchFirst() throws IOException {
        Path f = files().get(0);
        Files.writeString(f, "\nThe weather was mild that day.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return Publisher.articleId(f);
    }

    public String removeLast() throws IOException {
        Path f = files().get(files().size() - 1);
        Files.delete(f);
        return Publisher.articleId(f);
    }

    private static int minute;

    /** Each publisher gets a later fixed time, so releases have distinct, known dates. */
    public static synchronized Publisher publisher() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T10:00:00Z").plusSeconds(60L * minute++), ZoneOffset.UTC);
        return new Publisher(new Pipeline(GazetteerLoader.bundled()), ShaclGate.bundled(), Sources.bundled(), clock,
                Terms.DEFAULT_LICENSE);
    }
}
