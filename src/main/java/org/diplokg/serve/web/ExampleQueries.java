package org.diplokg.serve.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The example queries of the query page, read from {@code /web/example-queries.rq} in the jar:
 * each begins with a {@code #@ title} line; {@code #@network} marks one that asks Wikidata and
 * so needs the internet.
 */
public final class ExampleQueries {
    /** One example: its title, SPARQL text and whether it needs the internet. */
    public record Example(String title, String sparql, boolean needsNetwork) {
    }

    private ExampleQueries() {
    }

    public static List<Example> all() {
        String text;
        try (InputStream in = ExampleQueries.class.getResourceAsStream("/web/example-queries.rq")) {
            if (in == null) throw new IllegalStateException("the jar has no /web/example-queries.rq");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the example queries", e);
        }
        List<Example> out = new ArrayList<>();
        String title = null;
        boolean network = false;
        StringBuilder body = new StringBuilder();
        for (String line : (text + "\n#@ ").split("\n", -1)) {
            if (line.startsWith("#@ ")) {
                if (title != null) out.add(new Example(title, body.toString().strip() + "\n", network));
                title = line.substring(3).strip();
                network = false;
                body.setLength(0);
            } else if (line.strip().equals("#@network")) {
                network = true;
            } else if (title != null) {
                body.append(line).append('\n');
            }
        }
        return List.copyOf(out);
    }
}
