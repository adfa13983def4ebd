package org.diplokg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplokg.SeedCorpus;
import org.diplokg.pipeline.Batch;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.pipeline.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's time axis, on articles whose meetings have dates (the bundled corpus has none). */
class DatedTimelineTest {
    @TempDir
    Path dir;

    @Test
    void datedMeetingsSitOnTheAxisInDateOrder() throws Exception {
        Path cases = Path.of("src/test/resources/cases/extract");
        List<Path> files = new java.util.ArrayList<>();
        for (String c : List.of("c01_readout_dateline", "c04_unga_digest", "c05_officials_trilateral", "c02_postponed_ministers")) {
            files.add(java.nio.file.Files.copy(cases.resolve(c).resolve("article.txt"), dir.resolve(c + ".txt")));
            Path meta = cases.resolve(c).resolve("article.properties");
            if (java.nio.file.Files.exists(meta)) java.nio.file.Files.copy(meta, dir.resolve(c + ".properties"));
        }
        Batch b = new Pipeline(SeedCorpus.gazetteer()).run(files, Progress.NONE);
        Graph g = b.union();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> g.find().forEachRemaining(dsg.getDefaultGraph()::add));
        String html = new TimelinePage(dsg, new PublicBase(PublicBase.DEFAULT)).html();
        int meetings = b.results().stream().mapToInt(r -> r.meetings().size()).sum();
        long dated = b.results().stream().flatMap(r -> r.meetings().stream()).filter(m -> m.meeting().date().isPresent()).count();
        assertEquals(6, meetings);
        assertEquals(5, dated);
        assertTrue(html.contains(meetings + " meetings, coloured by status. " + dated + " have a date"), html);
        assertTrue(html.contains(">Dated</text>"), "a dated lane");
        assertEquals(meetings, count(html, "<circle class=\"meeting "));
        Matcher axis = Pattern.compile("<text[^>]*>(\\d{4}-\\d{2}(?:-\\d{2})?)</text>").matcher(html);
        assertTrue(axis.find());
        String first = axis.group(1);
        assertTrue(axis.find());
        assertTrue(first.compareTo(axis.group(1)) < 0, "axis runs from the earliest to the latest date");
        assertEquals("2024-09-24", first);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
