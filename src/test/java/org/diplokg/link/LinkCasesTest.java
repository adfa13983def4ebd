package org.diplokg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.diplokg.article.Article;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.Meeting;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Data-driven linking cases from {@code src/test/resources/cases/link/}; see the README there. */
class LinkCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/link");
    static final String ID = "https://w3id.org/diplokg/id/";
    static final ShaclGate GATE = ShaclGate.fromFile(Path.of("shapes/diplokg-shapes.ttl"));

    static Gazetteer gazetteer(Path caseDir) {
        Model m = GazetteerLoader.readFolder(Path.of("data/gazetteer"));
        Path extra = caseDir.resolve("gazetteer.ttl");
        if (Files.exists(extra)) RDFParser.source(extra).parse(m);
        return GazetteerLoader.fromModel(m);
    }

    static ArticleResult convert(Path article, Gazetteer g) throws Exception {
        return new Pipeline(g).process(article);
    }

    /** Each participant with the basis recorded on the spans that name it ("LOCAL" when none). */
    static Set<String> participants(Graph g) {
        String q = """
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                SELECT DISTINCT ?p ?basis WHERE {
                  ?m dkg:participant ?p .
                  OPTIONAL { ?m dkg:evidence ?s . ?s itsrdf:taIdentRef ?p ; dkg:linkBasis ?basis }
                }""";
        Set<String> out = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getResource("p").getURI() + "\t"
                    + (s.contains("basis") ? basis(s.getResource("basis").getLocalName()) : "LOCAL")));
        }
        return out;
    }

    static String basis(String local) {
        return switch (local) {
            case "ByName" -> "NAME";
            case "ByNameAndOffice" -> "NAME_AND_OFFICE";
            case "ByOfficeAndDate" -> "OFFICE_AND_DATE";
            default -> local;
        };
    }

    static Set<String> lines(Path f) throws IOException {
        if (!Files.exists(f)) return Set.of();
        return new TreeSet<>(Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CASES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(dirs.size() >= 5, "cases: " + dirs);
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            ArticleResult r = convert(dir.resolve("article.txt"), gazetteer(dir));
            assertFalse(r.meetings().isEmpty(), "no meeting found in " + dir);
            assertEquals(lines(dir.resolve("expected.tsv")), participants(r.graph()), dir.toString());
            Set<String> issues = new TreeSet<>();
            r.meetings().forEach(lm -> lm.issues().forEach(i -> issues.add(i.kind() + "\t" + i.text())));
            assertEquals(lines(dir.resolve("issues.tsv")), issues, dir + " link-report rows");
            ValidationOutcome v = GATE.validate(r.resolved());
            assertTrue(v.conforms(), v.violations().toString());
        }));
    }

    @Test
    void anUnknownPersonGetsTheSameLocalIriInEveryArticleOfTheSameState() throws Exception {
        Gazetteer g = GazetteerLoader.fromFolder(Path.of("data/gazetteer"));
        Path dir = Path.of("src/test/resources/cases/local-iri");
        Set<String> one = participants(convert(dir.resolve("one.txt"), g).graph());
        Set<String> two = participants(convert(dir.resolve("two.txt"), g).graph());
        String iri = ID + "person/han-ji-won--q884\tLOCAL";
        assertTrue(one.contains(iri), one.toString());
        assertTrue(two.contains(iri), two.toString());
        Set<String> other = participants(convert(dir.resolve("other-state.txt"), g).graph());
        assertTrue(other.contains(ID + "person/han-ji-won--q17\tLOCAL"), other.toString());
        assertNotEquals(one, other);
    }

    /** A linker that resolves "Japan's Foreign Minister" by office and date to his predecessor: a wrong link. A person the text names is exempt (see the shape). */
    @Test
    void aPersonWhoHeldNoOfficeOfTheStatesThatDayIsAViolation() throws Exception {
        Path dir = CASES.resolve("office-and-date");
        Gazetteer g = gazetteer(dir);
        GazetteerLinker right = new GazetteerLinker(g);
        Linker wrong = (Meeting m) -> {
            LinkedMeeting lm = right.link(m);
            List<LinkedParticipant> ps = new ArrayList<>();
            for (LinkedParticipant p : lm.participants()) {
                boolean iwaya = p.person().iri().equals(ID + "person/Q1654639");
                ps.add(iwaya ? new LinkedParticipant(new GazetteerLinker(g).personOf(
                        g.entity(ID + "person/Q276275").orElseThrow(), LinkBasis.OFFICE_AND_DATE), p.state(), p.evidence()) : p);
            }
            return new LinkedMeeting(m, lm.states(), ps, lm.place(), lm.gathering(), lm.convenor(), lm.issues());
        };
        Article a = new ArticleReader().read(dir.resolve("article.txt"));
        ArticleResult bad = new Pipeline(new org.diplokg.extract.RuleBasedExtractor(g), wrong).process(a);
        ValidationOutcome v = GATE.validate(bad.resolved());
        assertFalse(v.conforms());
        assertEquals(1, v.violations().size(), v.violations().toString());
        assertTrue(v.violations().get(0).message().contains("person/Q276275")
                && v.violations().get(0).message().contains("held no office"), v.violations().toString());
        assertTrue(GATE.validate(new Pipeline(g).process(a).resolved()).conforms(), "the right link conforms");
    }

    /** A named person outside every term the gazetteer knows (Ishiba in 2019) is who the text says: no violation, the article is kept. */
    @Test
    void aNamedPersonOutsideTheirKnownTermsConforms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.txt"),
                "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Beijing on May 2.\n");
        java.nio.file.Files.writeString(dir.resolve("a.properties"), "published=2019-05-03\n");
        Article a = new ArticleReader().read(dir.resolve("a.txt"));
        ArticleResult r = new Pipeline(org.diplokg.SeedCorpus.gazetteer()).process(a);
        assertEquals(1, r.meetings().size());
        ValidationOutcome v = GATE.validate(r.resolved());
        assertTrue(v.conforms(), v.violations().toString());
    }
}
