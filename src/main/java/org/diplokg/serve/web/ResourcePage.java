package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplokg.rdf.vocab.DKG;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * The HTML page of one resource, written on the server so it reads without scripts: label,
 * types, every property with links, the links pointing at it, the Wikidata link, and for
 * meetings the facts, the participants by state and the evidence sentences with the supporting
 * words marked. Call inside a read transaction.
 */
final class ResourcePage {
    private static final Node SCHEMA_SAME_AS = org.apache.jena.graph.NodeFactory.createURI(Namespaces.SCHEMA + "sameAs");
    /** Headings for the links that point at a resource, in the order they are shown. */
    private static final Map<Node, String> INCOMING = new LinkedHashMap<>();

    static {
        INCOMING.put(DKG.participant, "Meetings this person took part in");
        INCOMING.put(DKG.participatingState, "Meetings this state took part in");
        INCOMING.put(DKG.location, "Meetings held here");
        INCOMING.put(DKG.onSidelinesOf, "Meetings on its sidelines");
        INCOMING.put(Namespaces.PROV_WAS_DERIVED_FROM, "Meetings reported in this article");
        INCOMING.put(Namespaces.ITSRDF_TA_IDENT_REF, "Mentions in article text");
    }

    private final Description data;
    private final Labels labels;
    private final PublicBase base;

    ResourcePage(Description data, Labels labels, PublicBase base) {
        this.data = data;
        this.labels = labels;
        this.base = base;
    }

