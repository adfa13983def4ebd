package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diplokg.SeedCorpus;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

/** A title and a bare surname name whoever held that office on the day, or nobody: never a holder of another time. */
class SurnameOnTheDayTest {
    static final ActorRules RULES = new ActorRules(SeedCorpus.gazetteer());

    static List<String> people(String text, String day) {
        TextSpan all = new TextSpan(0, text.length());
        return RULES.read(text, all, all, SeedCorpus.gazetteer().find(text, 0, text.length()), List.of(), List.of(),
                        Optional.of(LocalDate.parse(day))).actors().stream()
                .flatMap(a -> a.person().stream()).flatMap(p -> p.candidates().stream()).map(e -> e.qid().orElse(e.iri())).toList();
    }

    @Test
    void aSurnameIsTheHolderOnTheDayOnly() {
        // Lula da Silva (Q37181) was President of Brazil 2003-2010 and again from 2023, not in 2017
        assertEquals(false, people("President Silva met Secretary Tillerson in Brasilia.", "2017-06-27").contains("Q37181"));
        assertEquals(true, people("President Silva met Secretary Blinken in Brasilia.", "2024-01-10").contains("Q37181"));
    }

    static List<String> states(String text, String day) {
        TextSpan all = new TextSpan(0, text.length());
        return RULES.read(text, all, all, SeedCorpus.gazetteer().find(text, 0, text.length()), List.of(), List.of(),
                Optional.of(LocalDate.parse(day))).actors().stream().map(a -> a.state().qid().orElse("")).toList();
    }

    @Test
    void aDemonymBeforeATitleOfAnotherSystemNamesTheState() {
        assertEquals(List.of("Q30", "Q114"), states("Secretary Blinken met with Kenyan Cabinet Secretary for Foreign Affairs Alfred Mutua.", "2022-11-28"));
        assertEquals(List.of("Q30", "Q928"), states("Secretary Blinken met with Philippine Secretary of Foreign Affairs Enrique Manalo.", "2023-05-01"));
    }

    @Test
    void aTitleAndAShortNameAreTheHolderOnTheDayOnly() {
        // "President Lee" is a form of Lee Jae-myung (Q12612463), President of South Korea from 2025; in 2011 it was Lee Myung-bak
        assertEquals(false, people("Secretary Clinton met President Lee in Seoul.", "2011-05-10").contains("Q12612463"));
        assertEquals(true, people("Secretary Rubio met President Lee in Seoul.", "2025-10-29").contains("Q12612463"));
        // "Premier Li" in November 2023 is Li Qiang (Q4414390), not Li Keqiang (Q18111), premier until March 2023
        assertEquals(List.of("Q4414390"), people("Prime Minister Albanese met Premier Li in Beijing.", "2023-11-07").stream()
                .filter(q -> q.equals("Q4414390") || q.equals("Q18111")).toList());
        // out of office on the day, the name still gives its state: only the link goes
        assertEquals(true, states("Secretary Clinton met President Lee in Seoul.", "2011-05-10").contains("Q884"));
        // a full name keeps its reading whatever the day
        assertEquals(true, people("Secretary Clinton met President Lee Myung-bak in Seoul.", "2011-05-10").contains("Q14342"));
    }
}
