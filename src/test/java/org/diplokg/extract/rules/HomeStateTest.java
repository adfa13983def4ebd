package org.diplokg.extract.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplokg.SeedCorpus;
import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Entity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HomeStateTest {
    static final HomeState HOME = new HomeState(SeedCorpus.gazetteer(), new ActorRules(SeedCorpus.gazetteer()));

    static String home(String source, String text) {
        List<TextSpan> lines = new ArrayList<>();
        int at = 0;
        for (String l : text.split("\n", -1)) {
            if (!l.isBlank()) lines.add(new TextSpan(at, at + l.length()));
            at += l.length() + 1;
        }
        Article a = new Article("x", "t", text, Optional.ofNullable(source.isEmpty() ? null : source),
                Optional.empty(), Path.of("x.txt"), lines);
        return HOME.of(a).flatMap(Entity::qid).orElse("none");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://www.state.gov/secretary-blinkens-meeting/ | The Secretary met the Foreign Minister. | Q30",
            "https://kr.usembassy.gov/2023-summit/ | Leaders met. | Q30",
            "https://history.state.gov./historicaldocuments/frus1977-80v03/d172 | The President met. | Q30",
            "https://www.gov.uk/government/news/x | The Foreign Secretary met the Taoiseach. | Q145",
            "https://www.mofa.go.jp/a_o/rp/page.html | Foreign Minister met. | Q17",
            "https://www.mea.gov.in/bilateral.htm | The External Affairs Minister met. | Q668",
            "https://www.kildarestreet.com/wrans/?id=1 | I met the Foreign Secretary. | Q27",
            "https://www.example-news.com/story | The Prime Minister met. | none",
            "https://www.bbc.co.uk/news/x | The Prime Minister met. | none",
            "https://merrionstreet.ie/en/news-room/x | The Taoiseach met. | Q27",
            "https://presidentofindia.nic.in/press-release/x | The President met. | Q668",
            "https://www.mzv.cz/jnp/en/x | The Minister met. | Q213",
            "https://www.urm.lt/en/news/x | The Minister met. | Q37",
            "https://www.mrree.gub.uy/x | The Minister met. | Q77",
            "https://www.kormany.hu/en/x | The Prime Minister met. | Q28",
            "https://hansard.parliament.uk/commons/x | The Foreign Secretary met. | Q145",
            "https://www.miragenews.com/x | The Prime Minister met. | none",
            "- | The US Department of State released the following statement: the Secretary met. | Q30",
            "- | Nobody is named here. | none",
            "https://www.globalsecurity.org/x | Daily Press Briefing by the Office of the Spokesperson for the Secretary-General: the Secretary-General visited Kazakhstan. | none",
            "https://www.globalsecurity.org/x | Daily Press Briefing by the Office of the Spokesperson: the Secretary met the Minister. | Q30",
            "https://www.einpresswire.com/article/1 | The below is attributable to Principal Deputy Spokesperson Vedant Patel: the Deputy Secretary met the Minister. | Q30",
            "- | Vladimir Putin: Mr President, ladies and gentlemen, we held talks. | Q159",
            "https://www.miragenews.com/x | President Vladimir Putin held talks with the Prime Minister. | Q159",
            "https://www.miragenews.com/x | At the invitation of President Vladimir Putin, the Prime Minister travelled. | none",
            "https://www.miragenews.com/x | The Secretary-General met President Vladimir Putin in Moscow. | none",
            "https://worldjpn.net/x | [Title] Press Conference by President Vladimir Putin on his visit | Q159",
            "https://worldjpn.net/x | Remarks by the President Vladimir Putin at the summit | Q159",
            "https://worldjpn.net/x | A visit by President Vladimir Putin to India | none",
    })
    void speakingStateComesFromTheSourceHostATranscriptSpeakerTheIssuingBodyOrTheOpeningsSubject(String source, String text, String expected) {
        assertEquals(expected, home(source == null ? "" : source, text));
    }
}
