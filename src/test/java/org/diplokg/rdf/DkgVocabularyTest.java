package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.vocab.DKG;
import org.junit.jupiter.api.Test;

/** The vocabulary class and ontology/diplokg.ttl declare exactly the same terms. */
class DkgVocabularyTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/diplokg.ttl");

    @Test
    void constantsAndOntologyAgree() throws Exception {
        Set<String> declared = new TreeSet<>();
        ONTOLOGY.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(DKG.NS)) declared.add(r.getURI());
        });
        Set<String> constants = new TreeSet<>();
        for (Field f : DKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) constants.add(((Node) f.get(null)).getURI());
        }
        assertEquals(declared, constants);
    }

    @Test
    void everyTermHasLabelCommentAndType() {
        ONTOLOGY.listSubjects().forEachRemaining(r -> {
            if (!r.isURIResource() || !r.getURI().startsWith(DKG.NS)) return;
            assertTrue(r.hasProperty(RDFS.label), r + " label");
            assertTrue(r.hasProperty(RDFS.comment), r + " comment");
            assertTrue(r.hasProperty(RDF.type), r + " type");
        });
        Resource ont = ONTOLOGY.getResource(DKG.ONTOLOGY);
        assertTrue(ont.hasProperty(OWL.versionIRI));
    }

    @Test
    void alignedToSemSchemaProvAndWikidata() {
        Model m = ModelFactory.createDefaultModel();
        String sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "DiplomaticMeeting"), RDFS.subClassOf, m.createResource(sem + "Event")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "DiplomaticMeeting"), RDFS.subClassOf, m.createResource("http://schema.org/Event")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "Article"), RDFS.subClassOf, m.createResource("http://www.w3.org/ns/prov#Entity")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "State"), RDFS.subClassOf, m.createResource(sem + "Actor")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "Place"), RDFS.subClassOf, m.createResource(sem + "Place")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "participant"), RDFS.subPropertyOf, m.createResource(sem + "hasActor")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "participant"), RDFS.subPropertyOf,
                m.createResource("http://www.wikidata.org/prop/direct/P710")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "location"), RDFS.subPropertyOf, m.createResource(sem + "hasPlace")));
        assertTrue(ONTOLOGY.contains(m.createResource(DKG.NS + "date"), RDFS.subPropertyOf, m.createResource(sem + "hasTimeStamp")));
    }
}
