package org.diplokg.serve.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * The page at {@code /}: what DiploKG is, how much is in it (also as VoID, which RDF clients
 * get from the same address), the latest release and its dumps when the server has them, and
 * where to go next.
 */
final class LandingPage {
    private static final List<Node> CLASSES = List.of(DKG.DiplomaticMeeting, DKG.MeetingReport, DKG.Article, DKG.State, DKG.Person,
            DKG.Place, DKG.Gathering);

    private final DatasetGraph dsg;
    private final PublicBase base;
    private final DumpLinks dumps;

    LandingPage(DatasetGraph dsg, PublicBase base, java.util.Optional<java.nio.file.Path> dumpFolder) {
        this.dsg = dsg;
        this.base = base;
        this.dumps = new DumpLinks(dumpFolder);
    }

    /** What the landing page shows, gathered once per request. */
    record Facts(Map<String, Long> figures, List<DumpLinks.Dump> dumps, List<QuerySolution> releases,
            List<QuerySolution> examples, String selfBase) {
    }

    Facts facts(String selfBase) {
        ParameterizedSparqlString releases = new ParameterizedSparqlString("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT DISTINCT ?release ?label ?issued WHERE {
                  ?release ?p ?o .
                  FILTER(STRSTARTS(STR(?release), ?space))
                  OPTIONAL { ?release rdfs:label ?label }
                  OPTIONAL { ?release dcterms:issued ?issued }
                } ORDER BY DESC(?issued) ?release LIMIT 5""");
        releases.setLiteral("space", base.iri() + "id/release/");
        List<QuerySolution> examples = Select.rows(dsg, Select.parse("""
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?m ?label WHERE { ?m a dkg:DiplomaticMeeting ; rdfs:label ?label . }
                ORDER BY ?label ?m LIMIT 6"""));
        return new Facts(Figures.count(dsg), dumps.find(), Select.rows(dsg, releases.asQuery()), examples, selfBase);
    }

    /** The VoID description of the dataset, named by the public base itself. */
    Graph voiD(Facts f) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes()).setNsPrefix("void", VOID.NS);
        Node ds = NodeFactory.createURI(base.iri());
        g.add(Triple.create(ds, RDF.type.asNode(), VOID.Dataset.asNode()));
        g.add(Triple.create(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("DiploKG", "en")));
        g.add(Triple.create(ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Diplomatic meetings between states, extracted from news articles and linked to Wikidata.", "en")));
        g.add(Triple.create(ds, VOID.triples.asNode(), num(f.figures().get("triples"))));
        g.add(Triple.create(ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base.iri() + "id/")));
        g.add(Triple.create(ds, VOID.vocabulary.asNode(), NodeFactory.createURI(DKG.NS)));
        g.add(Triple.create(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(f.selfBase() + "/diplokg/sparql")));
        f.examples().stream().limit(1).forEach(r -> g.add(Triple.create(ds, VOID.exampleResource.asNode(), r.get("m").asNode())));
        f.dumps().forEach(d -> g.add(Triple.create(ds, VOID.dataDump.asNode(), NodeFactory.createURI(f.selfBase() + d.path()))));
        String[] names = {"meetings", "reports", "articles", "states", "people", "places", "gatherings"};
        for (int i = 0; i < CLASSES.size(); i++) {
            Node part = NodeFactory.createBlankNode("class-" + i);
            g.add(Triple.create(ds, VOID.classPartition.asNode(), part));
            g.add(Triple.create(part, VOID._class.asNode(), CLASSES.get(i)));
            g.add(Triple.create(part, VOID.entities.asNode(), num(f.figures().get(names[i]))));
        }
        Node links = NodeFactory.createBlankNode("wikidata-links");
        g.add(Triple.create(ds, VOID.subset.asNode(), links));
        g.add(Triple.create(links, RDF.type.asNode(), VOID.Linkset.asNode()));
        g.add(Triple.create(links, VOID.linkPredicate.asNode(), OWL.sameAs.asNode()));
        g.add(Triple.create(links, VOID.objectsTarget.asNode(), NodeFactory.createURI("http://www.wikidata.org/")));
        g.add(Triple.create(links, VOID.triples.asNode(), num(f.figures().get("links to Wikidata"))));
        return g;
    }

    private static Node num(Long n) {
        return NodeFactory.createLiteralDT(Long.toString(n == null ? 0 : n), XSDDatatype.XSDinteger);
    }

    String html(Facts f, Graph voiD) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>DiploKG</h1>\n<p class=\"lead\">Diplomatic meetings between states – summits, ministerial and "
                + "officials' meetings, held, scheduled, proposed or cancelled – extracted from news articles, with "
                + "the sentences that report them, linked to Wikidata and validated with SHACL. Every IRI resolves "
                + "here: as a page for people and as RDF for programs.</p>\n<ul class=\"figures\">\n");
        f.figures().forEach((name, n) -> b.append("<li id=\"figure-").append(Html.esc(name.replace(' ', '-')))
                .append("\"><span class=\"n\">").append(n).append("</span>").append(Html.esc(name)).append("</li>\n"));
        b.append("</ul>\n<h2>Explore</h2>\n<ul>\n")
                .append("<li>").append(Html.link("/query", "Query")).append(" – SPARQL editor with example queries</li>\n")
                .append("<li>").append(Html.link("/timeline", "Timeline")).append(" – meetings coloured by status</li>\n")
                .append("<li>").append(Html.link("/network", "Network")).append(" – which states met whom</li>\n")
                .append("<li>").append(Html.link("/ontology", "Ontology")).append(" – classes and properties</li>\n")
                .append("<li>").append(Html.link("/diplokg/sparql", "SPARQL endpoint")).append(" <code>/diplokg/sparql</code></li>\n")
                .append("<li>VoID description: this address with <code>Accept: text/turtle</code> or ")
                .append(Html.link("/?format=ttl", "?format=ttl")).append("</li>\n</ul>\n");
        b.append("<h2>Some meetings</h2>\n<ul class=\"example-meetings\">\n");
        for (QuerySolution r : f.examples()) {
            b.append("<li>").append(Html.link(base.href(r.get("m").asNode().getURI()), r.getLiteral("label").getLexicalForm()))
                    .append("</li>\n");
        }
        b.append("</ul>\n<h2>Latest release</h2>\n");
        if (f.releases().isEmpty() && f.dumps().isEmpty()) {
            b.append("<p class=\"no-release\">This server offers no release dumps; the whole dataset is at ")
                    .append(Html.link("/diplokg/get", "/diplokg/get")).append(".</p>\n");
        }
        if (!f.releases().isEmpty()) {
            b.append("<ul class=\"releases\">\n");
            for (QuerySolution r : f.releases()) {
                String iri = r.get("release").asNode().getURI();
                String label = r.contains("label") ? r.get("label").asNode().getLiteralLexicalForm() : Labels.shortName(iri);
                b.append("<li>").append(Html.link(base.href(iri), label));
                if (r.contains("issued")) b.append(" (").append(Html.esc(r.get("issued").asNode().getLiteralLexicalForm())).append(")");
                b.append("</li>\n");
            }
            b.append("</ul>\n");
        }
        if (!f.dumps().isEmpty()) {
            b.append("<table class=\"dumps\"><tr><th>Dump</th><th>SHA-256</th></tr>\n");
            for (DumpLinks.Dump d : f.dumps()) {
                b.append("<tr><td>").append(Html.link(d.path(), d.path())).append("</td><td><code>")
                        .append(Html.esc(d.sha256().orElse("not published"))).append("</code></td></tr>\n");
            }
            b.append("</table>\n");
        }
        return Html.page("Diplomatic meetings as Linked Data", Html.jsonLd(voiD), b.toString());
    }
}
