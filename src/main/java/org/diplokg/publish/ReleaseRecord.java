package org.diplokg.publish;

import static org.diplokg.publish.Terms.*;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.rdf.vocab.Namespaces;

/**
 * The release graph in DCAT and PROV: the dataset with its current version, one
 * {@code dcat:Dataset} per release with its counts and a {@code prov:Activity} that generated
 * (added or changed) and invalidated (changed or withdrew) article graphs, and per named graph
 * the checksum of the input it was made from, which is how the next publish knows what changed.
 */
public final class ReleaseRecord {
    private ReleaseRecord() {
    }

    public static Node releaseIri(int n) {
        return NodeFactory.createURI(RELEASE_NS + n);
    }

    public static Node activityIri(int n) {
        return NodeFactory.createURI(ACTIVITY_NS + "release-" + n);
    }

    static Node checksumIri(Node graph) {
        return NodeFactory.createURI(graph.getURI() + "#sha256");
    }

    /** Reads the state a release graph records; an empty graph is release 0. */
    public static StoreState read(Graph releases) {
        int n = 0;
        var v = releases.find(DATASET, DCAT_VERSION, Node.ANY);
        if (v.hasNext()) n = Integer.parseInt(v.next().getObject().getLiteralLexicalForm());
        Map<Node, String> sums = new HashMap<>();
        releases.find(Node.ANY, SPDX_CHECKSUM, Node.ANY).forEachRemaining(t -> {
            var value = releases.find(t.getObject(), SPDX_CHECKSUM_VALUE, Node.ANY);
            if (value.hasNext()) sums.put(t.getSubject(), value.next().getObject().getLiteralLexicalForm());
        });
        Graph copy = GraphFactory.createDefaultGraph();
        releases.find().forEachRemaining(copy::add);
        return new StoreState(n, sums, copy);
    }

