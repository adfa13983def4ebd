package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Meetings on a line, coloured by status, drawn as SVG on the server. Meetings with a date sit
 * on a time axis. Meetings without one (most news gives none) are not guessed: they are shown
 * as "undated", one row per article in article order, left to right in the order the article
 * first reports them.
 */
final class TimelinePage {
    static final Map<String, String> STATUS_COLOURS = new LinkedHashMap<>();

    static {
        STATUS_COLOURS.put("held", "#2e7d32");
        STATUS_COLOURS.put("scheduled", "#1565c0");
        STATUS_COLOURS.put("proposed", "#ef6c00");
        STATUS_COLOURS.put("cancelled", "#c62828");
    }

    private static final Query MEETINGS = Select.parse("""
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?m (MIN(?l) AS ?label) (MIN(?s) AS ?status) (MIN(STR(?d)) AS ?date) (MIN(?a) AS ?article)
                   (MIN(?aid) AS ?articleId) (MIN(?b) AS ?first)
            WHERE {
              ?m a dkg:DiplomaticMeeting .
              OPTIONAL { ?m rdfs:label ?l }
              OPTIONAL { ?m dkg:status ?s }
              OPTIONAL { ?m dkg:date ?d }
              OPTIONAL { ?m prov:wasDerivedFrom ?a OPTIONAL { ?a dcterms:identifier ?aid } }
              OPTIONAL { ?m dkg:evidence/nif:beginIndex ?b }
            }
            GROUP BY ?m""");

    /** One dot: the meeting, what it is called, its status name, date (if any), article and position. */
    record Dot(String iri, String label, String status, Optional<String> date, String article, String articleId, long first) {
    }

    private final DatasetGraph dsg;
    private final PublicBase base;

    TimelinePage(DatasetGraph dsg, PublicBase base) {
        this.dsg = dsg;
        this.base = base;
    }

    List<Dot> dots() {
        List<Dot> out = new ArrayList<>();
        for (QuerySolution r : Select.rows(dsg, MEETINGS)) {
            String iri = r.getResource("m").getURI();
            String status = r.contains("status") ? Labels.localName(r.getResource("status").getURI()) : "unknown";
            String article = r.contains("article") ? r.getResource("article").getURI() : "";
            String articleId = r.contains("articleId") ? r.getLiteral("articleId").getLexicalForm() : Labels.shortName(article);
            out.add(new Dot(iri, r.contains("label") ? r.getLiteral("label").getLexicalForm() : Labels.shortName(iri), status,
                    r.contains("date") ? Optional.of(r.getLiteral("date").getLexicalForm()) : Optional.empty(),
                    article, articleId, r.contains("first") ? r.getLiteral("first").getLong() : 0));
        }
        out.sort(Comparator.comparing(Dot::articleId).thenComparingLong(Dot::first).thenComparing(Dot::iri));
        return out;
    }

    String html() {
        List<Dot> dots = dots();
        List<Dot> dated = dots.stream().filter(d -> d.date().isPresent())
                .sorted(Comparator.comparing((Dot d) -> d.date().get()).thenComparing(Dot::iri)).toList();
        Map<String, List<Dot>> undated = new LinkedHashMap<>();
        dots.stream().filter(d -> d.date().isEmpty()).forEach(d -> undated.computeIfAbsent(d.articleId(), k -> new ArrayList<>()).add(d));
        int perRow = undated.values().stream().mapToInt(List::size).max().orElse(0);
        int width = Math.max(960, 260 + perRow * 30);
        int datedHeight = dated.isEmpty() ? 0 : 110;
        int height = 40 + datedHeight + (undated.isEmpty() ? 0 : 40 + undated.size() * 34);
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Timeline of ").append(dots.size()).append(" meetings\">\n");
        int y = 30;
        if (!dated.isEmpty()) {
            double t0 = time(dated.get(0).date().get());
            double t1 = Math.max(t0 + 1.0 / 12, time(dated.get(dated.size() - 1).date().get()));
            s.append("<text x=\"10\" y=\"").append(y).append("\" class=\"lane\">Dated</text>\n");
            int axis = y + 60;
            s.append(line(200, axis, width - 40, axis));
            s.append(text(200, axis + 18, dated.get(0).date().get()));
            s.append(text(width - 120, axis + 18, dated.get(dated.size() - 1).date().get()));
            Map<Long, Integer> stack = new LinkedHashMap<>();
            for (Dot d : dated) {
                double x = 200 + (time(d.date().get()) - t0) / (t1 - t0) * (width - 240);
                int level = stack.merge(Math.round(x / 12), 1, Integer::sum) - 1;
                s.append(dot(d, x, axis - 14 - level * 20));
            }
            y += datedHeight;
        }
        if (!undated.isEmpty()) {
            s.append("<text x=\"10\" y=\"").append(y).append("\" class=\"lane\">Undated, by article</text>\n");
            y += 30;
            for (Map.Entry<String, List<Dot>> row : undated.entrySet()) {
                String article = row.getValue().get(0).article();
                s.append("<a href=\"").append(Html.esc(base.href(article))).append("\">")
                        .append(text(10, y + 4, row.getKey())).append("</a>\n");
                s.append(line(240, y, 240 + row.getValue().size() * 30 - 20, y));
                for (int i = 0; i < row.getValue().size(); i++) s.append(dot(row.getValue().get(i), 240 + i * 30, y));
                y += 34;
            }
        }
        s.append("</svg>\n");
        StringBuilder b = new StringBuilder();
        b.append("<h1>Timeline</h1>\n<p>").append(dots.size()).append(" meetings, coloured by status. ")
                .append(dated.size()).append(" have a date and sit on the time axis; the ")
                .append(dots.size() - dated.size()).append(" without a date are shown as undated, one row per article, "
                        + "in the order the article reports them. Hover a dot for its name; click it for its page.</p>\n");
        b.append(legend(dots)).append("<div class=\"figure\">").append(s).append("</div>\n");
        return Html.page("Timeline", "", b.toString());
    }

    private String legend(List<Dot> dots) {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        STATUS_COLOURS.forEach((status, colour) -> b.append("<span><i style=\"background:").append(colour).append("\"></i>")
                .append(Html.esc(status)).append(" (").append(dots.stream().filter(d -> d.status().equals(status)).count())
                .append(")</span>"));
        return b.append("</p>\n").toString();
    }

    private String dot(Dot d, double x, double y) {
        String colour = STATUS_COLOURS.getOrDefault(d.status(), "#777777");
        return "<a href=\"" + Html.esc(base.href(d.iri())) + "\"><circle class=\"meeting status-" + Html.esc(d.status())
                + "\" data-status=\"" + Html.esc(d.status()) + "\" cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"9\" fill=\""
                + colour + "\"><title>" + Html.esc(d.label()) + "</title></circle></a>\n";
    }

    static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"#b0bec5\" stroke-width=\"2\"/>\n";
    }

    static String text(double x, double y, String t) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\">" + Html.esc(t) + "</text>";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Years as a number: 2023-08-18 is about 2023.63; a bare year or month counts from its start. */
    static double time(String date) {
        String[] p = date.split("-");
        try {
            double y = Double.parseDouble(p[0]);
            double m = p.length > 1 ? Double.parseDouble(p[1].substring(0, 2)) - 1 : 0;
            double d = p.length > 2 ? Double.parseDouble(p[2].substring(0, 2)) - 1 : 0;
            return y + m / 12 + d / 365;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return 0;
        }
    }
}
