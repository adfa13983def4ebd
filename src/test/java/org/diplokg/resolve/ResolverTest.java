package org.diplokg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.rdf.IriScheme;
import org.diplokg.rdf.vocab.DKG;
import org.junit.jupiter.api.Test;

/** Small cases of grouping reports into meetings, status history and IRI survival. */
class ResolverTest {
    static final Node US = state("Q30"), CN = state("Q148"), JP = state("Q17"), KR = state("Q884"), RU = state("Q159");

    static Node state(String qid) {
        return NodeFactory.createURI(DKG.ID + "state/" + qid);
    }

    /** A report builder: article, publication day, status, states; optional facts by setter. */
    static final class R {
        final String article;
        final String published;
        final Node status;
        final List<Node> states;
        Node level;
        String date;
        Node place;
        Set<Node> gatherings = Set.of();
        Set<Node> people = Set.of();
        Map<Node, Set<Node>> peopleByState = Map.of();
        int nth;

        R(String article, String published, Node status, Node... states) {
            this.article = article;
            this.published = published;
            this.status = status;
            this.states = Arrays.asList(states);
        }

        R level(Node l) { level = l; return this; }
        /** The report's ordinal among its article's reports of the same status and states. */
        R nth(int n) { nth = n; return this; }
        R date(String d) { date = d; return this; }
        R place(String p) { place = NodeFactory.createURI(DKG.ID + "place/" + p); return this; }
        R gathering(String g) { gatherings = Set.of(NodeFactory.createURI(DKG.ID + "gathering/" + g)); return this; }
        /** People with the state they serve: state, person, state, person... */
        R serving(Object... stateAndPerson) {
            Map<Node, Set<Node>> by = new HashMap<>();
            java.util.Set<Node> all = new java.util.HashSet<>();
            for (int i = 0; i < stateAndPerson.length; i += 2) {
                Node p = NodeFactory.createURI(DKG.ID + "person/" + stateAndPerson[i + 1]);
                by.computeIfAbsent((Node) stateAndPerson[i], k -> new java.util.HashSet<>()).add(p);
                all.add(p);
            }
            peopleByState = by;
            people = Set.copyOf(all);
            return this;
        }

        R people(String... p) { people = Set.copyOf(Arrays.stream(p).map(x -> NodeFactory.createURI(DKG.ID + "person/" + x)).toList()); return this; }

        Report build() {
            Node iri = IriScheme.report(article, status.getLocalName(), states.stream().map(Node::getURI).toList(), nth);
            return new Report(iri, IriScheme.article(article), article, Optional.ofNullable(published).map(LocalDate::parse), status,
                    Optional.ofNullable(level), states, Optional.ofNullable(date), Optional.ofNullable(place), gatherings, people,
                    Set.of(NodeFactory.createURI(IriScheme.textBase(article) + "#char=0,1")), peopleByState);
        }
    }

    static List<ResolvedMeeting> resolve(R... rs) {
        return new Resolver().resolve(Arrays.stream(rs).map(R::build).toList(), PriorMeetings.NONE);
    }

    static ResolvedMeeting meetingOf(List<ResolvedMeeting> ms, String article) {
        return ms.stream().filter(m -> m.reports().stream().anyMatch(r -> r.articleId().equals(article))).findFirst().orElseThrow();
    }

    @Test
    void announcedThenHeldIsOneHeldMeetingNamedAfterItsFirstReport() {
        List<ResolvedMeeting> ms = resolve(
                new R("b", "2023-11-16", DKG.Held, US, CN).level(DKG.Leaders).place("woodside"),
                new R("a", "2023-11-10", DKG.Scheduled, US, CN).level(DKG.Leaders));
        assertEquals(1, ms.size());
        ResolvedMeeting m = ms.get(0);
        assertEquals(DKG.Held, m.status());
        assertEquals(List.of("a", "b"), m.reports().stream().map(Report::articleId).toList());
        assertEquals(IriScheme.meetingFoundedBy(m.reports().get(0).iri()), m.iri());
        assertTrue(m.basis().get(m.reports().get(0).iri()).startsWith("founded the meeting"), m.basis().toString());
        String joined = m.basis().get(m.reports().get(1).iri());
        assertTrue(joined.contains("same states Q30, Q148") && joined.contains("same level Leaders"), joined);
    }