    /** The shapes digest release {@code n} says it conforms to ({@code dct:conformsTo}), if it says so. */
    static Optional<String> conformsTo(Graph releases, int n) {
        if (n == 0) return Optional.empty();
        var it = releases.find(releaseIri(n), DCT_CONFORMS_TO, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isURI() && o.getURI().startsWith(SHAPES_DIGEST_NS)) return Optional.of(o.getURI().substring(SHAPES_DIGEST_NS.length()));
        }
        return Optional.empty();
    }

    /** The release a store's release graph says it is at, if any. */
    public static Optional<Release> latest(Graph releases) {
        StoreState s = read(releases);
        if (s.release() == 0) return Optional.empty();
        Node r = releaseIri(s.release());
        Node act = activityIri(s.release());
        Instant issued = Instant.parse(object(releases, r, DCT_ISSUED).getLiteralLexicalForm());
        int articles = Integer.parseInt(object(releases, r, VOID_DOCUMENTS).getLiteralLexicalForm());
        long triples = Long.parseLong(object(releases, r, VOID_TRIPLES).getLiteralLexicalForm());
        List<String> generated = ids(releases, act, PROV_GENERATED);
        List<String> invalidated = ids(releases, act, PROV_INVALIDATED);
        return Optional.of(new Release(s.release(), issued, articles, triples,
                generated.stream().filter(x -> !invalidated.contains(x)).toList(),
                generated.stream().filter(invalidated::contains).toList(),
                invalidated.stream().filter(x -> !generated.contains(x)).toList()));
    }

    private static List<String> ids(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (GraphNames.isArticle(t.getObject())) out.add(articleId(t.getObject()));
        });
        out.sort(null);
        return out;
    }

    static String articleId(Node graph) {
        return java.net.URLDecoder.decode(graph.getURI().substring((GraphNames.NS + "article/").length()),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext()) throw new IllegalStateException("release record lacks " + p.getURI() + " of " + s.getURI());
        return it.next().getObject();
    }

    /**
     * The release graph after {@code release}: the old one plus the new release, with checksum
     * records of written graphs replaced and those of removed graphs dropped.
     *
     * @param conformsTo the digest of the shapes the whole new state conforms to, if it was validated
     */
    public static Graph next(StoreState before, Release release, Map<Node, String> written, Collection<Node> removed,
                             String license, Optional<String> conformsTo) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes());
        before.releases().find().forEachRemaining(t -> {
            boolean stale = (t.getSubject().equals(DATASET) && (t.getPredicate().equals(DCAT_VERSION)
                    || t.getPredicate().equals(DCT_MODIFIED) || t.getPredicate().equals(DCT_LICENSE)))
                    || written.containsKey(t.getSubject()) || removed.contains(t.getSubject())
                    || isChecksumOf(t.getSubject(), written.keySet()) || isChecksumOf(t.getSubject(), removed);
            if (!stale) g.add(t);
        });
        Node r = releaseIri(release.number());
        Node act = activityIri(release.number());
        Node issued = NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(release.issued()), XSDDatatype.XSDdateTime);
        add(g, DATASET, TYPE, DCAT_DATASET);
        add(g, DATASET, TYPE, VOID_DATASET);
        add(g, DATASET, DCT_TITLE, NodeFactory.createLiteralLang("DiploKG: diplomatic meetings from the news", "en"));
        add(g, DATASET, DCT_LICENSE, NodeFactory.createURI(license));
        add(g, DATASET, DCAT_VERSION, NodeFactory.createLiteralString(Integer.toString(release.number())));
        add(g, DATASET, DCT_MODIFIED, issued);
        add(g, DATASET, DCAT_HAS_VERSION, r);
        add(g, r, TYPE, DCAT_DATASET);
        add(g, r, RDFS_LABEL, NodeFactory.createLiteralLang("DiploKG release " + release.number(), "en"));
        add(g, r, DCAT_VERSION, NodeFactory.createLiteralString(Integer.toString(release.number())));
        add(g, r, DCT_IS_VERSION_OF, DATASET);
        add(g, r, DCT_ISSUED, issued);
        add(g, r, VOID_DOCUMENTS, integer(release.articles()));
        add(g, r, VOID_TRIPLES, integer(release.triples()));
        add(g, r, DCT_DESCRIPTION, NodeFactory.createLiteralString(release.summary()));
        add(g, r, PROV_WAS_GENERATED_BY, act);
        if (release.number() > 1) add(g, r, DCAT_PREVIOUS_VERSION, releaseIri(release.number() - 1));
        conformsTo.ifPresent(digest -> add(g, r, DCT_CONFORMS_TO, NodeFactory.createURI(SHAPES_DIGEST_NS + digest)));
        add(g, act, TYPE, PROV_ACTIVITY);
        add(g, act, RDFS_LABEL, NodeFactory.createLiteralLang("Publication of DiploKG release " + release.number(), "en"));
        add(g, act, PROV_ENDED_AT, issued);
        for (Map.Entry<Node, String> w : written.entrySet()) {
            Node graph = w.getKey();
            add(g, act, PROV_GENERATED, graph);
            if (before.checksums().containsKey(graph)) add(g, act, PROV_INVALIDATED, graph);
            add(g, graph, TYPE, PROV_ENTITY);
            add(g, graph, PROV_WAS_GENERATED_BY, act);
            if (GraphNames.isArticle(graph)) add(g, graph, PROV_WAS_DERIVED_FROM, GraphNames.articleOf(graph));
            Node sum = checksumIri(graph);
            add(g, graph, SPDX_CHECKSUM, sum);
            add(g, sum, TYPE, SPDX_CHECKSUM_CLASS);
            add(g, sum, SPDX_ALGORITHM, SPDX_SHA256);
            add(g, sum, SPDX_CHECKSUM_VALUE, NodeFactory.createLiteralString(w.getValue()));
        }
        for (Node graph : removed) add(g, act, PROV_INVALIDATED, graph);
        return g;
    }

    private static boolean isChecksumOf(Node subject, Collection<Node> graphs) {
        return subject.isURI() && subject.getURI().endsWith("#sha256")
                && graphs.contains(NodeFactory.createURI(subject.getURI().substring(0, subject.getURI().length() - 7)));
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    /** DiploKG prefixes plus those of the dataset vocabularies. */
    public static Map<String, String> prefixes() {
        Map<String, String> m = new java.util.TreeMap<>(Namespaces.asMap());
        m.put("dcat", DCAT);
        m.put("void", VOID);
        m.put("spdx", SPDX);
        m.put("sd", SD);
        m.put("graph", GraphNames.NS);
        m.put("release", RELEASE_NS);
        return m;
    }
}
