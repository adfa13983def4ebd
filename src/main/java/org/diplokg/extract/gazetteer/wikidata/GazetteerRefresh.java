package org.diplokg.extract.gazetteer.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Retrieves the Wikidata part of the gazetteer: states, their leaders' and foreign ministers'
 * offices, who held them since 2000, and gatherings. The result is written in the gazetteer
 * vocabulary with a PROV-O record of when, where from and with which queries, so that a
 * published link can be traced to the exact question asked of Wikidata.
 */
public final class GazetteerRefresh {
    public static final String DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql";
    /** The queries, run in this order; each is a resource under {@code /wikidata/}. */
    public static final List<String> QUERIES = List.of("states.rq", "offices.rq", "holders.rq", "gatherings.rq");

    static final String NS = "https://w3id.org/diplokg/ontology#";
    static final String ID = "https://w3id.org/diplokg/id/";
    static final String WD = "http://www.wikidata.org/entity/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    /** The extract as a document, and the refresh that made it. */
    public static final String EXTRACT = ID + "gazetteer/wikidata-extract";
    private static final Pattern ITEM = Pattern.compile("http://www\\.wikidata\\.org/entity/(Q[1-9][0-9]*)");

    private final SparqlPager pager;
    private final Model m = ModelFactory.createDefaultModel();
    private final Property alt = m.createProperty(SKOS + "altLabel");
    private final Property capital = m.createProperty(NS + "capital");
    private final Property country = m.createProperty(NS + "country");
    private final Property officeLevel = m.createProperty(NS + "officeLevel");
    private final Property holds = m.createProperty(NS + "holds");
    private final Property office = m.createProperty(NS + "office");
    private final Property startDate = m.createProperty(NS + "startDate");
    private final Property endDate = m.createProperty(NS + "endDate");
    private final Property convenedBy = m.createProperty(NS + "convenedBy");

    public GazetteerRefresh(SparqlPager pager) {
        this.pager = pager;
    }