    @Test
    void aReportNamingFewerStatesJoinsTheTrilateral() {
        List<ResolvedMeeting> ms = resolve(
                new R("a", "2023-08-18", DKG.Held, US, JP, KR).date("2023-08-18").place("camp-david"),
                new R("b", "2023-08-19", DKG.Held, JP, KR).date("2023-08-18"));
        assertEquals(1, ms.size());
        assertTrue(ms.get(0).basis().values().stream().anyMatch(b -> b.contains("compatible states") && b.contains("same day")));
    }

    @Test
    void aLaterMeetingOfTheSameStatesStaysApart() {
        List<ResolvedMeeting> ms = resolve(
                new R("june", "2023-06-19", DKG.Held, US, CN).level(DKG.Ministers),
                new R("june2", "2023-06-20", DKG.Held, US, CN).level(DKG.Ministers),
                new R("oct", "2023-10-27", DKG.Held, US, CN).level(DKG.Ministers));
        assertEquals(2, ms.size());
        assertEquals(2, meetingOf(ms, "june").reports().size());
        assertEquals(1, meetingOf(ms, "oct").reports().size());
        assertTrue(meetingOf(ms, "oct").basis().values().iterator().next().startsWith("founded the meeting"));
    }

    @Test
    void differentDatesLevelsOrGatheringsStayApart() {
        assertEquals(2, resolve(new R("a", "2024-01-01", DKG.Held, US, CN).date("2023-12-20"),
                new R("b", "2024-01-02", DKG.Held, US, CN).date("2023-12-28")).size());
        assertEquals(2, resolve(new R("a", "2024-01-01", DKG.Held, US, CN).level(DKG.Leaders),
                new R("b", "2024-01-02", DKG.Held, US, CN).level(DKG.Ministers)).size());
        assertEquals(2, resolve(new R("a", "2024-01-01", DKG.Held, US, CN).gathering("apec-2023"),
                new R("b", "2024-01-02", DKG.Held, US, CN).gathering("g20-2023")).size());
        // another place and nothing else in common
        assertEquals(2, resolve(new R("a", "2024-01-01", DKG.Held, US, CN, RU).place("beijing"),
                new R("b", "2024-01-02", DKG.Held, US, CN).place("washington")).size());
        // another place, but the same states: a venue and its city, say
        assertEquals(1, resolve(new R("a", "2024-01-01", DKG.Held, US, CN).place("great-hall"),
                new R("b", "2024-01-02", DKG.Held, US, CN).place("beijing")).size());
        // a trilateral after a bilateral of the same days: two meetings, unless day, place or gathering tie them
        assertEquals(2, resolve(new R("a", "2024-01-01", DKG.Held, US, JP), new R("b", "2024-01-02", DKG.Held, US, JP, KR)).size());
        assertEquals(1, resolve(new R("a", "2024-01-01", DKG.Held, US, JP).place("camp-david"),
                new R("b", "2024-01-02", DKG.Held, US, JP, KR).place("camp-david")).size());
        // another place but the same day: the same meeting (a venue and its city, say)
        assertEquals(1, resolve(new R("a", "2024-01-01", DKG.Held, US, CN).place("filoli").date("2023-12-31"),
                new R("b", "2024-01-02", DKG.Held, US, CN).place("woodside").date("2023-12-31")).size());
    }

    @Test
    void anUndatedReportOfAnUndatedArticleCannotBePlacedAndStaysAlone() {
        List<ResolvedMeeting> ms = resolve(new R("a", null, DKG.Held, US, CN), new R("b", null, DKG.Held, US, CN));
        assertEquals(2, ms.size());
        assertTrue(ms.get(0).basis().values().iterator().next().contains("cannot be placed in time"));
    }

    @Test
    void twoReportsOfOneArticleAreTwoMeetings() {
        assertEquals(2, resolve(new R("a", "2024-01-01", DKG.Held, US, CN), new R("a", "2024-01-01", DKG.Held, US, CN, RU)).size());
    }

    @Test
    void ofAnArticlesOwnReportsTheOneThatFitsBestJoinsTheEarlierMeeting() {
        // "The day before yesterday, we met in Shanghai. And now, in Beijing": of two held meetings of the same states in one
        // text, the one of the same day and place as an earlier report joins it, whichever of the two comes first
        for (int first = 0; first < 2; first++) {
            List<ResolvedMeeting> ms = resolve(
                    new R("a", "2023-11-07", DKG.Held, CN, US).date("2023-11-07").place("beijing"),
                    new R("b", "2023-11-08", DKG.Held, CN, US).date("2023-11-05").nth(first),
                    new R("b", "2023-11-08", DKG.Held, CN, US).date("2023-11-07").place("beijing").nth(1 - first));
            assertEquals(2, ms.size());
            ResolvedMeeting joined = meetingOf(ms, "a");
            assertEquals(List.of("2023-11-07", "2023-11-07"), joined.reports().stream().map(r -> r.date().orElseThrow()).toList());
        }
    }

