package org.diplokg.publish;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.rdf.IriScheme;
import org.diplokg.rdf.vocab.DKG;

/**
 * Names of the named graphs of a published store. Each article has its own graph so that a
 * release can replace exactly the articles that changed; each meeting (with the reportOf links and
 * merge bases of its reports) has its own, so that a release replaces exactly the meetings the
 * changed articles affect; the ontology, the gazetteer and the release record have one each.
 */
public final class GraphNames {
    public static final String NS = "https://w3id.org/diplokg/graph/";
    public static final Node ONTOLOGY = NodeFactory.createURI(NS + "ontology");
    public static final Node GAZETTEER = NodeFactory.createURI(NS + "gazetteer");
    public static final Node RELEASES = NodeFactory.createURI(NS + "releases");
    /** On a remote target, while a release is being written: the graphs that write puts or deletes. */
    public static final Node PENDING = NodeFactory.createURI(NS + "pending");
    private static final String ARTICLE_GRAPHS = NS + "article/";
    private static final String ARTICLE_IRIS = DKG.ID + "article/";
    private static final String MEETING_GRAPHS = NS + "meeting/";
    private static final String MEETING_IRIS = DKG.ID + "meeting/";

    private GraphNames() {
    }

    /** {@code https://w3id.org/diplokg/graph/article/<id>}, encoded as the article's own IRI is. */
    public static Node article(String articleId) {
        return NodeFactory.createURI(ARTICLE_GRAPHS + IriScheme.article(articleId).getURI().substring(ARTICLE_IRIS.length()));
    }

    /** {@code https://w3id.org/diplokg/graph/meeting/<id>}: a meeting with its merge record, for meeting {@code id/meeting/<id>}. */
    public static Node meeting(Node meetingIri) {
        return NodeFactory.createURI(MEETING_GRAPHS + meetingIri.getURI().substring(MEETING_IRIS.length()));
    }

    public static boolean isMeeting(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(MEETING_GRAPHS);
    }

    public static boolean isArticle(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(ARTICLE_GRAPHS);
    }

    /** The article resource an article graph is about. */
    public static Node articleOf(Node graph) {
        return NodeFactory.createURI(ARTICLE_IRIS + graph.getURI().substring(ARTICLE_GRAPHS.length()));
    }
}
