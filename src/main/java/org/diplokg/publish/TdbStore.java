package org.diplokg.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The persistent store: a TDB2 database with one named graph per article, whose default graph
 * for queries is the union of all of them. A release is applied in a single write transaction,
 * so a reader sees either the previous release or the new one.
 */
public final class TdbStore implements ReleaseTarget, AutoCloseable {
    /** Where {@code publish}, {@code dump}, {@code compact} and {@code serve} look unless told. */
    public static final Path DEFAULT_LOCATION = Path.of("diplokg-db");
    private final Path location;
    private final DatasetGraph dsg;

    private TdbStore(Path location, DatasetGraph dsg) {
        this.location = location;
        this.dsg = dsg;
    }

    /** Opens the database, creating it if the folder is new. */
    public static TdbStore open(Path location) throws IOException {
        if (Files.exists(location) && !Files.isDirectory(location)) {
            throw new IOException(location + ": is a file, not a store folder");
        }
        if (Files.isDirectory(location)) {
            try (Stream<Path> s = Files.list(location)) {
                List<Path> entries = s.toList();
                boolean store = entries.stream().anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                        || p.getFileName().toString().equals("tdb.lock"));
                if (!entries.isEmpty() && !store) {
                    // never write a database into somebody's folder by mistake
                    throw new IOException(location + ": not a DiploKG store and not empty; give a new or empty folder");
                }
            }
        }
        Files.createDirectories(location);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(location, dsg);
    }

    /** Opens an existing database; refuses a folder that holds none, so a typo does not serve an empty store. */
    public static TdbStore openExisting(Path location) throws IOException {
        if (!Files.isDirectory(location)) throw new IOException(location + ": no such store (run publish first)");
        try (Stream<Path> s = Files.list(location)) {
            if (s.noneMatch(p -> p.getFileName().toString().startsWith("Data-"))) {
                throw new IOException(location + ": not a TDB2 store (no Data-NNNN folder)");
            }
        }
        return open(location);
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path location() {
        return location;
    }

    @Override
    public StoreState state() {
        return dsg.calculateRead(() -> ReleaseRecord.read(dsg.getGraph(GraphNames.RELEASES)));
    }

    @Override
    public Graph graph(Node name) {
        return dsg.calculateRead(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** One write transaction; everything that could fail (conversion, validation) happened before it. */
    @Override
    public void apply(ReleasePlan plan) {
        dsg.executeWrite(() -> {
            for (Map.Entry<String, String> p : ReleaseRecord.prefixes().entrySet()) dsg.prefixes().add(p.getKey(), p.getValue());
            for (Node g : plan.remove()) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (Map.Entry<Node, Graph> e : plan.put().entrySet()) replace(e.getKey(), e.getValue());
            replace(GraphNames.RELEASES, plan.releases());
        });
    }

    private void replace(Node name, Graph content) {
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dsg.add(Quad.create(name, t)));
    }

    /** Compacts into a new generation and deletes the old one, so repeated releases do not grow the store without bound. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** Releases the database so the folder can be reopened (by another process) or deleted. */
    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }

    /**
     * The storage generation in use ({@code Data-NNNN}); compaction writes the next one and deletes
     * the old, so a growing number with a single folder shows that compaction worked.
     */
    public String generation() throws IOException {
        try (Stream<Path> s = Files.list(location)) {
            List<String> gens = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
            return String.join(",", gens);
        }
    }
}
