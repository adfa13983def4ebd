package org.diplokg.publish;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.diplokg.article.ArticleException;
import org.diplokg.article.ArticleReader;
import org.diplokg.extract.ExtractionException;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Pipeline;
import org.diplokg.validate.ShaclGate;
import org.diplokg.validate.ValidationOutcome;
import org.diplokg.validate.Violation;

/**
 * One article on its own: converted, checked against the shapes (with the meetings its reports
 * resolve to when no other article exists) and written as the sorted N-Quads lines of its named
 * graph, the lines {@code publish} stores for it. What the Spark backfill does per article, with no
 * Spark in it. Never throws for a bad article: the outcome says why it was rejected.
 */
public final class ArticleQuads {
    /**
     * @param id            the article identifier
     * @param source        the file or table row it came from, for messages
     * @param nquads        its graph as sorted N-Quads lines, each ending in a line feed (empty when rejected)
     * @param quads         how many lines {@code nquads} holds
     * @param inputChecksum the checksum {@code publish} records for its graph (empty when it could not be read)
     * @param reason        why it was rejected (null when accepted)
     */
    public record Outcome(String id, String source, String nquads, long quads, String inputChecksum, String reason)
            implements Serializable {
        public boolean accepted() {
            return reason == null;
        }
    }

    private final Pipeline pipeline;
    private final ShaclGate gate;
    private final String basis;

    public ArticleQuads(Pipeline pipeline, ShaclGate gate, Sources sources) {
        this.pipeline = pipeline;
        this.gate = gate;
        this.basis = Publisher.basis(sources, gate);
    }

    /** The basis its input checksums are made with (gazetteer, converter version, shapes). */
    public String basis() {
        return basis;
    }

    /** An article file with its sidecar beside it. */
    public Outcome file(Path txt) {
        String id = Publisher.articleId(txt);
        String sum;
        try {
            sum = Publisher.inputChecksum(txt, basis);
        } catch (java.io.IOException e) {
            return rejected(id, txt.toString(), "", e.getMessage());
        }
        try {
            return finish(id, txt.toString(), sum, pipeline.process(txt));
        } catch (ArticleException | ExtractionException e) {
            return rejected(id, txt.toString(), sum, e.getMessage());
        } catch (RuntimeException e) {
            return rejected(id, txt.toString(), sum, txt + ": internal error while converting: " + e);
        }
    }

    /**
     * An article given as a row of a table: {@code id}, its text and the sidecar made of its title,
     * source and publication date ({@link #sidecar}); {@code source} names the row in messages.
     */
    public Outcome row(String id, byte[] text, byte[] sidecar, String source) {
        String sum = Publisher.inputChecksum(text, sidecar, basis);
        Path nominal = Path.of(id + ArticleReader.TEXT_SUFFIX);
        try {
            return finish(id, source, sum, pipeline.process(nominal, text, sidecar));
        } catch (ArticleException | ExtractionException e) {
            return rejected(id, source, sum, source + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return rejected(id, source, sum, source + ": internal error while converting: " + e);
        }
    }

    /** The sidecar of a table row, as a {@code .properties} text; null or blank values are left out. */
    public static byte[] sidecar(String title, String source, String published) {
        StringBuilder sb = new StringBuilder();
        append(sb, "title", title);
        append(sb, "source", source);
        append(sb, "published", published);
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder sb, String key, String value) {
        if (value == null || value.isBlank()) return;
        sb.append(key).append('=').append(value.strip().replace("\\", "\\\\").replace('\n', ' ').replace('\r', ' ')).append('\n');
    }

    private Outcome finish(String id, String source, String sum, ArticleResult r) {
        ValidationOutcome v = gate.validate(r.resolved());
        if (!v.conforms()) {
            List<Violation> vs = v.violations();
            StringBuilder why = new StringBuilder(source + ": left out: " + vs.size() + " SHACL violation(s):");
            for (Violation x : vs) why.append(' ').append(x.focus()).append(": ").append(x.message().replace('\n', ' ')).append(';');
            return rejected(id, source, sum, why.toString());
        }
        List<String> lines = Canonical.quadLines(GraphNames.article(id), r.graph());
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return new Outcome(id, source, sb.toString(), lines.size(), sum, null);
    }

    private static Outcome rejected(String id, String source, String sum, String reason) {
        return new Outcome(id, source, "", 0, sum, reason.replace('\n', ' ').replace('\t', ' '));
    }

    /** The graph of an accepted outcome, parsed back from its lines (the graph names dropped). */
    public static Graph graph(String nquads) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(nquads, org.apache.jena.riot.Lang.NQUADS)
                .parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        g.add(q.asTriple());
                    }

                    @Override
                    public void triple(org.apache.jena.graph.Triple t) {
                        g.add(t);
                    }
                });
        return g;
    }
}
