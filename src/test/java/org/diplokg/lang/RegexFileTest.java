package org.diplokg.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegexFileTest {
    @Test
    void aBrokenFileIsNamedByFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RegexFile.load("en", "../test-broken.regex"));
        assertTrue(e.getMessage().startsWith("/lang/en/../test-broken.regex:4: bad regular expression: "), e.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> RegexFile.load("en", "../test-twice.regex"));
        assertEquals("/lang/en/../test-twice.regex:3: rule 'words' defined twice", twice.getMessage());
        assertThrows(IllegalStateException.class, () -> RegexFile.load("en", "no-such-file.regex"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> RegexFile.load("en", "datelines.regex").rule("nope"));
        assertEquals("/lang/en/datelines.regex: no rule named 'nope'", missing.getMessage());
    }

    @Test
    void anExpressionKeepsItsCaseAndItsSpaceAtTheEnd() {
        TextRule.Regex wire = RegexFile.load("en", "datelines.regex").rule("wire-dateline");
        assertEquals("wire-dateline", wire.name());
        assertTrue(wire.test("BEIJING, March 14 (Xinhua) — Chinese President Xi Jinping met ..."));
        assertFalse(wire.test("Beijing, March 14 (Xinhua) — Chinese President Xi Jinping met ..."));
        assertFalse(wire.test("BEIJING, March 14 (Xinhua) —Chinese President Xi Jinping met ..."));
    }
}
