package org.diplokg.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** Hand-checked identifiers win over a refreshed extract; each kind of conflict is reported. */
class GazetteerMergeTest {
    static final String ID = "https://w3id.org/diplokg/id/";
    final Model hand = GazetteerLoader.readHandChecked(Path.of("data/gazetteer"));
    final Model extract = RDFDataMgr.loadModel("src/test/resources/merge/extract-conflicts.ttl");
    final GazetteerMerge.Result merged = GazetteerMerge.merge(hand, extract);
    final Gazetteer g = GazetteerLoader.fromModel(merged.model());

    List<String> sensesOf(String text) {
        return g.find(text, 0, text.length()).stream().flatMap(m -> m.senses().stream())
                .map(s -> s.entity().iri()).distinct().sorted().toList();
    }

    @Test
    void aQidThatContradictsAVerifiedRowIsLeftOut() {
        assertEquals("Marco Rubio", g.entity(ID + "person/Q324546").orElseThrow().label());
        assertEquals(List.of(), sensesOf("Dietary supplement"));
        assertTrue(merged.conflicts().stream().anyMatch(c -> c.iri().equals(ID + "person/Q324546")), merged.conflicts().toString());
    }

    @Test
    void aVerifiedQidUnderAnotherKindIsLeftOut() {
        assertTrue(g.entity(ID + "state/Q7747").isEmpty());
        assertEquals(List.of(ID + "person/Q7747"), sensesOf("Vladimir Putin"));
    }

    @Test
    void anAliasOfAnotherCheckedEntityIsDroppedButTheEntityStays() {
        assertEquals(List.of(ID + "state/Q884"), sensesOf("Korea"));
        assertEquals(List.of(ID + "state/Q423"), sensesOf("DPRK"));
        assertTrue(merged.conflicts().stream().anyMatch(c -> c.iri().equals(ID + "state/Q423") && c.detail().contains("\"Korea\"")));
    }

    @Test
    void aNameWithoutACheckedQidIsNotGivenOneByTheExtract() {
        assertEquals(List.of(ID + "person/cho-hyun"), sensesOf("Cho Hyun"));
        assertEquals(Optional.empty(), g.entity(ID + "person/cho-hyun").orElseThrow().qid());
    }

    @Test
    void agreeingEntriesOnlyGainNames() {
        Entity iwaya = g.entity(ID + "person/Q1654639").orElseThrow();
        assertEquals("Takeshi Iwaya", iwaya.label());
        assertEquals(1, iwaya.holdings().size());
        assertEquals(Optional.of(java.time.LocalDate.parse("2024-10-01")), iwaya.holdings().get(0).start());
        assertEquals(Optional.of(ID + "state/Q17"), g.entity(ID + "office/Q1355043").orElseThrow().country());
        assertFalse(merged.conflicts().stream().anyMatch(c -> c.iri().equals(ID + "person/Q1654639")));
    }
}
