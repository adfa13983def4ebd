package org.diplokg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static List<String> content(String... lines) {
        String text = String.join("\n", lines);
        return Boilerplate.contentLines(text).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void teaserLinesAreLeftOut() {
        assertEquals(List.of(), content("See also | The summit in pictures", "WATCH - Highlights", "Related: More on the talks"));
        assertEquals(List.of("Related talks ended on Friday.", "Watch this space: the talks resume in May."),
                content("Related talks ended on Friday.", "Watch this space: the talks resume in May."));
    }

    @Test
    void widgetsAndTheHeadlineAfterANavigationLabelAreLeftOut() {
        assertEquals(List.of("Leaders met.", "Share prices fell."),
                content("Share this article", "Leaders met.", "You may also like", "Another story", "Share prices fell."));
    }
}
