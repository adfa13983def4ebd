package org.diplokg.serve.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/** The counts shown on the landing page and published in the VoID description. */
final class Figures {
    private static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;
    /** Name shown on the page, with the query that counts it into ?n. */
    private static final Map<String, Query> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("meetings", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:DiplomaticMeeting }"));
        COUNTS.put("reports", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:MeetingReport }"));
        COUNTS.put("articles", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:Article }"));
        COUNTS.put("states", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:State }"));
        COUNTS.put("people", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:Person }"));
        COUNTS.put("places", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:Place }"));
        COUNTS.put("gatherings", q("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dkg:Gathering }"));
        COUNTS.put("links to Wikidata", q("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?x ?w { ?x owl:sameAs ?w "
                + "FILTER(STRSTARTS(STR(?w), \"http://www.wikidata.org/entity/\")) } }"));
        COUNTS.put("triples", q("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
    }

    private static Query q(String body) {
        return Select.parse(PREFIXES + body);
    }

    private Figures() {
    }

    static Map<String, Long> count(DatasetGraph dsg) {
        Map<String, Long> out = new LinkedHashMap<>();
        COUNTS.forEach((name, query) -> out.put(name, Select.count(dsg, query)));
        return out;
    }
}
