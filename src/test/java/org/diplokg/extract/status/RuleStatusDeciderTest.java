package org.diplokg.extract.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.annotate.LinguisticAnnotator;
import org.diplokg.lang.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The title's announcement of a trip ahead, for what the text tells without a tense of its own. */
class RuleStatusDeciderTest {
    static MeetingStatus decide(String title, String sentence) {
        TextSpan all = new TextSpan(0, sentence.length());
        return StatusDecider.RULES.decide(new StatusContext(all, sentence, sentence, sentence, sentence, title,
                Optional.of(LocalDate.parse("2024-01-10")), () -> LinguisticAnnotator.words(sentence, all)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Prime Minister to visit Brazil and Chile | Rio is the first stop during the Prime Minister's visit to Brazil. | SCHEDULED",
            "Prime Minister to visit Brazil and Chile | The Prime Minister met President Lula in Brasilia. | HELD",
            "Prime Minister visits Brazil | Rio is the first stop during the Prime Minister's visit to Brazil. | HELD",
            "Minister Rau will visit Slovenia | The visit is the first by a Polish foreign minister since 2019. | SCHEDULED",
            "Prime Minister to visit Brazil and Chile | The talks were called off. | CANCELLED",
    })
    void anAnnouncedTripPutsItsUntensedMeetingsAhead(String title, String sentence, MeetingStatus expected) {
        assertEquals(expected, decide(title, sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I had planned to visit Somalia and was unable to do so because of the security situation. | CANCELLED",
            "He told Aquino that he would not be able to travel to the Philippines. | CANCELLED",
            "The Foreign Secretary is travelling to Egypt, Turkey and Qatar. | SCHEDULED",
            "The Foreign Secretary travelled to Egypt, Turkey and Qatar. | HELD",
            "He invited President Lula to visit Washington in early February, and President Lula accepted the invitation. | SCHEDULED",
            "He invited President Lula to visit Washington in February. | PROPOSED",
            "I would like to thank you for the meeting in Ankara today. | HELD",
            "I would like to meet you in Ankara. | PROPOSED",
            "The Prime Minister extended an invite to Prime Minister Frederiksen to visit the UK. | PROPOSED",
    })
    void tripsUnderWayAndTripsCalledOff(String sentence, MeetingStatus expected) {
        assertEquals(expected, decide("", sentence));
    }
}
