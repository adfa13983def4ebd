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
}
