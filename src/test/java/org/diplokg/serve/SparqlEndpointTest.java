package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.diplokg.SeedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end: the seed corpus served by a real embedded Fuseki on a free port, queried over HTTP. */
class SparqlEndpointTest {
    static DiploServer server;
    static Graph data;

    @BeforeAll
    static void start() {
        data = SeedCorpus.batch().union();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> data.find().forEachRemaining(dsg.getDefaultGraph()::add));
        server = DiploServer.builder().dataset(dsg).port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void meetingsWithTheUnitedStatesIncludeKualaLumpur() {
        String q = """
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX wd: <http://www.wikidata.org/entity/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?meeting ?place WHERE {
                  ?meeting dkg:participatingState ?s .
                  ?s owl:sameAs wd:Q30 .
                  OPTIONAL { ?meeting dkg:location/rdfs:label ?place }
                }""";
        List<String> places = new ArrayList<>();
        int rows = 0;
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows++;
                if (s.contains("place")) places.add(s.getLiteral("place").getString());
            }
        }
        assertTrue(rows >= 5, "rows " + rows);
        assertTrue(places.contains("Kuala Lumpur"), places.toString());
    }

    @Test
    void endpointIsReadOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest update = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build();
        int status = http.send(update, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400, "update must be refused, got " + status);
    }

    @Test
    void wholeDatasetDownloadsAsTurtle() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/diplokg/get?default"))
                .header("Accept", "text/turtle").GET().build();
        HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.getGraph().isIsomorphicWith(data));
    }
}