    @Test
    void postponedThenRescheduledThenHeld() {
        R announced = new R("a", "2023-10-01", DKG.Scheduled, JP, KR).date("2023-10-20").level(DKG.Leaders);
        R postponed = new R("b", "2023-10-15", DKG.Cancelled, JP, KR).level(DKG.Leaders);
        R rescheduled = new R("c", "2023-11-20", DKG.Scheduled, JP, KR).date("2023-12-05").level(DKG.Leaders);
        R held = new R("d", "2023-12-06", DKG.Held, JP, KR).date("2023-12-05").level(DKG.Leaders);
        assertEquals(DKG.Cancelled, single(resolve(announced, postponed)).status());
        assertEquals(DKG.Scheduled, single(resolve(announced, postponed, rescheduled)).status());
        ResolvedMeeting m = single(resolve(held, rescheduled, postponed, announced));
        assertEquals(DKG.Held, m.status());
        assertEquals(List.of("a", "b", "c", "d"), m.reports().stream().map(Report::articleId).toList());
    }

    static ResolvedMeeting single(List<ResolvedMeeting> ms) {
        assertEquals(1, ms.size(), () -> ms.toString());
        return ms.get(0);
    }

    @Test
    void statusHistoryRules() {
        assertEquals(DKG.Held, history(DKG.Scheduled, DKG.Held));
        assertEquals(DKG.Held, history(DKG.Held, DKG.Proposed));
        assertEquals(DKG.Held, history(DKG.Held, DKG.Scheduled));
        assertEquals(DKG.Cancelled, history(DKG.Scheduled, DKG.Cancelled));
        assertEquals(DKG.Cancelled, history(DKG.Scheduled, DKG.Cancelled, DKG.Proposed));
        assertEquals(DKG.Scheduled, history(DKG.Cancelled, DKG.Scheduled));
        assertEquals(DKG.Held, history(DKG.Cancelled, DKG.Held));
        assertEquals(DKG.Scheduled, history(DKG.Proposed, DKG.Scheduled, DKG.Proposed));
        assertEquals(DKG.Proposed, history(DKG.Proposed));
    }

    static Node history(Node... statuses) {
        Node current = null;
        for (Node s : statuses) current = StatusHistory.next(current, s);
        return current;
    }

    @Test
    void aMeetingKeepsItsIriWhenAnEarlierReportArrives() {
        Report later = new R("b", "2023-11-16", DKG.Held, US, CN).build();
        Node published = new Resolver().resolve(List.of(later), PriorMeetings.NONE).get(0).iri();
        Report earlier = new R("a", "2023-11-10", DKG.Scheduled, US, CN).build();
        PriorMeetings prior = new PriorMeetings(Map.of(later.iri(), published), Map.of());
        ResolvedMeeting m = single(new Resolver().resolve(List.of(later, earlier), prior));
        assertEquals(published, m.iri());
        assertEquals(earlier, m.reports().get(0));
    }

    @Test
    void aMeetingThatSplitsGivesItsOtherPartAFreshIriInsteadOfFailing() {
        // a and b were one meeting, founded by b; now they stand apart (a is in another year), and a's meeting,
        // first in publication order, keeps the published IRI: b's part needs one no report holds
        Report a = new R("a", "2023-08-10", DKG.Held, US, CN).date("2022-08-09").build();
        Report b = new R("b", "2023-08-19", DKG.Held, US, CN).date("2023-08-18").build();
        Node mb = IriScheme.meetingFoundedBy(b.iri());
        PriorMeetings prior = new PriorMeetings(Map.of(a.iri(), mb, b.iri(), mb), Map.of());
        List<ResolvedMeeting> ms = new Resolver().resolve(List.of(a, b), prior);
        assertEquals(2, ms.size());
        assertEquals(2, ms.stream().map(ResolvedMeeting::iri).distinct().count());
        assertTrue(ms.stream().anyMatch(m -> m.iri().equals(mb)));
        assertTrue(ms.stream().anyMatch(m -> m.iri().getURI().equals(mb.getURI() + "-2")));
        assertEquals(ms, new Resolver().resolve(List.of(a, b), prior), "the same input gives the same IRIs");
    }

