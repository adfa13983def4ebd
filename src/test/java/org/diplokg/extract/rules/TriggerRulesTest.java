package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diplokg.lang.TextSpan;
import org.junit.jupiter.api.Test;

class TriggerRulesTest {
    private static List<String> triggers(String s) {
        return TriggerRules.find(s, new TextSpan(0, s.length()), List.of()).stream().map(x -> s.substring(x.begin(), x.end())).toList();
    }

    @Test
    void meetingWordsAndTheirConditions() {
        assertEquals(List.of("met"), triggers("Xi met Biden in Lima."));
        assertEquals(List.of("talks"), triggers("They held trilateral talks."));
        assertEquals(List.of("talk"), triggers("President Lee held a bilateral talk with President Aquino."));
        assertEquals(List.of(), triggers("We should talk with China."));
        assertEquals(List.of("is travelling to"), triggers("The Foreign Secretary is travelling to Egypt."));
        assertEquals(List.of("engagements"), triggers("He will hold bilateral engagements with heads of state from Barbados."));
        assertEquals(List.of(), triggers("We thank you for your engagement with the region."));
        assertEquals(List.of("delegation"), triggers("Prime Minister Key will lead a delegation to Samoa and Tonga."));
        assertEquals(List.of(), triggers("The delegation of Japan arrived."));
        assertEquals(List.of("pull-aside", "tête-à-tête"), triggers("A pull-aside and a tête-à-tête."));
        assertEquals(List.of(), triggers("He received a phone call from Scholz."));
        assertEquals(List.of("received"), triggers("He received Ukrainian President Zelensky."));
        assertEquals(List.of("received"), triggers("He was received in Tehran by the President."));
        assertEquals(List.of("welcome"), triggers("The Prime Minister will welcome Kenya's President Uhuru Kenyatta to Chequers."));
        assertEquals(List.of("welcomed"), triggers("The Prime Minister welcomed Japan's Foreign Minister to London."));
        assertEquals(List.of(), triggers("The Prime Minister welcomed Japan's decision to join."));
        assertEquals(List.of(), triggers("We welcome the agreement."));
        assertEquals(List.of(), triggers("He called on China to stop."));
        assertEquals(List.of("called on"), triggers("He called on President Lula."));
        assertEquals(List.of("bilateral"), triggers("We had a good bilateral with Prime Minister Modi."));
        assertEquals(List.of("talks"), triggers("He held bilateral talks with Prime Minister Modi."));
        assertEquals(List.of("audience"), triggers("The Secretary had an audience with King Abdullah II."));
        assertEquals(List.of("luncheon"), triggers("The Emperor will invite King Salman to the Imperial Residence for a luncheon."));
        assertEquals(List.of(), triggers("Contact has increased, with up to 15 meetings a year."));
        // a named dialogue or roundtable is a meeting; dialogue as a practice is not
        assertEquals(List.of("Dialogue"), triggers("They launched the U.S.-Angola Energy Security Dialogue."));
        assertEquals(List.of("Roundtable"), triggers("Leaders attended the Australia-China CEO Roundtable."));
        assertEquals(List.of(), triggers("They stressed the importance of dialogue."));
        assertEquals(List.of("discussion"), triggers("The Minister had a bilateral discussion with Minister Jaishankar."));
        assertEquals(List.of(), triggers("The two sides held a discussion on trade."));
        // a possessive's trip is a meeting word, unless another follows in the clause
        assertEquals(List.of("travel"), triggers("President Obama's travel to Indonesia has been cancelled."));
        assertEquals(List.of("met"), triggers("During his trip to Japan, the President met Prime Minister Kishida."));
        assertEquals(List.of("have"), triggers("It is an honour to have President Ruto here."));
        assertEquals(List.of(), triggers("They held a session."));
        assertEquals(List.of("session"), triggers("They held a session with Japan."));
        assertEquals(List.of("new round"), triggers("A new round begins."));
        assertEquals(List.of(), triggers("A new round of elections."));
        assertEquals(List.of(), triggers("They held a video meeting."));
        // negotiations as a process are no meeting; negotiations held, or one's own with someone, are
        assertEquals(List.of(), triggers("They called for the resumption of negotiations."));
        assertEquals(List.of("negotiations"), triggers("The delegations held negotiations in Geneva."));
        assertEquals(List.of("negotiations"), triggers("He informed him about his recent negotiations with Arafat."));
        // hosting a sports event or a presidency is no meeting
        assertEquals(List.of(), triggers("He congratulated Qatar on hosting the upcoming 2022 World Cup."));
        assertEquals(List.of("hosted"), triggers("Qatar hosted the Foreign Minister of Oman."));
    }

    @Test
    void remoteContactsAndOpenings() {
        assertTrue(TriggerRules.REMOTE_CONTACT.test("The leaders spoke by phone on Monday."));
        assertTrue(TriggerRules.REMOTE_CONTACT.test("They met virtually."));
        assertFalse(TriggerRules.REMOTE_CONTACT.test("They met in Paris."));
        assertEquals("The talks".length(), TriggerRules.anaphorEnd("The talks focused on trade."));
        assertEquals(-1, TriggerRules.anaphorEnd("The meeting brought together ten ministers."));
        assertEquals(-1, TriggerRules.anaphorEnd("Xi met Biden."));
        // an opening phrase of up to four words before the determiner ("As part of his European tour, ...")
        assertEquals("As part of his European tour".length(), TriggerRules.anaphorEnd("As part of his European tour, the Minister met Cameron."));
        // a subject, a verb and a possessive pronoun are no opening reference; the pronoun alone is one
        assertEquals(-1, TriggerRules.anaphorEnd("The Prime Minister concluded her visit to Japan today."));
        assertEquals("During her visit".length(), TriggerRules.anaphorEnd("During her visit, she met Kishida."));
        assertEquals("During his visit".length(), TriggerRules.anaphorEnd("During his visit, the Prime Minister met President Biden."));
        String s = "It would be the first meeting between them.";
        assertEquals(s.length(), TriggerRules.anaphorEnd(s));
    }
}
