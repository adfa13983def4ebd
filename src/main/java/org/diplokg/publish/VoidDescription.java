package org.diplokg.publish;

import static org.diplokg.publish.Terms.*;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.rdf.vocab.DKG;

/**
 * The VoID and DCAT description of a dump: the statistics a client needs to decide whether to
 * download (triples, entities, partitions, links to Wikidata), and each distribution with its
 * URL, size and SHA-256 so a download can be checked.
 */
public final class VoidDescription {
    private static final Node RDF_TYPE = Terms.TYPE;
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private VoidDescription() {
    }

    /** A file of a dump as the description lists it. */
    public record Distribution(String fileName, String mediaType, String downloadUrl, long byteSize, String sha256) {
    }

    /** Counts over the union of a release (the default graph of the store). */
    public record Statistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                             Map<Node, Long> classes, Map<Node, Long> properties, long wikidataLinks) {
    }

    /**
     * {@link Statistics} of the distinct triples of a union streamed in N-Triples order, as a dump
     * writes them, in memory that does not grow with the union: a subject's triples come together,
     * so subjects are counted as they change; each {@code rdf:type} triple is one instance; the
     * objects, which come in no order, are counted through a sort that spills to disk.
     */
    static final class Tally {
        private final SortedLines objects;
        private Node lastSubject;
        private long triples;
        private long subjects;
        private long entities;
        private long links;
        private final Map<Node, Long> classes = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        private final Map<Node, Long> props = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));

        Tally(SortedLines objects) {
            this.objects = objects;
        }

        void add(Triple t) {
            triples++;
            if (!t.getSubject().equals(lastSubject)) {
                lastSubject = t.getSubject();
                subjects++;
                if (lastSubject.isURI()) entities++;
            }
            objects.add(org.apache.jena.riot.out.NodeFmtLib.strNT(t.getObject()));
            props.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF_TYPE) && t.getObject().isURI()) classes.merge(t.getObject(), 1L, Long::sum);
            if (t.getPredicate().equals(OWL_SAME_AS) && t.getObject().isURI()
                    && t.getObject().getURI().startsWith(WIKIDATA_ENTITY)) {
                links++;
            }
        }

        Statistics statistics() throws java.io.IOException {
            long[] distinct = {0};
            objects.drain(l -> distinct[0]++);
            return new Statistics(triples, entities, subjects, distinct[0], classes, props, links);
        }
    }

    public static Graph describe(Release release, Statistics stats, List<Distribution> files, String license) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(ReleaseRecord.prefixes());
        Node ds = DATASET;
        add(g, ds, TYPE, VOID_DATASET);
        add(g, ds, TYPE, DCAT_DATASET);
        add(g, ds, DCT_TITLE, NodeFactory.createLiteralLang("DiploKG: diplomatic meetings from the news", "en"));
        add(g, ds, DCT_LICENSE, NodeFactory.createURI(license));
        add(g, ds, DCT_MODIFIED, NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(release.issued()),
                XSDDatatype.XSDdateTime));
        add(g, ds, DCAT_VERSION, NodeFactory.createLiteralString(Integer.toString(release.number())));
        add(g, ds, DCAT_HAS_VERSION, ReleaseRecord.releaseIri(release.number()));
        add(g, ds, VOID_URI_SPACE, NodeFactory.createLiteralString(DKG.ID));
        add(g, ds, VOID_TRIPLES, ReleaseRecord.integer(stats.triples()));
        add(g, ds, VOID_ENTITIES, ReleaseRecord.integer(stats.entities()));
        add(g, ds, VOID_DISTINCT_SUBJECTS, ReleaseRecord.integer(stats.distinctSubjects()));
        add(g, ds, VOID_DISTINCT_OBJECTS, ReleaseRecord.integer(stats.distinctObjects()));
        add(g, ds, VOID_CLASSES, ReleaseRecord.integer(stats.classes().size()));
        add(g, ds, VOID_PROPERTIES, ReleaseRecord.integer(stats.properties().size()));
        add(g, ds, VOID_DOCUMENTS, ReleaseRecord.integer(release.articles()));
        int i = 0;
        for (Map.Entry<Node, Long> c : stats.classes().entrySet()) {
            Node part = NodeFactory.createURI(ds.getURI() + "/class/" + (++i));
            add(g, ds, VOID_CLASS_PARTITION, part);
            add(g, part, VOID_CLASS, c.getKey());
            add(g, part, VOID_ENTITIES, ReleaseRecord.integer(c.getValue()));
        }
        i = 0;
        for (Map.Entry<Node, Long> p : stats.properties().entrySet()) {
            Node part = NodeFactory.createURI(ds.getURI() + "/property/" + (++i));
            add(g, ds, VOID_PROPERTY_PARTITION, part);
            add(g, part, VOID_PROPERTY, p.getKey());
            add(g, part, VOID_TRIPLES, ReleaseRecord.integer(p.getValue()));
        }
        Node linkset = NodeFactory.createURI(ds.getURI() + "/links/wikidata");
        add(g, ds, VOID_SUBSET, linkset);
        add(g, linkset, TYPE, VOID_LINKSET);
        add(g, linkset, VOID_SUBJECTS_TARGET, ds);
        add(g, linkset, VOID_OBJECTS_TARGET, WIKIDATA);
        add(g, linkset, VOID_LINK_PREDICATE, OWL_SAME_AS);
        add(g, linkset, VOID_TRIPLES, ReleaseRecord.integer(stats.wikidataLinks()));
        add(g, WIKIDATA, TYPE, VOID_DATASET);
        add(g, WIKIDATA, DCT_TITLE, NodeFactory.createLiteralString("Wikidata"));
        add(g, WIKIDATA, VOID_URI_SPACE, NodeFactory.createLiteralString(WIKIDATA_ENTITY));
        for (Distribution d : files) {
            Node dist = NodeFactory.createURI(ds.getURI() + "/distribution/" + d.fileName());
            Node url = NodeFactory.createURI(d.downloadUrl());
            add(g, ds, DCAT_DISTRIBUTION_P, dist);
            add(g, ds, VOID_DATA_DUMP, url);
            add(g, dist, TYPE, DCAT_DISTRIBUTION);
            add(g, dist, DCT_TITLE, NodeFactory.createLiteralString(d.fileName()));
            add(g, dist, DCAT_DOWNLOAD_URL, url);
            add(g, dist, DCAT_MEDIA_TYPE, NodeFactory.createURI("https://www.iana.org/assignments/media-types/" + d.mediaType()));
            if (d.fileName().endsWith(".gz")) {
                add(g, dist, NodeFactory.createURI(DCAT + "compressFormat"),
                        NodeFactory.createURI("https://www.iana.org/assignments/media-types/application/gzip"));
            }
            add(g, dist, DCT_LICENSE, NodeFactory.createURI(license));
            add(g, dist, DCAT_BYTE_SIZE, NodeFactory.createLiteralDT(Long.toString(d.byteSize()), XSDDatatype.XSDnonNegativeInteger));
            Node sum = NodeFactory.createURI(dist.getURI() + "#sha256");
            add(g, dist, SPDX_CHECKSUM, sum);
            add(g, sum, TYPE, SPDX_CHECKSUM_CLASS);
            add(g, sum, SPDX_ALGORITHM, SPDX_SHA256);
            add(g, sum, SPDX_CHECKSUM_VALUE, NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