    @Test
    void aBridgingReportMergesTwoMeetingsAndTheOlderSurvives() {
        Report a = new R("a", "2023-08-10", DKG.Scheduled, US, JP, KR).date("2023-08").build();
        Report b = new R("b", "2023-08-19", DKG.Held, US, JP, KR).date("2023-08-18").place("camp-david").build();
        Node ma = IriScheme.meetingFoundedBy(a.iri());
        Node mb = IriScheme.meetingFoundedBy(b.iri());
        Node older = IriScheme.meetingFoundedBy(NodeFactory.createURI(DKG.ID + "report/older"));
        Map<Node, Node> of = new HashMap<>(Map.of(a.iri(), ma, b.iri(), mb));
        PriorMeetings prior = new PriorMeetings(of, Map.of(mb, Set.of(older)));
        Report bridge = new R("c", "2023-08-20", DKG.Held, US, JP, KR).date("2023-08-18").build();
        ResolvedMeeting m = single(new Resolver().resolve(List.of(a, b, bridge), prior));
        assertEquals(ma, m.iri());
        assertEquals(Set.of(mb, older), m.aliases());
    }

    @Test
    void onlyTheBlocksAChangeTouchesAreResolvedAgain() {
        Report usCn = new R("a", "2023-11-10", DKG.Held, US, CN).build();
        Report jpKr = new R("b", "2023-11-10", DKG.Held, JP, KR).build();
        Report usCn2 = new R("c", "2023-11-11", DKG.Held, US, CN).build();
        assertEquals(2, Resolver.blocks(List.of(usCn, jpKr, usCn2)).size());
        List<ResolvedMeeting> first = new Resolver().resolve(List.of(usCn, jpKr), PriorMeetings.NONE);
        Map<Node, Node> of = new HashMap<>();
        first.forEach(m -> m.reports().forEach(r -> of.put(r.iri(), m.iri())));
        Resolver.Update u = new Resolver().update(List.of(usCn, jpKr, usCn2), new PriorMeetings(of, Map.of()), Set.of(usCn2.article()));
        assertEquals(1, u.blocks());
        assertEquals(2, u.reports());
        assertEquals(Set.of(of.get(usCn.iri())), u.superseded());
        assertEquals(of.get(usCn.iri()), single(u.meetings()).iri());
    }

    @Test
    void aLaterReportOfAllStatesBridgesTwoMeetingsThatWereApart() {
        R usKr = new R("a", "2023-08-19", DKG.Held, US, KR).date("2023-08-18").level(DKG.Leaders);
        R jpKr = new R("b", "2023-08-20", DKG.Held, JP, KR).date("2023-08-18").level(DKG.Leaders);
        assertEquals(2, resolve(usKr, jpKr).size(), "two states in common are needed");
        ResolvedMeeting m = single(resolve(usKr, jpKr, new R("c", "2023-08-21", DKG.Held, US, JP, KR).date("2023-08-18")));
        assertEquals(List.of("a", "b", "c"), m.reports().stream().map(Report::articleId).toList());
        assertTrue(m.basis().get(m.reports().get(1).iri()).startsWith("through c-"), m.basis().toString());
    }

    @Test
    void otherPeopleOfAStateMakeAnotherMeetingOfOneVisit() {
        Node au = state("Q408");
        R xi = new R("a", "2023-11-06", DKG.Held, au, CN).level(DKG.Leaders).serving(au, "albanese", CN, "xi");
        R li = new R("b", "2023-11-07", DKG.Held, au, CN).level(DKG.Leaders).serving(au, "albanese", CN, "li-qiang");
        List<ResolvedMeeting> ms = resolve(xi, li);
        assertEquals(2, ms.size());
        assertTrue(meetingOf(ms, "b").basis().values().iterator().next().contains("other people of Q148"), ms.toString());
        // the same people, or people of one side only, do not keep reports apart
        R again = new R("c", "2023-11-07", DKG.Held, au, CN).level(DKG.Leaders).serving(au, "albanese", CN, "li-qiang");
        R oneSide = new R("d", "2023-11-08", DKG.Held, au, CN).level(DKG.Leaders).serving(au, "albanese");
        List<ResolvedMeeting> four = resolve(xi, li, again, oneSide);
        assertEquals(2, four.size());
        assertEquals(meetingOf(four, "b"), meetingOf(four, "c"));
    }
}
