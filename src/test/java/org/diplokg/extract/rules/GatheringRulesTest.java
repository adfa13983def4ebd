package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.extract.gazetteer.Sense;
import org.junit.jupiter.api.Test;

class GatheringRulesTest {
    private static Optional<GatheringRules.Found> find(String s, List<Mention> mentions) {
        TextSpan all = new TextSpan(0, s.length());
        return GatheringRules.find(s, all, all, mentions);
    }

    @Test
    void aSidelinesPhraseNamesTheGatheringUpToWhereItEnds() {
        String s = "Xi met Biden on the sidelines of the G20 summit in Bali.";
        GatheringRules.Found f = find(s, List.of()).orElseThrow();
        assertEquals("G20 summit", f.ref().label());
        assertEquals("on the sidelines of the G20 summit", s.substring(f.covered().begin(), f.covered().end()));
        assertEquals("UN General Assembly", find("They met on the margins of the UN General Assembly, officials said.", List.of())
                .orElseThrow().ref().label());
        assertTrue(find("Xi met Biden in Bali.", List.of()).isEmpty());
        // a visit is a meeting of its own, not a gathering beside one
        assertTrue(find("They signed it on the sidelines of the State Visit by President Marcos to Indonesia.", List.of()).isEmpty());
    }

    @Test
    void anEventNamedAfterAtNeedsAKnownConvenor() {
        String s = "They met at the APEC Leaders sidelines in Lima.";
        assertTrue(find(s, List.of()).isEmpty());
        Entity apec = new Entity("urn:x:apec", EntityKind.ORGANIZATION, "APEC", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
        int at = s.indexOf("APEC");
        Mention m = new Mention(new TextSpan(at, at + 4), "APEC", List.of(new Sense(apec, NameRole.NAME)));
        GatheringRules.Found f = find(s, List.of(m)).orElseThrow();
        assertEquals("APEC Leaders", f.ref().label());
        assertEquals(Optional.of(apec), f.ref().convenor());
    }
}
