package org.diplokg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.serve.DiploServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver, never a
 * downloaded one), checked against SPARQL counts on the same data. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PREFIX = "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\n";

    private static DiploServer server;
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("the browser tests need Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (.ci/install, in the README's test command, installs them)");
        }
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        server = BundledCorpus.server();
        profile = Files.createTempDirectory("diplokg-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (service != null) service.stop();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void open(String path) {
        browser.get(server.baseUrl() + path);
    }

    private static void screenshot(String name) throws Exception {
        File f = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), Path.of("target", "screenshots", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static long count(String body) throws Exception {
        return Select.count(BundledCorpus.dataset(), Select.parse(PREFIX + body));
    }

    @Test
    void landingPageShowsTheFigures() throws Exception {
        open("/");
        assertEquals("DiploKG", browser.findElement(By.tagName("h1")).getText());
        String meetings = browser.findElement(By.cssSelector("#figure-meetings .n")).getText();
        assertEquals(Long.toString(count("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a dkg:DiplomaticMeeting }")), meetings);
        String states = browser.findElement(By.cssSelector("#figure-states .n")).getText();
        assertEquals(Long.toString(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a dkg:State }")), states);
        screenshot("landing");
    }

    @Test
    void anExampleQueryRunsAndShowsItsRows() throws Exception {
        open("/query");
        List<ExampleQueries.Example> examples = ExampleQueries.all();
        ExampleQueries.Example byState = examples.get(0);
        assertEquals("Meetings by state", byState.title());
        List<QuerySolution> expected = Select.rows(BundledCorpus.dataset(), Select.parse(byState.sparql()));
        browser.findElement(By.cssSelector("a.example[data-index='0']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results-table tbody tr")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#results-table tbody tr"));
        assertEquals(expected.size(), rows.size());
        List<String> names = rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
        assertEquals(expected.stream().map(s -> s.getLiteral("name").getLexicalForm()).toList(), names);
        String firstCount = rows.get(0).findElements(By.tagName("td")).get(2).getText();
        assertEquals(Long.toString(expected.get(0).getLiteral("meetings").getLong()), firstCount);
        assertTrue(browser.findElement(By.id("status")).getText().startsWith(expected.size() + " row"));
        screenshot("query");
    }

    @Test
    void aMeetingPageShowsParticipantsByStateAndEvidence() throws Exception {
        List<QuerySolution> m = Select.rows(BundledCorpus.dataset(), Select.parse(PREFIX + """
                SELECT ?m (COUNT(DISTINCT ?s) AS ?states) (COUNT(DISTINCT ?p) AS ?people)
                { ?m a dkg:DiplomaticMeeting ; dkg:participatingState ?s ; dkg:participant ?p }
                GROUP BY ?m ORDER BY DESC(?people) ?m LIMIT 1"""));
        String iri = m.get(0).getResource("m").getURI();
        open("/" + iri.substring(PublicBase.DEFAULT.length()));
        List<WebElement> states = browser.findElements(By.cssSelector("ul.participants li.state:not(.unplaced)"));
        assertEquals(m.get(0).getLiteral("states").getLong(), states.size());
        assertEquals(m.get(0).getLiteral("people").getLong(), browser.findElements(By.cssSelector("ul.participants .person")).size());
        ParameterizedSparqlString labels = new ParameterizedSparqlString(PREFIX
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?l { ?m dkg:participant/rdfs:label ?l }");
        labels.setIri("m", iri);
        List<String> people = Select.rows(BundledCorpus.dataset(), labels.asQuery()).stream().map(s -> s.getLiteral("l").getLexicalForm()).toList();
        String participants = browser.findElement(By.cssSelector("ul.participants")).getText();
        people.forEach(p -> assertTrue(participants.contains(p), p + " missing from " + participants));
        List<WebElement> sentences = browser.findElements(By.cssSelector("ol.evidence li.sentence"));
        assertFalse(sentences.isEmpty());
        List<WebElement> marks = browser.findElements(By.cssSelector("ol.evidence mark.mention"));
        assertFalse(marks.isEmpty(), "supporting words are highlighted");
        String marked = marks.stream().map(WebElement::getText).collect(Collectors.joining("|"));
        assertTrue(people.stream().anyMatch(p -> marked.contains(p.split(" ")[0]) || marked.contains(p.split(" ")[p.split(" ").length - 1])),
                "a participant's name is among the marked words: " + marked);
        screenshot("meeting");
        browser.findElement(By.cssSelector("ol.evidence a.in-context")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fulltext")));
        assertTrue(browser.getCurrentUrl().contains("/text#char="), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Text of "));
        screenshot("article-text");
    }

    @Test
    void timelineHasOneDotPerMeetingColouredByStatus() throws Exception {
        open("/timeline");
        assertEquals(count("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a dkg:DiplomaticMeeting }"),
                browser.findElements(By.cssSelector("#timeline circle.meeting")).size());
        for (Node status : List.of(DKG.Held, DKG.Scheduled, DKG.Proposed, DKG.Cancelled)) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIX + "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a dkg:DiplomaticMeeting ; dkg:status ?status }");
            q.setIri("status", status.getURI());
            String name = status.getLocalName().toLowerCase(java.util.Locale.ROOT);
            assertEquals(Select.count(BundledCorpus.dataset(), q.asQuery()),
                    browser.findElements(By.cssSelector("#timeline circle.status-" + name)).size(), name);
        }
        screenshot("timeline");
    }

    @Test
    void networkHasOneNodePerStateAndOneLinePerPairThatMet() throws Exception {
        open("/network");
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?m dkg:participatingState ?s }"),
                browser.findElements(By.cssSelector("#network g.node")).size());
        assertEquals(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?a ?b { ?m dkg:participatingState ?a, ?b FILTER(STR(?a) < STR(?b)) } }"),
                browser.findElements(By.cssSelector("#network line.edge")).size());
        screenshot("network");
        open("/network?of=people");
        assertEquals(count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?m dkg:participant ?p }"),
                browser.findElements(By.cssSelector("#network g.node")).size());
    }
}
