package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.diplokg.SeedCorpus;
import org.diplokg.article.Article;
import org.diplokg.extract.status.StatusContext;
import org.diplokg.extract.status.StatusDecider;
import org.junit.jupiter.api.Test;

/** The meeting frames ask the extractor's {@link StatusDecider} for every status, and show it what the rule reads. */
class StatusDeciderHookTest {
    @Test
    void theFramesTakeTheStatusTheDeciderGives() throws Exception {
        List<StatusContext> asked = new ArrayList<>();
        StatusDecider cancelAll = new StatusDecider() {
            @Override
            public MeetingStatus decide(StatusContext c) {
                asked.add(c);
                return MeetingStatus.CANCELLED;
            }

            @Override
            public String name() {
                return "cancel-all";
            }
        };
        Article a = AnnotatorsTest.article(null, "2024-05-02",
                "Prime Minister Kishida met President Yoon in Seoul on Monday. They will meet again in Tokyo next month.");
        List<Meeting> byRule = new RuleBasedExtractor(SeedCorpus.gazetteer()).extract(a);
        List<Meeting> cancelled = new RuleBasedExtractor(SeedCorpus.gazetteer(), cancelAll).extract(a);
        assertTrue(byRule.stream().anyMatch(m -> m.status() == MeetingStatus.HELD), byRule.toString());
        assertTrue(!cancelled.isEmpty() && cancelled.stream().allMatch(m -> m.status() == MeetingStatus.CANCELLED), cancelled.toString());
        StatusContext first = asked.get(0);
        assertEquals("Prime Minister Kishida met President Yoon in Seoul on Monday.", first.sentence());
        assertEquals(a.cover(first.at()), first.window());
        assertEquals("2024-05-02", first.published().orElseThrow().toString());
        assertEquals("t", first.title());
        assertTrue(first.windowWords().stream().anyMatch(w -> w.text().equals("met")), first.windowWords().toString());
    }
}
