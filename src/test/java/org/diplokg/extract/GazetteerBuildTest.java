package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.diplokg.extract.gazetteer.GazetteerCompiler;
import org.junit.jupiter.api.Test;

/** The shipped data/gazetteer/gazetteer.ttl is exactly what `gazetteer build` makes from data/wikidata/. */
class GazetteerBuildTest {
    @Test
    void shippedGazetteerIsReproducibleFromTheCheckedTables() {
        Model built = new GazetteerCompiler().compile(Path.of("data", "wikidata"));
        Model shipped = RDFDataMgr.loadModel("data/gazetteer/gazetteer.ttl");
        assertTrue(built.isIsomorphicWith(shipped), "run: java -jar target/diplokg.jar gazetteer build");
        assertTrue(shipped.size() > 2000);
    }
}
