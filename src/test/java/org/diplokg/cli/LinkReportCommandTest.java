package org.diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.diplokg.extract.gazetteer.wikidata.GazetteerRefresh;
import org.junit.jupiter.api.Test;

class LinkReportCommandTest {
    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void listsTheSeedsPeopleWithoutACheckedQidAsCsv() {
        String[] r = run("link-report", "-q", "--format", "csv", "--gazetteer", "data/gazetteer", "data/articles");
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertEquals("article,begin,end,kind,name,mention,state,candidates", lines.get(0));
        assertTrue(lines.contains("000_f3c7d27c4d852da1,683,721,no_qid,Cho Hyun,South Korean Foreign Minister Cho Hyun,"
                + "South Korea,https://w3id.org/diplokg/id/person/cho-hyun"), r[1]);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("002_1ae532e356957e87,") && l.contains(",Park Yoon-joo,")), r[1]);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",").length >= 7), r[1]);
    }

    @Test
    void tableIsTheDefaultAndAnUnknownFormatIsAUsageError() {
        String[] t = run("link-report", "-q", "data/articles");
        assertEquals("0", t[0], t[2]);
        assertTrue(t[1].lines().anyMatch(l -> l.matches("002_1ae532e356957e87\\s+\\d+\\s+\\d+\\s+no_qid\\s+Park Yoon-joo\\s+.*")), t[1]);
        assertEquals("2", run("link-report", "--format", "xml", "data/articles")[0]);
    }

    @Test
    void theShippedQueriesParse() {
        for (String name : GazetteerRefresh.QUERIES) {
            Query q = QueryFactory.create(GazetteerRefresh.query(name));
            assertTrue(q.isSelectType() && q.hasOrderBy(), name + " must be an ordered SELECT, for paging");
        }
        Query federated = QueryFactory.create(GazetteerRefresh.query("federated-participants.rq"));
        assertTrue(federated.toString().contains("SERVICE <https://query.wikidata.org/sparql>"));
    }
}