    /** Runs every query and returns the extract; {@code started} is recorded as the retrieval time. */
    public Model run(Instant started) {
        prefixes();
        Resource activity = m.createResource(EXTRACT + "#refresh");
        activity.addProperty(RDF.type, m.createResource(PROV + "Activity"));
        activity.addProperty(RDFS.label, "Gazetteer refresh from a Wikidata SPARQL endpoint", "en");
        activity.addLiteral(m.createProperty(PROV + "startedAtTime"),
                m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime));
        activity.addProperty(m.createProperty(PROV + "used"), m.createResource(pager.endpoint().toString()));
        activity.addProperty(m.createProperty(PROV + "wasAssociatedWith"), m.createResource(ID + "agent/diplokg"));
        m.createResource(ID + "agent/diplokg").addProperty(RDF.type, m.createResource(PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, SparqlPager.USER_AGENT);
        Resource doc = m.createResource(EXTRACT);
        doc.addProperty(RDF.type, m.createResource(PROV + "Entity"));
        doc.addProperty(m.createProperty(PROV + "wasGeneratedBy"), activity);
        for (String name : QUERIES) {
            String text = query(name);
            Resource q = m.createResource(EXTRACT + "#query-" + name.replace(".rq", ""));
            q.addProperty(RDF.type, m.createResource(PROV + "Plan"));
            q.addProperty(RDFS.label, name);
            q.addProperty(m.createProperty(PROV + "value"), text);
            activity.addProperty(m.createProperty(PROV + "used"), q);
            List<QuerySolution> rows = pager.select(name, text);
            q.addProperty(RDFS.comment, rows.size() + " result rows");
            switch (name) {
                case "states.rq" -> rows.forEach(this::state);
                case "offices.rq" -> rows.forEach(this::office);
                case "holders.rq" -> rows.forEach(this::holder);
                case "gatherings.rq" -> rows.forEach(this::gathering);
                default -> throw new IllegalStateException(name);
            }
        }
        activity.addLiteral(m.createProperty(PROV + "endedAtTime"),
                m.createTypedLiteral(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        return m;
    }

    /** The text of one of {@link #QUERIES}. */
    public static String query(String name) {
        try (InputStream in = GazetteerRefresh.class.getResourceAsStream("/wikidata/" + name)) {
            if (in == null) throw new IllegalStateException("query /wikidata/" + name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read query /wikidata/" + name, e);
        }
    }

    private void state(QuerySolution row) {
        Optional<Resource> s = entity(row, "state", "state/", "State");
        if (s.isEmpty()) return;
        names(s.get(), row);
        item(row, "capital").ifPresent(qid -> {
            Resource c = m.createResource(ID + "place/" + qid);
            c.addProperty(RDF.type, m.createResource(NS + "Place"));
            c.addProperty(OWL.sameAs, m.createResource(WD + qid));
            c.addProperty(country, s.get());
            english(row, "capitalLabel").ifPresent(l -> c.addProperty(RDFS.label, l));
            s.get().addProperty(capital, c);
        });
    }

    private void office(QuerySolution row) {
        Optional<Resource> o = entity(row, "office", "office/", "Office");
        Optional<String> st = item(row, "state");
        if (o.isEmpty() || st.isEmpty()) return;
        names(o.get(), row);
        o.get().addProperty(country, m.createResource(ID + "state/" + st.get()));
        lexical(row, "level").filter(l -> l.matches("Leaders|Ministers|Officials"))
                .ifPresent(l -> o.get().addProperty(officeLevel, m.createResource(NS + l)));
    }

    private void holder(QuerySolution row) {
        Optional<Resource> p = entity(row, "person", "person/", "Person");
        Optional<String> off = item(row, "office");
        RDFNode statement = row.get("statement");
        if (p.isEmpty() || off.isEmpty() || statement == null || !statement.isURIResource()) return;
        names(p.get(), row);
        // one holding per Wikidata statement, named after it so that paging never duplicates it
        Resource h = m.createResource(ID + "holding/" + tail(statement.asResource().getURI()));
        h.addProperty(RDF.type, m.createResource(NS + "OfficeHolding"));
        h.addProperty(office, m.createResource(ID + "office/" + off.get()));
        day(row, "start").ifPresent(d -> h.addProperty(startDate, d));
        day(row, "end").ifPresent(d -> h.addProperty(endDate, d));
        p.get().addProperty(holds, h);
    }

    private void gathering(QuerySolution row) {
        Optional<Resource> g = entity(row, "gathering", "gathering/", "Gathering");
        if (g.isEmpty()) return;
        names(g.get(), row);
        item(row, "organizer").ifPresent(q -> g.get().addProperty(convenedBy, m.createResource(ID + "org/" + q)));
    }

    private Optional<Resource> entity(QuerySolution row, String var, String path, String cls) {
        return item(row, var).map(qid -> {
            Resource r = m.createResource(ID + path + qid);
            r.addProperty(RDF.type, m.createResource(NS + cls));
            r.addProperty(OWL.sameAs, m.createResource(WD + qid));
            return r;
        });
    }

    private void names(Resource r, QuerySolution row) {
        english(row, "label").ifPresent(l -> r.addProperty(RDFS.label, l));
        english(row, "alias").ifPresent(a -> r.addProperty(alt, a));
    }

    /** The QID of an item IRI; anything else (a blank node, a lexeme, "unknown value") gives nothing. */
    static Optional<String> item(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isURIResource()) return Optional.empty();
        var mt = ITEM.matcher(n.asResource().getURI());
        return mt.matches() ? Optional.of(mt.group(1)) : Optional.empty();
    }

    private Optional<Literal> english(QuerySolution row, String var) {
        return lexical(row, var).filter(s -> !s.isBlank()).map(s -> m.createLiteral(s.strip(), "en"));
    }

    private static Optional<String> lexical(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? Optional.of(n.asLiteral().getLexicalForm()) : Optional.empty();
    }

    /** Wikidata times are xsd:dateTime at midnight UTC; the gazetteer keeps the day. */
    private Optional<Literal> day(QuerySolution row, String var) {
        return lexical(row, var).filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}.*"))
                .map(s -> m.createTypedLiteral(s.substring(0, 10), XSDDatatype.XSDdate));
    }

    private static String tail(String iri) {
        String t = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return t.replaceAll("[^A-Za-z0-9_.-]", "-");
    }

    private void prefixes() {
        m.setNsPrefix("dkg", NS);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("skos", SKOS);
        m.setNsPrefix("owl", OWL.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("prov", PROV);
        m.setNsPrefix("wd", WD);
        for (String p : List.of("state", "person", "place", "office", "org", "gathering", "holding")) {
            m.setNsPrefix(p, ID + p + "/");
        }
    }
}
