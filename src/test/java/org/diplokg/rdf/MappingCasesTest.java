package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.SeedCorpus;
import org.diplokg.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven mapping cases: {@code cases/rdf/<case>/article.txt} through the whole pipeline (resolved on its own) must
 * give a graph isomorphic to {@code expected.ttl}; on failure both graphs are printed.
 */
class MappingCasesTest {
    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "cases", "rdf"))) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void graphIsIsomorphicToExpected(Path dir) throws Exception {
        Graph got = new Pipeline(SeedCorpus.gazetteer()).process(dir.resolve("article.txt")).resolved();
        Graph expected = RDFDataMgr.loadGraph(dir.resolve("expected.ttl").toString());
        assertTrue(got.isIsomorphicWith(expected),
                () -> dir.getFileName() + ": graphs differ\n--- expected\n" + turtle(expected) + "\n--- got\n" + turtle(got));
    }

    private static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
