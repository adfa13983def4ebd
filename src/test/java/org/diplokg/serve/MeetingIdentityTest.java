package org.diplokg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.diplokg.pipeline.Progress;
import org.diplokg.publish.Corpus;
import org.diplokg.publish.GraphNames;
import org.diplokg.publish.PublishOutcome;
import org.diplokg.publish.Release;
import org.diplokg.publish.TdbStore;
import org.diplokg.rdf.IriScheme;
import org.diplokg.serve.web.LinkedDataFront;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meeting IRIs across releases of a real TDB2 store, served by a real server: one more report of a
 * known meeting keeps its IRI and rewrites only that meeting; a report that joins two meetings keeps
 * the older IRI and leaves the other as owl:sameAs, answered with a 301 redirect.
 */
class MeetingIdentityTest {
    static final Path CASE = Path.of("src/test/resources/cases/resolve/bridge");

    @TempDir
    Path tmp;

    @Test
    void iriSurvivesMoreReportsAndAMergeRedirects() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        add(articles, "cd_us_kr", "cd_jp_kr");
        try (TdbStore store = TdbStore.open(tmp.resolve("db"))) {
            publish(articles, store);
            Map<Node, String> first = meetingGraphs(store);
            assertEquals(2, first.size(), first.toString());
            Node usKr = meetingOf(store, "cd_us_kr");
            Node jpKr = meetingOf(store, "cd_jp_kr");

            add(articles, "cd_us_kr_again");
            Release second = publish(articles, store);
            assertEquals(List.of("cd_us_kr_again"), second.added());
            Map<Node, String> after = meetingGraphs(store);
            assertEquals(first.keySet(), after.keySet(), "no meeting came or went");
            assertEquals(usKr, meetingOf(store, "cd_us_kr_again"), "the new report joined the known meeting");
            assertEquals(usKr, meetingOf(store, "cd_us_kr"), "which kept its IRI");
            assertEquals(Set.of(GraphNames.meeting(usKr)), changed(first, after), "and only that meeting was rewritten");

            add(articles, "cd_all");
            publish(articles, store);
            Map<Node, String> merged = meetingGraphs(store);
            assertEquals(Set.of(GraphNames.meeting(usKr)), merged.keySet(), "the older meeting survives the merge");
            assertEquals(usKr, meetingOf(store, "cd_jp_kr"));
            assertEquals(usKr, meetingOf(store, "cd_all"));

            try (DiploServer server = DiploServer.builder().dataset(store.dataset()).port(0)
                    .extend(LinkedDataFront.over(store.dataset()).routes()).start()) {
                String local = "/id/meeting/" + usKr.getURI().substring(usKr.getURI().lastIndexOf('/') + 1);
                String old = "/id/meeting/" + jpKr.getURI().substring(jpKr.getURI().lastIndexOf('/') + 1);
                HttpResponse<byte[]> redirect = Http.get(server.baseUrl() + old + "?format=ttl");
                assertEquals(301, redirect.statusCode());
                assertEquals(local + "?format=ttl", redirect.headers().firstValue("Location").orElseThrow());
                HttpResponse<byte[]> page = Http.get(server.baseUrl() + local);
                assertEquals(200, page.statusCode());
                String html = new String(page.body(), StandardCharsets.UTF_8);
                assertTrue(html.contains("Summit of South Korea, United States and Japan in Camp David, 2023-08-18 (held)"), html);
                assertTrue(html.contains("Reported by 4 articles."), html);
                assertTrue(html.contains("<h2>Status history</h2>"), html);
                int history = html.indexOf("<ol class=\"history\">");
                String steps = html.substring(history, html.indexOf("</ol>", history));
                assertEquals(4, steps.split("<li>", -1).length - 1, steps);
                assertTrue(steps.indexOf("2023-08-19") < steps.indexOf("2023-08-20") && steps.indexOf("2023-08-20") < steps.indexOf("2023-08-21"),
                        "reports in publication order: " + steps);
                assertEquals(4, html.split("<h2 class=\"report\">Evidence of ", -1).length - 1, "each report's evidence");
                assertTrue(html.contains("Why it is this meeting: through cd_all-"), html);
                String timeline = new String(Http.get(server.baseUrl() + "/timeline").body(), StandardCharsets.UTF_8);
                assertEquals(1, timeline.split(java.util.regex.Pattern.quote(local + "\""), -1).length - 1,
                        "the timeline places the meeting once");
                assertEquals(404, Http.get(server.baseUrl() + "/id/meeting/no-such-meeting").statusCode());
                ParameterizedSparqlString q = new ParameterizedSparqlString("""
                        SELECT (COUNT(DISTINCT ?m) AS ?n) ?same WHERE { ?m a ?meeting . OPTIONAL { ?old ?sameAs ?m } } GROUP BY ?same""");
                q.setIri("meeting", org.diplokg.rdf.vocab.DKG.DiplomaticMeeting.getURI());
                q.setIri("sameAs", org.apache.jena.vocabulary.OWL.sameAs.getURI());
                q.setIri("old", jpKr.getURI());
                try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(q.asQuery()).build()) {
                    QuerySolution row = qe.execSelect().next();
                    assertEquals(1, row.getLiteral("n").getInt(), "one meeting over SPARQL");
                }
            }
        }
    }

    private static void add(Path articles, String... ids) throws IOException {
        for (String id : ids) {
            for (String ext : List.of(".txt", ".properties")) Files.copy(CASE.resolve(id + ext), articles.resolve(id + ext));
        }
    }

    private static Release publish(Path articles, TdbStore store) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return assertInstanceOf(PublishOutcome.Released.class, Corpus.publisher().publish(files, store, Progress.NONE)).release();
    }

    private static Map<Node, String> meetingGraphs(TdbStore store) {
        Map<Node, String> out = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        store.state().checksums().forEach((g, sum) -> {
            if (GraphNames.isMeeting(g)) out.put(g, sum);
        });
        return out;
    }

    private static Set<Node> changed(Map<Node, String> before, Map<Node, String> after) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        after.forEach((g, sum) -> {
            if (!sum.equals(before.get(g))) out.add(g);
        });
        return out;
    }

    /** The meeting the report of an article is of, read from the store. */
    private static Node meetingOf(TdbStore store, String articleId) {
        Node article = IriScheme.article(articleId);
        return store.dataset().calculateRead(() -> {
            List<Node> ms = new java.util.ArrayList<>();
            store.dataset().find(Node.ANY, Node.ANY, org.diplokg.rdf.vocab.Namespaces.PROV_WAS_DERIVED_FROM, article)
                    .forEachRemaining(q -> {
                        if (q.getSubject().getURI().contains("/report/")) {
                            store.dataset().find(Node.ANY, q.getSubject(), org.diplokg.rdf.vocab.DKG.reportOf, Node.ANY)
                                    .forEachRemaining(r -> ms.add(r.getObject()));
                        }
                    });
            assertEquals(1, ms.size(), articleId + ": " + ms);
            return ms.get(0);
        });
    }
}
