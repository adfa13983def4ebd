package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class DatelineTest {
    private static Optional<String> head(String line) {
        return Dateline.head(line, new TextSpan(0, line.length())).map(s -> line.substring(s.begin(), s.end()));
    }

    @Test
    void aShortLineOfCapitalisedWordsAndNumbersIsADateline() {
        assertEquals(Optional.of("January 20, 2022 - Paris, France -"), head("January 20, 2022 - Paris, France -"));
        assertEquals(Optional.of("Saturday, March 22, 2025, 6:17 p.m. Tokyo"), head("Saturday, March 22, 2025, 6:17 p.m. Tokyo"));
        assertEquals(Optional.of("Nairobi, Saturday"), head("Nairobi, Saturday"));
    }

    @Test
    void theHeadOfALongLineBeforeADashIsOne() {
        assertEquals(Optional.of("Washington, DC "), head("Washington, DC — SECRETARY BLINKEN: Good morning, everyone, and welcome to the State Department."));
    }

    private static String afterWire(String line) {
        TextSpan s = Dateline.afterWire(line, new TextSpan(0, line.length()));
        return line.substring(s.begin(), s.end());
    }

    @Test
    void aWireDatelineIsLeftOutOfItsLine() {
        assertEquals("Chinese President Xi Jinping met ...", afterWire("BEIJING, March 14 (Xinhua) — Chinese President Xi Jinping met ..."));
        assertEquals("Leaders met.", afterWire("SEOUL, Nov. 7 (Yonhap) -- Leaders met."));
        assertEquals("Leaders met.", afterWire("KUALA LUMPUR (AP) — Leaders met."));
        // a dash the capitals hold ("BEIJING-") is no dateline's; a lone dateline is kept
        assertEquals("BEIJING- Leaders met.", afterWire("BEIJING- Leaders met."));
        assertEquals("Beijing, March 14 (Xinhua) — Leaders met.", afterWire("Beijing, March 14 (Xinhua) — Leaders met."));
        assertEquals("BEIJING — ", afterWire("BEIJING — "));
    }

    @Test
    void proseIsNone() {
        assertEquals(Optional.empty(), head("Press conference - Honiara"));
        assertEquals(Optional.empty(), head("The Minister met his counterpart in Paris."));
        assertEquals(Optional.empty(), head("The Minister of Foreign Affairs of Canada met the Minister for Europe and Foreign Affairs of France in Paris today."));
    }
}
