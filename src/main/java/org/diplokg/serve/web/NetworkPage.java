package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.diplokg.rdf.vocab.DKG;

/**
 * Who met whom: states (or people) on a circle, in label order, joined by a line for every pair
 * that shared at least one meeting, thicker for more. A circle needs no physics and draws the
 * same picture every time.
 */
final class NetworkPage {
    /** A state or person and the number of meetings it took part in. */
    record Actor(String iri, String label, long meetings) {
    }

    /** A pair that met, and how many meetings they shared. */
    record Tie(String a, String b, long meetings) {
    }

    private final DatasetGraph dsg;
    private final PublicBase base;

    NetworkPage(DatasetGraph dsg, PublicBase base) {
        this.dsg = dsg;
        this.base = base;
    }

    static Node relation(boolean people) {
        return people ? DKG.participant : DKG.participatingState;
    }

    List<Actor> actors(boolean people) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?x (MIN(?l) AS ?label) (COUNT(DISTINCT ?m) AS ?n)
                WHERE { ?m a ?meeting ; ?rel ?x . OPTIONAL { ?x rdfs:label ?l } }
                GROUP BY ?x""");
        q.setIri("rel", relation(people).getURI());
        q.setIri("meeting", DKG.DiplomaticMeeting.getURI());
        List<Actor> out = new ArrayList<>();
        for (QuerySolution r : Select.rows(dsg, q.asQuery())) {
            String iri = r.getResource("x").getURI();
            out.add(new Actor(iri, r.contains("label") ? r.getLiteral("label").getLexicalForm() : Labels.shortName(iri),
                    r.getLiteral("n").getLong()));
        }
        out.sort(Comparator.comparing(Actor::label).thenComparing(Actor::iri));
        return out;
    }

    List<Tie> ties(boolean people) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                SELECT ?a ?b (COUNT(DISTINCT ?m) AS ?n)
                WHERE { ?m a ?meeting ; ?rel ?a, ?b . FILTER(STR(?a) < STR(?b)) }
                GROUP BY ?a ?b ORDER BY ?a ?b""");
        q.setIri("rel", relation(people).getURI());
        q.setIri("meeting", DKG.DiplomaticMeeting.getURI());
        return Select.rows(dsg, q.asQuery()).stream().map(r -> new Tie(r.getResource("a").getURI(), r.getResource("b").getURI(),
                r.getLiteral("n").getLong())).toList();
    }

    String html(boolean people) {
        List<Actor> actors = actors(people);
        List<Tie> ties = ties(people);
        int size = 760;
        double c = size / 2.0;
        double radius = c - 150;
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, actors.size()) - Math.PI / 2;
            at.put(actors.get(i).iri(), new double[] {c + radius * Math.cos(angle), c + radius * Math.sin(angle), angle});
        }
        Map<String, String> labels = new LinkedHashMap<>();
        actors.forEach(a -> labels.put(a.iri(), a.label()));
        String what = people ? "people" : "states";
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"network\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" viewBox=\"0 0 ").append(size).append(' ').append(size).append("\" role=\"img\" aria-label=\"")
                .append(actors.size()).append(' ').append(what).append(" and ").append(ties.size()).append(" ties\">\n");
        for (Tie t : ties) {
            double[] a = at.get(t.a());
            double[] b = at.get(t.b());
            if (a == null || b == null) continue;
            s.append("<line class=\"edge\" data-meetings=\"").append(t.meetings()).append("\" x1=\"").append(TimelinePage.fmt(a[0]))
                    .append("\" y1=\"").append(TimelinePage.fmt(a[1])).append("\" x2=\"").append(TimelinePage.fmt(b[0]))
                    .append("\" y2=\"").append(TimelinePage.fmt(b[1])).append("\" stroke=\"#607d8b\" stroke-opacity=\"0.7\" stroke-width=\"")
                    .append(TimelinePage.fmt(Math.min(12, 1 + 1.5 * (t.meetings() - 1)))).append("\"><title>")
                    .append(Html.esc(labels.get(t.a()) + " – " + labels.get(t.b()) + ": " + t.meetings()
                            + (t.meetings() == 1 ? " meeting" : " meetings")))
                    .append("</title></line>\n");
        }
        for (Actor a : actors) {
            double[] p = at.get(a.iri());
            double r = 6 + 2.5 * Math.sqrt(a.meetings());
            double lx = c + (radius + r + 8) * Math.cos(p[2]);
            double ly = c + (radius + r + 8) * Math.sin(p[2]) + 4;
            String anchor = Math.cos(p[2]) < -0.2 ? "end" : Math.cos(p[2]) > 0.2 ? "start" : "middle";
            s.append("<g class=\"node\"><a href=\"").append(Html.esc(base.href(a.iri()))).append("\"><circle cx=\"")
                    .append(TimelinePage.fmt(p[0])).append("\" cy=\"").append(TimelinePage.fmt(p[1])).append("\" r=\"")
                    .append(TimelinePage.fmt(r)).append("\" fill=\"#1d3557\"><title>").append(Html.esc(a.label() + ": " + a.meetings()
                            + (a.meetings() == 1 ? " meeting" : " meetings"))).append("</title></circle><text x=\"")
                    .append(TimelinePage.fmt(lx)).append("\" y=\"").append(TimelinePage.fmt(ly)).append("\" text-anchor=\"")
                    .append(anchor).append("\">").append(Html.esc(a.label())).append("</text></a></g>\n");
        }
        s.append("</svg>\n");
        StringBuilder b = new StringBuilder();
        b.append("<h1>Who met whom</h1>\n<p>").append(actors.size()).append(' ').append(what).append(" joined by ")
                .append(ties.size()).append(" ties; a line joins two ").append(what)
                .append(" that took part in the same meeting, thicker for more meetings. Circle size follows the number of meetings. ")
                .append(people ? Html.link("/network", "Show states") : Html.link("/network?of=people", "Show people"))
                .append(".</p>\n<div class=\"figure\">").append(s).append("</div>\n");
        return Html.page("Network of " + what, "", b.toString());
    }
}
