package org.diplokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplokg.article.Article;
import org.diplokg.extract.EvidenceSpan;
import org.diplokg.link.LinkedEntity;
import org.diplokg.link.LinkedMeeting;
import org.diplokg.link.LinkedParticipant;
import org.diplokg.pipeline.ArticleResult;

/** Reduces the pipeline's linked meetings to what the scorer compares. */
public final class Predictions {
    private Predictions() {
    }

    public static List<ScoredMeeting> of(List<ArticleResult> results) {
        List<ScoredMeeting> out = new ArrayList<>();
        for (ArticleResult r : results) {
            int n = 0;
            for (LinkedMeeting lm : r.meetings()) {
                Set<String> states = new LinkedHashSet<>();
                lm.states().forEach(s -> s.qid().ifPresent(states::add));
                Set<String> people = new LinkedHashSet<>();
                for (LinkedParticipant p : lm.participants()) p.person().qid().ifPresent(people::add);
                String place = lm.place().flatMap(LinkedEntity::qid).orElse(null);
                String date = lm.meeting().date().map(d -> d.lexical()).orElse(null);
                out.add(new ScoredMeeting(r.article().id(), "p" + (++n), lm.meeting().status().label(), states, people,
                        place, date, evidence(r.article(), lm)));
            }
        }
        return out;
    }

    private static String evidence(Article a, LinkedMeeting lm) {
        StringBuilder sb = new StringBuilder();
        for (EvidenceSpan e : lm.meeting().evidence()) {
            if (sb.length() > 0) sb.append(" ... ");
            sb.append(a.cover(e.span()));
        }
        return sb.toString();
    }
}
