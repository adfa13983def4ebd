package org.diplokg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.gazetteer.Mention;
import org.junit.jupiter.api.Test;

/** Names the gazetteer finds, less lone surnames that belong to someone else's full name. */
class MentionAnnotatorTest {
    static List<String> people(String text) {
        Document d = AnnotatorsTest.upTo(MentionAnnotator.class, AnnotatorsTest.article(null, "2024-01-20", text));
        return d.get(MeetingLayers.MENTIONS).stream().flatMap(List::stream)
                .flatMap(m -> m.senses().stream().map(s -> s.entity().label())).filter(l -> l.contains("Guterres") || l.contains("Blinken")).toList();
    }

    @Test
    void aSurnameAfterAnotherGivenNameIsNotThePerson() {
        assertEquals(List.of(), people("The United Nations Secretary-General, António Guterres, met President Museveni."));
    }

    @Test
    void aSurnameAfterATitleAFormOfAddressOrAnInitialIsThePerson() {
        assertEquals(List.of("Francisco Guterres"), people("President Guterres met the Prime Minister."));
        assertEquals(List.of("Francisco Guterres"), people("Then Mr Guterres met the Prime Minister."));
        assertEquals(List.of("Antony Blinken"), people("Secretary Antony J. Blinken met the Prime Minister."));
    }
}
