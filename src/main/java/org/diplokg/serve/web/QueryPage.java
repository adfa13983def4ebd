package org.diplokg.serve.web;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The query page: an editor, the example queries, and a results table filled by
 * {@code /assets/query.js} from the read-only endpoint, which also gives the CSV and JSON
 * downloads. Without scripts the examples still open in the editor and the form posts to the
 * endpoint.
 */
final class QueryPage {
    private final List<ExampleQueries.Example> examples = ExampleQueries.all();

    String html(String requestedQuery, String requestedExample) {
        String shown = requestedQuery;
        if (shown == null) {
            int i = 0;
            try {
                if (requestedExample != null) i = Integer.parseInt(requestedExample);
            } catch (NumberFormatException e) {
                i = 0;
            }
            shown = examples.get(Math.max(0, Math.min(i, examples.size() - 1))).sparql();
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>Query DiploKG</h1>\n<p>SPARQL 1.1 over the whole dataset; the endpoint is <code>/diplokg/sparql</code>. "
                + "Pick an example or write your own.</p>\n");
        b.append("<form id=\"query-form\" method=\"post\" action=\"/diplokg/sparql\">\n")
                .append("<textarea id=\"query\" name=\"query\" spellcheck=\"false\">").append(Html.esc(shown)).append("</textarea>\n")
                .append("<p><button type=\"submit\" id=\"run\">Run</button> ")
                .append("<button type=\"button\" id=\"download-csv\">Download CSV</button> ")
                .append("<button type=\"button\" id=\"download-json\">Download JSON</button> ")
                .append("<span id=\"status\" role=\"status\"></span></p>\n</form>\n")
                .append("<div id=\"results\"></div>\n<h2>Examples</h2>\n<ol class=\"examples\">\n");
        JsonArray data = new JsonArray();
        for (int i = 0; i < examples.size(); i++) {
            ExampleQueries.Example e = examples.get(i);
            b.append("<li><a class=\"example\" data-index=\"").append(i).append("\" href=\"/query?example=").append(i).append("\">")
                    .append(Html.esc(e.title())).append("</a>").append(e.needsNetwork() ? " <small class=\"network\">needs internet</small>" : "")
                    .append("</li>\n");
            JsonObject o = new JsonObject();
            o.put("title", e.title());
            o.put("query", e.sparql());
            o.put("network", e.needsNetwork());
            data.add(o);
        }
        b.append("</ol>\n").append(Html.scriptJson("application/json", "example-data", data.toString()))
                .append("<script src=\"/assets/query.js\"></script>\n");
        return Html.page("Query", "", b.toString());
    }
}
