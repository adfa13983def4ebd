package org.diplokg.serve.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * The page frame and the escaping every page goes through. News text carries quotes and angle
 * brackets, so nothing reaches the HTML without {@link #esc}; embedded JSON-LD has its
 * {@code <}, {@code >} and {@code &} written as JSON escapes so it can never close the script.
 */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String link(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A graph as JSON-LD inside a script element, safe against {@code </script>} in literals. */
    static String jsonLd(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).format(RDFFormat.JSONLD_PRETTY).output(out);
        return scriptJson("application/ld+json", null, out.toString(StandardCharsets.UTF_8));
    }

    static String scriptJson(String type, String id, String json) {
        String safe = json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        return "<script type=\"" + esc(type) + "\"" + (id == null ? "" : " id=\"" + esc(id) + "\"") + ">\n" + safe + "\n</script>\n";
    }

    /** A complete page: head with title and extra elements, navigation, then the body. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " – DiploKG</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/diplokg.css\">\n" + head
                + "</head>\n<body>\n<header class=\"site\"><a class=\"brand\" href=\"/\">DiploKG</a>\n<nav>"
                + link("/", "Home") + link("/query", "Query") + link("/timeline", "Timeline")
                + link("/network", "Network") + link("/ontology", "Ontology")
                + "</nav></header>\n<main>\n" + body + "</main>\n"
                + "<footer>DiploKG – diplomatic meetings from the news as Linked Data. "
                + link("/diplokg/sparql", "SPARQL endpoint") + "</footer>\n</body>\n</html>\n";
    }
}
