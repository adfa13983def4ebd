package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCTerms;
import org.diplokg.SeedCorpus;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News text with quotes, newlines and angle brackets stays data, never syntax. */
class MapperSafetyTest {
    @TempDir
    Path dir;

    @Test
    void hostileTextRoundTripsThroughTurtle() throws Exception {
        String title = "Talks \"end\" <script>alert('x')</script> \\ done";
        String body = title + "\nPresident Joe Biden met Japanese Prime Minister Fumio Kishida in Tokyo \"today\" > <b>\n"
                + "They said: \"\"\" '''\n";
        Path f = dir.resolve("weird id.txt");
        Files.writeString(f, body, StandardCharsets.UTF_8);
        ArticleResult r = new Pipeline(SeedCorpus.gazetteer()).process(f);
        Graph g = r.graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new StringReader(out.toString(StandardCharsets.UTF_8)), null, Lang.TURTLE);
        assertTrue(back.getGraph().isIsomorphicWith(g));
        assertEquals(title, back.listObjectsOfProperty(DCTerms.title).next().asLiteral().getString());
        assertEquals(1, r.meetings().size());
        assertTrue(IriScheme.article("weird id").getURI().endsWith("/article/weird%20id"));
    }
}
