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

    /** Reads every graph named in one read transaction, without a copy per graph. */
    @Override
    public void copyInto(java.util.Collection<Node> names, Graph into) {
        dsg.executeRead(() -> {
            for (Node g : names) dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> into.add(q.asTriple()));
        });
    }

    /** One read transaction, one index lookup per triple. */
    @Override
    public java.util.Set<org.apache.jena.graph.Triple> held(java.util.Set<Node> graphs, java.util.Collection<org.apache.jena.graph.Triple> triples) {
        return dsg.calculateRead(() -> ReleaseTarget.heldIn(dsg, graphs, triples));
    }

    /** One write transaction; everything that could fail (conversion, validation) happened before it. */
    @Override
    public void apply(ReleasePlan plan) {
        Garbage before;
        try {
            before = garbage();
        } catch (IOException e) {
            before = null;
        }
        long[] writes = new long[2];
        dsg.executeWrite(() -> {
            for (Map.Entry<String, String> p : ReleaseRecord.prefixes().entrySet()) dsg.prefixes().add(p.getKey(), p.getValue());
            for (Node g : plan.remove()) writes[0] += delete(g);
            for (Map.Entry<Node, Graph> e : plan.put().entrySet()) {
                writes[0] += delete(e.getKey());
                writes[1] += add(e.getKey(), e.getValue());
            }
            // the release record grows with the store; only its difference is written
            Graph old = dsg.getGraph(GraphNames.RELEASES);
            List<org.apache.jena.graph.Triple> gone = old.find().filterDrop(plan.releases()::contains).toList();
            List<org.apache.jena.graph.Triple> come = plan.releases().find().filterDrop(old::contains).toList();
            gone.forEach(t -> dsg.delete(Quad.create(GraphNames.RELEASES, t)));
            come.forEach(t -> dsg.add(Quad.create(GraphNames.RELEASES, t)));
            writes[0] += gone.size();
            writes[1] += come.size();
        });
        // a server over this store in the same process drops what it computed from the release before
        DataVersion.bump(dsg);
        if (before == null) return;
        try {
            // loading an empty store leaves next to no garbage (each block is written once in the transaction)
            long written = before.quads() == 0 ? 0 : writes[0] + writes[1];
            Garbage after = new Garbage(before.quads() + writes[1] - writes[0], before.written() + written);
            after.save(location);
        } catch (IOException e) {
            // the figures only decide when to compact; without them the next publish counts again
            deleteFigures();
        }
    }

    private long delete(Node name) {
        long n = dsg.stream(name, Node.ANY, Node.ANY, Node.ANY).count();
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        return n;
    }

    private long add(Node name, Graph content) {
        long[] n = new long[1];
        content.find().forEachRemaining(t -> {
            dsg.add(Quad.create(name, t));
            n[0]++;
        });
        return n[0];
    }

    /**
     * How much the store holds and how much has been written (quads deleted or added) since it was
     * last compacted or created: TDB2 never overwrites a block that a committed transaction wrote,
     * so what later transactions wrote is roughly what is now garbage (the first load of an empty
     * store counts as none). Kept in {@code diplokg-upkeep.properties} beside the database; counted again (one
     * pass over the quads) when that file is missing.
     */
    public record Garbage(long quads, long written) {
        static final String FILE = "diplokg-upkeep.properties";

        /** Written quads per quad held: 0 right after compaction. */
        public double ratio() {
            return quads == 0 ? (written == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) written / quads;
        }

        void save(Path location) throws IOException {
            String text = "# quads held, and quads deleted or added since the last compaction (written by publish)\n"
                    + "quads=" + quads + "\nwritten=" + written + "\n";
            AtomicFile.write(location.resolve(FILE), out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** The garbage figures of the store (see {@link Garbage}). */
    public Garbage garbage() throws IOException {
        Path f = location.resolve(Garbage.FILE);
        if (Files.isRegularFile(f)) {
            java.util.Properties p = new java.util.Properties();
            try (java.io.Reader r = Files.newBufferedReader(f)) {
                p.load(r);
                return new Garbage(Long.parseLong(p.getProperty("quads")), Long.parseLong(p.getProperty("written")));
            } catch (RuntimeException e) {
                // unreadable: counted again below
            }
        }
        Garbage counted = new Garbage(dsg.calculateRead(() -> dsg.stream().count()), 0);
        counted.save(location);
        return counted;
    }

    private void deleteFigures() {
        try {
            Files.deleteIfExists(location.resolve(Garbage.FILE));
        } catch (IOException e) {
            // counted again next time
        }
    }

    /** Compacts into a new generation and deletes the old one, so repeated releases do not grow the store without bound. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        try {
            new Garbage(dsg.calculateRead(() -> dsg.stream().count()), 0).save(location);
        } catch (IOException e) {
            deleteFigures();
        }
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
