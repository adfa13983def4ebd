package org.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    static final String TEXT = "Intro.\nThe Foreign  Secretary met Tánaiste Simon Coveney\ntoday for a meeting on the UK\u2013Ireland relationship. "
            + "He said \u201cwe agreed\u201d to meet again in the spring of next year in Dublin.";

    static String found(String quote) {
        Optional<TextSpan> s = Evidence.locate(TEXT, quote);
        return s.map(x -> TEXT.substring(x.begin(), x.end())).orElse(null);
    }

    @Test
    void aQuoteIsFoundDespiteSpacesQuotesAndDashes() {
        assertEquals("The Foreign  Secretary met Tánaiste Simon Coveney\ntoday", found("The Foreign Secretary met Tánaiste Simon Coveney today"));
        assertEquals("UK\u2013Ireland relationship", found("UK-Ireland relationship"));
        assertEquals("\u201cwe agreed\u201d", found("\"we agreed\""));
        assertEquals("the foreign  secretary met", found("the foreign secretary met").toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void anElidedQuoteIsFoundByItsLongestPiece() {
        assertEquals("to meet again in the spring of next year in Dublin", found("He said ... to meet again in the spring of next year in Dublin"));
    }

    @Test
    void aQuoteNotInTheTextIsNotFound() {
        assertEquals(null, found("The Prime Minister met President Biden"));
        assertEquals(null, found(""));
        assertTrue(Evidence.locate(TEXT, null).isEmpty());
    }
}
