package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diplokg.SeedCorpus;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compound meeting names and fixed groups: the parties a meeting's name carries. */
class MeetingNamesTest {
    static final FixedGroups GROUPS = new FixedGroups(SeedCorpus.gazetteer());

    static String qids(List<Entity> states) {
        return String.join(" ", states.stream().map(e -> e.qid().orElseThrow()).sorted().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Today, I held the Japan-Republic of Korea (ROK) Foreign Ministers' Meeting. | Q17 Q884",
            "the Japan-China High-Level Economic Dialogue followed | Q148 Q17",
            "the Japan-China-ROK Trilateral Foreign Ministers' Meeting in Busan | Q148 Q17 Q884",
            "the U.S.-Japan summit | Q17 Q30",
            "the UK-Ireland relationship is strong | -",
            "Japan and China met | -",
    })
    void compoundNamesNameTheirParties(String text, String expected) {
        List<CompoundNames.Compound> found = CompoundNames.find(text, new TextSpan(0, text.length()),
                SeedCorpus.gazetteer().find(text, 0, text.length()));
        assertEquals(expected, found.isEmpty() ? "-" : qids(found.get(0).states()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "President Biden will attend the G7 Leaders' Summit in Hiroshima. | 7",
            "a readout of the May 20th Quad leaders' meeting | 4",
            "the C5+1 ministerial in Astana | 6",
            "G7 finance officials issued a statement | 0",
    })
    void fixedGroupsBringEveryMember(String text, int members) {
        List<FixedGroups.GroupMeeting> found = GROUPS.find(text, new TextSpan(0, text.length()));
        assertEquals(members, found.isEmpty() ? 0 : found.get(0).members().size());
        if (members > 0) assertTrue(text.substring(found.get(0).span().begin(), found.get(0).span().end()).length() > 3);
    }
}
