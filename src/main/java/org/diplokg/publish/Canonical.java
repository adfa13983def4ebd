package org.diplokg.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Sorted N-Triples lines: one order for the same set of triples whatever store or insertion order
 * they came from, so checksums and dumps of equal content are equal byte for byte.
 */
public final class Canonical {
    private Canonical() {
    }

    /** Each triple as an N-Triples line (ending in " .", without the newline), sorted, duplicates removed. */
    public static List<String> lines(Iterator<Triple> triples) {
        List<String> out = new ArrayList<>();
        triples.forEachRemaining(t -> out.add(NodeFmtLib.strNT(t)));
        return sortedDistinct(out);
    }

    /** The lines in {@link String#compareTo} order, each once ({@code lines} is sorted in place). */
    static List<String> sortedDistinct(List<String> lines) {
        lines.sort(null);
        List<String> distinct = new ArrayList<>(lines.size());
        String last = null;
        for (String s : lines) {
            if (!s.equals(last)) distinct.add(s);
            last = s;
        }
        return distinct;
    }

    public static List<String> lines(Graph g) {
        return lines(g.find());
    }

    /**
     * The triples of {@code g} as N-Quads lines in the named graph {@code name}, sorted as
     * {@link #lines(Graph)} sorts them: the bytes Jena's N-Quads writer gives for each quad.
     */
    public static List<String> quadLines(org.apache.jena.graph.Node name, Graph g) {
        String suffix = NodeFmtLib.strNT(name) + " .";
        List<String> out = new ArrayList<>();
        for (String l : lines(g)) out.add(l.substring(0, l.length() - 1) + suffix);
        return out;
    }

    /** SHA-256 of a graph's canonical N-Triples. */
    public static String sha256(Graph g) {
        MessageDigest md = digest();
        for (String line : lines(g)) {
            md.update(line.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String sha256(byte[]... parts) {
        MessageDigest md = digest();
        for (byte[] p : parts) {
            md.update(p);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-256 of everything a stream holds (read to its end, not closed). */
    public static String sha256(java.io.InputStream in) throws java.io.IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
