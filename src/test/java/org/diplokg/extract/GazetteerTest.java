package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    static final Gazetteer G = GazetteerLoader.bundled();

    private static List<Mention> find(String s) {
        return G.find(s, 0, s.length());
    }

    private static String firstIri(String s, EntityKind kind, NameRole role) {
        return find(s).stream().flatMap(m -> m.first(kind, role).stream()).findFirst().orElseThrow().iri();
    }

    @Test
    void longestMatchPrefersNorthKoreaOverKorea() {
        List<Mention> ms = find("North Korea fired a missile.");
        assertEquals(1, ms.size());
        assertEquals("North Korea", ms.get(0).text());
        assertEquals("https://w3id.org/diplokg/id/state/Q423", ms.get(0).first(EntityKind.STATE, NameRole.NAME).orElseThrow().iri());
    }

    @Test
    void possessivesAndTypographicApostrophes() {
        assertEquals("Japan", find("Japan’s Trade Minister").get(0).text());
        assertEquals("Japan", find("Japan's Trade Minister").get(0).text());
        assertTrue(find("Japan’s Trade Minister").get(1).has(EntityKind.OFFICE, NameRole.TITLE));
        assertEquals("https://w3id.org/diplokg/id/office/Q1355043",
                firstIri("Japan’s foreign minister", EntityKind.OFFICE, NameRole.TITLE), "a state's own office wins as the longer match");
    }

    @Test
    void eastAsianOrderAndHyphenVariants() {
        String iwaya = "https://w3id.org/diplokg/id/person/Q1654639";
        assertEquals(iwaya, firstIri("Iwaya Takeshi spoke", EntityKind.PERSON, NameRole.NAME));
        assertEquals(iwaya, firstIri("Takeshi Iwaya spoke", EntityKind.PERSON, NameRole.NAME));
        String lee = "https://w3id.org/diplokg/id/person/Q12612463";
        assertEquals(lee, firstIri("Lee Jae Myung said", EntityKind.PERSON, NameRole.NAME));
        assertEquals(lee, firstIri("Lee Jae-myung said", EntityKind.PERSON, NameRole.NAME));
        String park = "https://w3id.org/diplokg/id/person/park-yoon-joo";
        assertEquals(park, firstIri("Park Yoon-joo said", EntityKind.PERSON, NameRole.NAME));
        assertEquals(park, firstIri("Park Yoonjoo said", EntityKind.PERSON, NameRole.NAME));
    }

    @Test
    void acronymsMatchOnlyAsWrittenAndNamesOnlyCapitalised() {
        assertTrue(find("let us talk about china plates").isEmpty(), "lower-case 'us' and 'china' are not states");
        assertEquals("https://w3id.org/diplokg/id/state/Q30", firstIri("The US and Japan", EntityKind.STATE, NameRole.NAME));
        assertEquals("https://w3id.org/diplokg/id/state/Q30", firstIri("U.S. officials", EntityKind.STATE, NameRole.NAME));
    }

    @Test
    void demonymsCapitalsAndTitles() {
        assertEquals("https://w3id.org/diplokg/id/state/Q884", firstIri("South Korean officials", EntityKind.STATE, NameRole.DEMONYM));
        assertEquals("https://w3id.org/diplokg/id/state/Q148", firstIri("Beijing said", EntityKind.STATE, NameRole.CAPITAL));
        assertEquals("https://w3id.org/diplokg/id/office/Q14213", firstIri("the Secretary of State", EntityKind.OFFICE, NameRole.TITLE));
        assertTrue(find("First Vice Foreign Minister").get(0).has(EntityKind.OFFICE, NameRole.TITLE));
        assertEquals(1, find("First Vice Foreign Minister").size(), "longest title wins");
    }

    @Test
    void onlyCheckedIdentifiersCarryQids() {
        G.entities().forEach(e -> e.qid().ifPresent(q -> assertTrue(q.matches("Q[1-9][0-9]*"), e.toString())));
        assertTrue(G.entity("https://w3id.org/diplokg/id/person/cho-hyun").orElseThrow().qid().isEmpty());
        assertEquals("Q324546", G.entity("https://w3id.org/diplokg/id/person/Q324546").orElseThrow().qid().orElseThrow());
    }

    @Test
    void commonWordSurnamesAreNotNamesOnTheirOwn() {
        assertTrue(find("The court in The Hague ruled.").stream().noneMatch(m -> m.has(EntityKind.PERSON, NameRole.NAME)),
                "'Hague' alone is not William Hague");
        assertTrue(find("Rice prices rose.").stream().noneMatch(m -> m.has(EntityKind.PERSON, NameRole.NAME)));
        assertEquals("https://w3id.org/diplokg/id/person/Q47216", firstIri("Condoleezza Rice met", EntityKind.PERSON, NameRole.NAME));
        assertEquals("https://w3id.org/diplokg/id/person/Q10648", firstIri("Gordon Brown met", EntityKind.PERSON, NameRole.NAME));
        assertTrue(find("Jonathan arrived late.").stream().noneMatch(m -> m.has(EntityKind.PERSON, NameRole.NAME)),
                "'Jonathan' alone is not Goodluck Jonathan");
        assertTrue(find("They met at the Palacio de la Moncloa.").stream().noneMatch(m -> m.has(EntityKind.PERSON, NameRole.NAME)),
                "'Palacio' alone is not Ana Palacio");
        assertTrue(find("Goodluck Jonathan met").stream().anyMatch(m -> m.has(EntityKind.PERSON, NameRole.NAME)),
                "the full name still names him");
    }
}
