package org.diplokg.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.diplokg.article.Article;
import org.diplokg.extract.EvidenceSpan;
import org.diplokg.link.LinkedEntity;
import org.diplokg.link.LinkedMeeting;
import org.diplokg.link.LinkedParticipant;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.rdf.MeetingLabel;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;
import org.diplokg.resolve.Report;

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
                        place, date, evidence(r.article(), lm), lm.meeting().level().map(l -> l.label()).orElse(null)));
            }
        }
        return out;
    }

    /** A predicted report reduced for scoring, with the meeting the resolver put it in and that meeting's status. */
    public record Grouped(ScoredMeeting report, String meeting, String meetingStatus) {
    }

    /**
     * The reports of a resolved graph (as {@code convert} writes it), each with its meeting. Ids are
     * the reports' IRIs; states, people and places are reduced to their Wikidata QIDs.
     */
    public static List<Grouped> grouped(Graph g) {
        List<Grouped> out = new ArrayList<>();
        for (Report r : Report.read(g)) {
            Set<String> states = new LinkedHashSet<>();
            r.states().forEach(s -> qid(g, s).ifPresent(states::add));
            Set<String> people = new LinkedHashSet<>();
            r.people().forEach(p -> qid(g, p).ifPresent(people::add));
            String place = r.place().flatMap(p -> qid(g, p)).orElse(null);
            List<String> words = new ArrayList<>();
            r.evidence().stream().map(Node::getURI).sorted().forEach(span ->
                    g.find(NodeFactory.createURI(span), Namespaces.NIF_ANCHOR_OF, Node.ANY)
                            .forEachRemaining(t -> words.add(t.getObject().getLiteralLexicalForm())));
            ScoredMeeting sm = new ScoredMeeting(r.articleId(), r.iri().getURI(), MeetingLabel.statusWord(r.status()), states,
                    people, place, r.date().orElse(null), String.join(" ... ", words));
            Node meeting = g.find(r.iri(), DKG.reportOf, Node.ANY).next().getObject();
            Node status = g.find(meeting, DKG.status, Node.ANY).next().getObject();
            out.add(new Grouped(sm, meeting.getURI(), MeetingLabel.statusWord(status)));
        }
        return out;
    }

    private static java.util.Optional<String> qid(Graph g, Node entity) {
        return g.find(entity, OWL.sameAs.asNode(), Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(o -> o.isURI() && o.getURI().startsWith(Namespaces.WD)).map(o -> o.getURI().substring(Namespaces.WD.length()))
                .sorted().findFirst();
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
