package org.diplokg.serve.web;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The public base that minted IRIs live under (by default {@code https://w3id.org/diplokg/}),
 * and the mapping between those IRIs and this server's own paths: {@code <base>id/X} is
 * served at {@code /id/X}, {@code <base>ontology} at {@code /ontology}. Links in pages use the
 * local paths so that a copy of the server is browsable wherever it runs.
 */
public record PublicBase(String iri) {
    public static final String DEFAULT = "https://w3id.org/diplokg/";

    public PublicBase {
        if (!iri.endsWith("/")) throw new IllegalArgumentException("public base must end with '/': " + iri);
    }

    /** The IRI a local request path (raw, still percent-encoded, starting with '/') stands for. */
    public Node resource(String localPath) {
        return NodeFactory.createURI(iri + localPath.substring(1));
    }

    /** The local path of an IRI under the base, if it is one; the fragment is kept. */
    public Optional<String> localPath(String anyIri) {
        if (!anyIri.startsWith(iri)) return Optional.empty();
        String rest = anyIri.substring(iri.length());
        if (rest.startsWith("id/") || rest.equals("ontology") || rest.startsWith("ontology#") || rest.startsWith("ontology/")) {
            return Optional.of("/" + rest);
        }
        return Optional.empty();
    }

    /** Where a page should link for an IRI: the local path when we serve it, else the IRI itself. */
    public String href(String anyIri) {
        return localPath(anyIri).orElse(anyIri);
    }

    public String ontology() {
        return iri + "ontology";
    }
}