    String render(Node r, Graph description) {
        List<Node> textMembers = data.textDocumentMembers(r);
        boolean textDocument = !textMembers.isEmpty();
        List<Node> types = objects(r, RDF.type.asNode());
        String title = textDocument ? "Text of " + labels.of(articleOfText(r)) : labels.of(r);
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"resource\">\n<h1>").append(Html.esc(title)).append("</h1>\n");
        b.append("<p class=\"iri\">IRI: <code>").append(Html.esc(r.getURI())).append("</code> · data as ")
                .append(Html.link("?format=ttl", "Turtle")).append(", ").append(Html.link("?format=jsonld", "JSON-LD"))
                .append(", ").append(Html.link("?format=nt", "N-Triples")).append("</p>\n");
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">").append(types.size() == 1 ? "Type: " : "Types: ");
            b.append(String.join(", ", sorted(types).stream().map(this::valueHtml).toList())).append("</p>\n");
        }
        wikidata(r, b);
        if (types.contains(DKG.DiplomaticMeeting) || types.contains(DKG.MeetingReport)) meeting(r, b);
        if (textDocument) {
            Node article = articleOfText(r);
            b.append("<p>Article: ").append(valueHtml(article)).append("</p>\n");
            textMembers.stream().filter(m -> !objects(m, Namespaces.NIF_IS_STRING).isEmpty())
                    .forEach(ctx -> fullText(ctx, b));
        } else {
            properties(r, b);
            if (types.contains(DKG.Article)) objects(r, DKG.text).forEach(ctx -> fullText(ctx, b));
            incoming(r, b);
        }
        b.append("</article>\n");
        return Html.page(title, Html.jsonLd(description), b.toString());
    }

    private Node articleOfText(Node textDocument) {
        String doc = textDocument.getURI();
        return org.apache.jena.graph.NodeFactory.createURI(doc.substring(0, doc.length() - "/text".length()));
    }

    private void wikidata(Node r, StringBuilder b) {
        List<String> qids = new ArrayList<>();
        for (Node p : List.of(OWL.sameAs.asNode(), SCHEMA_SAME_AS)) {
            for (Node o : objects(r, p)) {
                if (o.isURI() && o.getURI().startsWith(Namespaces.WD) && !qids.contains(o.getURI())) qids.add(o.getURI());
            }
        }
        for (String q : qids) {
            String id = q.substring(Namespaces.WD.length());
            b.append("<p class=\"wikidata\">Wikidata: <a rel=\"owl:sameAs\" href=\"").append(Html.esc(q)).append("\">")
                    .append(Html.esc(id)).append("</a></p>\n");
        }
    }

    // ------------------------------------------------------------------ meetings

    private void meeting(Node m, StringBuilder b) {
        b.append("<section class=\"meeting\">\n<dl class=\"facts\">\n");
        for (Node status : objects(m, DKG.status)) {
            b.append("<dt>Status</dt><dd><span class=\"status status-").append(Html.esc(Labels.localName(status.getURI()))).append("\">")
                    .append(valueHtml(status)).append("</span></dd>\n");
        }
        fact(b, "Level", objects(m, DKG.level));
        fact(b, "Date", objects(m, DKG.date));
        fact(b, "Place", objects(m, DKG.location));
        fact(b, "On the sidelines of", objects(m, DKG.onSidelinesOf));
        fact(b, "Reported in", objects(m, Namespaces.PROV_WAS_DERIVED_FROM));
        fact(b, "Report of", objects(m, DKG.reportOf));
        b.append("</dl>\n");
        List<Span> spans = spans(m);
        participants(m, spans, b);
        List<Node> reports = reports(m);
        if (reports.isEmpty()) {
            evidence(spans, b);
        } else {
            int articles = objects(m, Namespaces.PROV_WAS_DERIVED_FROM).size();
            b.append("<p class=\"reported\">Reported by ").append(articles).append(articles == 1 ? " article" : " articles")
                    .append(reports.size() == articles ? "" : " in " + reports.size() + " reports").append(".</p>\n");
            history(reports, b);
            for (Node r : reports) {
                b.append("<h2 class=\"report\">Evidence of ").append(valueHtml(r)).append("</h2>\n");
                objects(r, DKG.mergeBasis).forEach(x -> b.append("<p class=\"merge-basis\">Why it is this meeting: ")
                        .append(Html.esc(x.getLiteralLexicalForm())).append("</p>\n"));
                sentences(spans(r), b);
            }
        }
        b.append("</section>\n");
    }

    private List<Span> spans(Node m) {
        return objects(m, DKG.evidence).stream().map(this::span).flatMap(Optional::stream)
                .sorted(Comparator.comparing((Span s) -> s.context().getURI()).thenComparingInt(Span::begin)
                        .thenComparingInt(Span::end))
                .toList();
    }

    /** A meeting's reports in publication order (report date, undated last, then IRI). */
    private List<Node> reports(Node m) {
        return data.find(Node.ANY, DKG.reportOf, m).stream().map(Triple::getSubject).distinct()
                .sorted(Comparator.comparing((Node r) -> reportDate(r).orElse("9999-12-31")).thenComparing(Node::getURI)).toList();
    }

    private Optional<String> reportDate(Node report) {
        return objects(report, DKG.reportDate).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    /** The status history as a small timeline: one step per report, in publication order. */
    private void history(List<Node> reports, StringBuilder b) {
        b.append("<h2>Status history</h2>\n<ol class=\"history\">\n");
        for (Node r : reports) {
            b.append("<li>");
            b.append("<time>").append(Html.esc(reportDate(r).orElse("undated"))).append("</time> ");
            for (Node status : objects(r, DKG.status)) {
                b.append("<span class=\"status status-").append(Html.esc(Labels.localName(status.getURI()))).append("\">")
                        .append(valueHtml(status)).append("</span> ");
            }
            b.append(String.join(", ", objects(r, Namespaces.PROV_WAS_DERIVED_FROM).stream().map(this::valueHtml).toList()));
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private void fact(StringBuilder b, String name, List<Node> values) {
        if (values.isEmpty()) return;
        b.append("<dt>").append(Html.esc(name)).append("</dt><dd>")
                .append(String.join(", ", sorted(values).stream().map(this::valueHtml).toList())).append("</dd>\n");
    }

    /** An evidence span as stored: code-point offsets into its context, the sentence, what it names. */
    private record Span(Node iri, Node context, int begin, int end, String sentence, List<Node> names) {
        boolean overlaps(Span o) {
            return context.equals(o.context) && begin < o.end && o.begin < end;
        }
    }

    private Optional<Span> span(Node s) {
        List<Node> ctx = objects(s, Namespaces.NIF_REFERENCE_CONTEXT);
        Optional<Integer> b = integer(s, Namespaces.NIF_BEGIN_INDEX);
        Optional<Integer> e = integer(s, Namespaces.NIF_END_INDEX);
        if (ctx.isEmpty() || b.isEmpty() || e.isEmpty()) return Optional.empty();
        String sentence = objects(s, DKG.sentence).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .findFirst().orElse(null);
        return Optional.of(new Span(s, ctx.get(0), b.get(), e.get(), sentence, objects(s, Namespaces.ITSRDF_TA_IDENT_REF)));
    }

    private Optional<Integer> integer(Node s, Node p) {
        for (Node o : objects(s, p)) {
            if (o.isLiteral()) {
                try {
                    return Optional.of(Integer.parseInt(o.getLiteralLexicalForm()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Each participant goes under the state named in the same words ("Japanese Prime Minister
     * Kishida"), found as an overlap of a person span and a state span of this meeting.
     */
    private void participants(Node m, List<Span> spans, StringBuilder b) {
        List<Node> states = sorted(objects(m, DKG.participatingState));
        List<Node> people = sorted(objects(m, DKG.participant));
        Map<Node, List<Node>> byState = new LinkedHashMap<>();
        states.forEach(s -> byState.put(s, new ArrayList<>()));
        List<Node> unplaced = new ArrayList<>();
        for (Node p : people) {
            Node home = null;
            for (Node s : states) {
                boolean together = spans.stream().filter(x -> x.names().contains(p)).anyMatch(ps -> spans.stream()
                        .filter(x -> x.names().contains(s)).anyMatch(ps::overlaps));
                if (together) {
                    home = s;
                    break;
                }
            }
            if (home == null) unplaced.add(p);
            else byState.get(home).add(p);
        }
        b.append("<h2>Participants by state</h2>\n<ul class=\"participants\">\n");
        for (Map.Entry<Node, List<Node>> e : byState.entrySet()) {
            b.append("<li class=\"state\">").append(valueHtml(e.getKey()));
            if (!e.getValue().isEmpty()) {
                b.append(": ").append(String.join(", ", e.getValue().stream()
                        .map(p -> "<span class=\"person\">" + valueHtml(p) + "</span>").toList()));
            }
            b.append("</li>\n");
        }
        if (!unplaced.isEmpty()) {
            b.append("<li class=\"state unplaced\">State not named with the person: ").append(String.join(", ",
                    unplaced.stream().map(p -> "<span class=\"person\">" + valueHtml(p) + "</span>").toList())).append("</li>\n");
        }
        b.append("</ul>\n");
    }

    /** Sentences that support the meeting, each once, with every supporting span in it marked. */
    private void evidence(List<Span> spans, StringBuilder b) {
        b.append("<h2>Evidence</h2>\n");
        sentences(spans, b);
    }

    private void sentences(List<Span> spans, StringBuilder b) {
        b.append("<ol class=\"evidence\">\n");
        Map<Node, HighlightedText> texts = new LinkedHashMap<>();
        Map<String, List<Span>> bySentence = new LinkedHashMap<>();
        Map<String, int[]> ranges = new LinkedHashMap<>();
        for (Span s : spans) {
            HighlightedText t = texts.computeIfAbsent(s.context(), c -> contextText(c).map(HighlightedText::new).orElse(null));
            if (t == null) continue;
            int[] range = t.sentenceAround(mark(s), s.sentence());
            String key = s.context().getURI() + "|" + range[0] + "," + range[1];
            bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            ranges.putIfAbsent(key, range);
        }
        List<String> keys = new ArrayList<>(bySentence.keySet());
        keys.sort(Comparator.comparing((String k) -> k.substring(0, k.indexOf('|'))).thenComparingInt(k -> ranges.get(k)[0]));
        for (String key : keys) {
            List<Span> in = bySentence.get(key);
            int[] range = ranges.get(key);
            Span first = in.get(0);
            HighlightedText t = texts.get(first.context());
            List<HighlightedText.Mark> marks = in.stream().map(this::mark).toList();
            String doc = first.context().getURI().substring(0, first.context().getURI().indexOf('#'));
            b.append("<li class=\"sentence\"><blockquote>").append(t.render(range[0], range[1], marks, false))
                    .append("</blockquote> <a class=\"in-context\" href=\"")
                    .append(Html.esc(base.href(doc) + "#" + mark(first).anchorId())).append("\">in the article</a></li>\n");
        }
        b.append("</ol>\n");
    }

    private HighlightedText.Mark mark(Span s) {
        String title = s.names().isEmpty() ? "states the meeting"
                : String.join(", ", sorted(s.names()).stream().map(labels::of).toList());
        return new HighlightedText.Mark(s.begin(), s.end(), !s.names().isEmpty(), title);
    }

    private Optional<String> contextText(Node ctx) {
        return objects(ctx, Namespaces.NIF_IS_STRING).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    /** The whole article text with every span that points into it marked and anchored. */
    private void fullText(Node ctx, StringBuilder b) {
        Optional<String> text = contextText(ctx);
        if (text.isEmpty()) return;
        HighlightedText t = new HighlightedText(text.get());
        List<HighlightedText.Mark> marks = data.find(Node.ANY, Namespaces.NIF_REFERENCE_CONTEXT, ctx).stream()
                .map(Triple::getSubject).map(this::span).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)).map(this::mark).toList();
        int length = text.get().codePointCount(0, text.get().length());
        b.append("<h2>Text</h2>\n<div class=\"fulltext\">").append(t.render(0, length, marks, true)).append("</div>\n");
    }

    // ------------------------------------------------------------------ generic parts

    private void properties(Node r, StringBuilder b) {
        Map<String, List<Node>> byPredicate = new TreeMap<>();
        Map<String, Node> predicates = new LinkedHashMap<>();
        for (Triple t : data.find(r, Node.ANY, Node.ANY)) {
            String key = labels.of(t.getPredicate()) + "\u0000" + t.getPredicate().getURI();
            predicates.put(key, t.getPredicate());
            byPredicate.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
        }
        if (byPredicate.isEmpty()) return;
        b.append("<h2>Properties</h2>\n<table class=\"properties\">\n");
        for (Map.Entry<String, List<Node>> e : byPredicate.entrySet()) {
            b.append("<tr><th>").append(valueHtml(predicates.get(e.getKey()))).append("</th><td>")
                    .append(String.join("<br>", sorted(e.getValue()).stream().map(this::valueHtml).toList()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private void incoming(Node r, StringBuilder b) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        INCOMING.keySet().forEach(p -> byPredicate.put(p, new ArrayList<>()));
        for (Triple t : data.find(Node.ANY, Node.ANY, r)) {
            byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getSubject());
        }
        boolean any = byPredicate.values().stream().anyMatch(l -> !l.isEmpty());
        if (!any) return;
        b.append("<h2>Links to this</h2>\n");
        for (Map.Entry<Node, List<Node>> e : byPredicate.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            String heading = INCOMING.getOrDefault(e.getKey(), "As " + labels.of(e.getKey()) + " of");
            String cls = e.getKey().equals(Namespaces.ITSRDF_TA_IDENT_REF) ? "mentions" : "incoming";
            b.append("<h3>").append(Html.esc(heading)).append("</h3>\n<ul class=\"").append(cls).append("\">\n");
            for (Node s : sorted(e.getValue().stream().distinct().toList())) {
                b.append("<li>").append(valueHtml(s)).append("</li>\n");
            }
            b.append("</ul>\n");
        }
    }

    /** A value as a labelled link (IRIs) or escaped text (literals, long ones cut). */
    String valueHtml(Node n) {
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String shown = lex.codePointCount(0, lex.length()) > 400 ? lex.substring(0, lex.offsetByCodePoints(0, 400)) + "…" : lex;
            String lang = n.getLiteralLanguage();
            return "<span class=\"literal\">" + Html.esc(shown) + "</span>" + (lang.isEmpty() ? "" : "<small>@" + Html.esc(lang) + "</small>");
        }
        if (!n.isURI()) return Html.esc(labels.of(n));
        String iri = n.getURI();
        String href = base.href(iri);
        if (iri.startsWith(DKG.NS)) href = "/ontology#" + iri.substring(DKG.NS.length());
        return "<a href=\"" + Html.esc(href) + "\" title=\"" + Html.esc(iri) + "\">" + Html.esc(labels.of(n)) + "</a>";
    }

    private List<Node> objects(Node s, Node p) {
        return data.find(s, p, Node.ANY).stream().map(Triple::getObject).distinct().toList();
    }

    /** By label, then IRI, so every page comes out the same way each time. */
    private List<Node> sorted(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort(Comparator.comparing((Node n) -> labels.of(n)).thenComparing((Node n) -> n.toString()));
        return out;
    }

}
