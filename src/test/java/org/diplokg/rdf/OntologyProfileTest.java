package org.diplokg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;

/** ontology/diplokg.ttl is OWL 2 DL, checked by the OWL API's profile checker. */
class OntologyProfileTest {
    @Test
    void ontologyIsInOwl2Dl() throws Exception {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = m.loadOntologyFromOntologyDocument(new File("ontology/diplokg.ttl"));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
        assertTrue(report.isInProfile(), () -> report.getViolations().stream().map(Object::toString)
                .collect(Collectors.joining("\n")));
        assertTrue(o.getAxiomCount() > 100);
    }
}
