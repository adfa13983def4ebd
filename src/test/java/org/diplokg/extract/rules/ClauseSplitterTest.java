package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
    private static List<String> clauses(String s) {
        return ClauseSplitter.split(s, new TextSpan(0, s.length())).stream()
                .map(c -> s.substring(c.span().begin(), c.span().end()) + (c.participialTail() ? " [tail]" : "") + (c.dependent() ? " [dep]" : ""))
                .toList();
    }

    @Test
    void clausesEndAtSemicolonsConjunctionsAndParticipialTails() {
        assertEquals(List.of("Xi met Biden", "Lula met Modi."), clauses("Xi met Biden; Lula met Modi."));
        assertEquals(List.of("Xi met Biden", "while Lula met Modi."), clauses("Xi met Biden, while Lula met Modi."));
        assertEquals(List.of("Xi met Biden", "after talks with Modi. [dep]"), clauses("Xi met Biden after talks with Modi."));
        assertEquals(List.of("Xi met Biden", "signaling a thaw. [tail] [dep]"), clauses("Xi met Biden, signaling a thaw."));
        assertEquals(List.of("Xi met Biden", "finally marking a thaw. [tail] [dep]"), clauses("Xi met Biden, finally marking a thaw."));
        assertEquals(List.of("Xi met Biden, including Modi."), clauses("Xi met Biden, including Modi."));
        assertEquals(List.of("They discussed the following issues."), clauses("They discussed the following issues."));
        // "the day before yesterday" is a date, not a temporal conjunction
        assertEquals(List.of("The day before yesterday, we met in Shanghai."), clauses("The day before yesterday, we met in Shanghai."));
    }

    @Test
    void aSemicolonBetweenShortItemsOfAListIsNoBreak() {
        String s = "He will visit Buenos Aires, Argentina; Quito, Ecuador; and Mexico City.";
        assertEquals(List.of(s), clauses(s));
    }

    @Test
    void aSemicolonThatGoesOnWithAPrepositionPartsItemsOfOneList() {
        String s = "He joined meetings with King Juan Carlos of Spain; with representatives from Morocco and Japan; and in meetings with the Presidents of Peru.";
        assertEquals(List.of(s), clauses(s));
        assertEquals(List.of("Xi met Biden", "the ministers met later."), clauses("Xi met Biden; the ministers met later."));
        String tour = "The Secretary will visit Buenos Aires, Argentina; Quito, Ecuador; and Mexico City, Mexico.";
        assertEquals(List.of(tour), clauses(tour));
        assertEquals(List.of("Xi met Biden", "Lula met Modi in Brasilia."), clauses("Xi met Biden; Lula met Modi in Brasilia."));
    }

    @Test
    void aSequelOfTheSameSubjectIsADependentClauseOfItsOwn() {
        assertEquals(List.of("He held a meeting with the President of Libya", "followed by a meeting with the President of Uganda. [dep]"),
                clauses("He held a meeting with the President of Libya, followed by a meeting with the President of Uganda."));
        List<org.diplokg.extract.rules.Clause> c = ClauseSplitter.split("He met A, and another meeting with B.", new TextSpan(0, 37));
        assertEquals(2, c.size());
        assertEquals(true, c.get(1).sequel());
        assertEquals(false, c.get(0).sequel());
    }
}
