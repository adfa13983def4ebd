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

    static List<String> states(String text) {
        Document d = AnnotatorsTest.upTo(MentionAnnotator.class, AnnotatorsTest.article(null, "2024-01-20", text));
        return d.get(MeetingLayers.MENTIONS).stream().flatMap(List::stream)
                .flatMap(m -> m.senses().stream().filter(s -> s.entity().kind() == org.diplokg.extract.gazetteer.EntityKind.STATE)
                        .map(s -> s.entity().label())).toList();
    }

    @Test
    void aRegionalAdjectiveNamesNoState() {
        assertEquals(List.of("Japan"), states("Latin American leaders visited Japan."));
        assertEquals(List.of("Japan"), states("Central American and South American leaders visited Japan."));
        assertEquals(List.of("Japan"), states("Latin-American and Inter American bodies visited Japan."));
        assertEquals(List.of(), states("He spoke at the Inter-American Commission on Human Rights."));
        assertEquals(List.of("United States", "Japan"), states("The American ambassador visited Japan."));
        assertEquals(List.of("South Africa"), states("South African leaders met."));
    }
}
