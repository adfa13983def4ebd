package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What Wikidata users rely on: the property mappings, and that every owl:sameAs names the right item. */
class WikidataMappingTest {
    static final String DKG = "https://w3id.org/diplokg/ontology#";
    static final String WDT = "http://www.wikidata.org/prop/direct/";

    @ParameterizedTest
    @CsvSource({"participant,P710", "location,P276", "date,P585", "holds,P39", "country,P17"})
    void ontologyMapsOntoWikidataProperties(String property, String pid) {
        Model o = RDFDataMgr.loadModel("ontology/diplokg.ttl");
        assertTrue(o.contains(o.createResource(DKG + property), RDFS.subPropertyOf, o.createResource(WDT + pid)),
                "dkg:" + property + " rdfs:subPropertyOf wdt:" + pid);
    }

    /** QID -> every name the checked tables give it (verified rows only). */
    static Map<String, Set<String>> checkedNames() throws IOException {
        Map<String, Set<String>> names = new HashMap<>();
        List<String> countries = Files.readAllLines(Path.of("data/wikidata/countries.tsv"));
        for (String line : countries.subList(1, countries.size())) {
            String[] c = line.split("\t", -1);
            if (!c[8].startsWith("yes")) continue;
            add(names, c[0], c[3] + ";" + c[4]);
            add(names, c[7], c[6]);
        }
        List<String> entities = Files.readAllLines(Path.of("data/wikidata/entities.tsv"));
        for (String line : entities.subList(1, entities.size())) {
            String[] c = line.split("\t", -1);
            if (c[0].isEmpty() || !c[5].equals("yes")) continue;
            add(names, c[0], c[1] + ";" + c[3]);
        }
        return names;
    }

    static void add(Map<String, Set<String>> names, String qid, String list) {
        if (qid.isEmpty()) return;
        for (String n : list.split(";")) if (!n.isBlank()) names.computeIfAbsent(qid, k -> new HashSet<>()).add(n.strip());
    }

    @Test
    void everySameAsOfTheSeedsIsACheckedQidWithAMatchingLabel() throws Exception {
        Batch b = new Pipeline(GazetteerLoader.fromFolder(Path.of("data/gazetteer")))
                .run(ArticleReader.expand(List.of(Path.of("data/articles"))), Progress.NONE);
        assertTrue(b.failures().isEmpty(), b.failures().toString());
        Graph g = b.union();
        Map<String, Set<String>> checked = checkedNames();
        Node schemaSameAs = NodeFactory.createURI("http://schema.org/sameAs");
        List<org.apache.jena.graph.Triple> links = g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList();
        assertTrue(links.size() > 20, "links: " + links.size());
        for (var t : links) {
            String wd = t.getObject().getURI();
            assertTrue(wd.matches("http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*"), wd);
            String qid = wd.substring(wd.lastIndexOf('/') + 1);
            assertTrue(checked.containsKey(qid), qid + " of " + t.getSubject() + " is not a checked row");
            String label = g.find(t.getSubject(), RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(checked.get(qid).contains(label), t.getSubject() + " is labelled '" + label + "' but " + qid
                    + " is " + checked.get(qid));
            assertTrue(g.contains(t.getSubject(), schemaSameAs, t.getObject()), "schema:sameAs beside owl:sameAs");
        }
        assertFalse(g.contains(NodeFactory.createURI("https://w3id.org/diplokg/id/person/cho-hyun"), OWL.sameAs.asNode(), Node.ANY));
        assertEquals(0, g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList().stream()
                .filter(t -> !t.getSubject().getURI().endsWith(t.getObject().getURI().substring(t.getObject().getURI().lastIndexOf('/'))))
                .count(), "the IRI's QID and the sameAs QID agree");
    }
}
