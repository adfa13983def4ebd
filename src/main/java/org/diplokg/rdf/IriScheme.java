package org.diplokg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplokg.rdf.vocab.DKG;

/**
 * How DiploKG mints IRIs. All are derived from content (article identifier, states, status,
 * offsets), never random, so the same input always gives the same IRIs.
 */
public final class IriScheme {
    private IriScheme() {
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(DKG.ID + "article/" + encode(articleId));
    }

    /** The NIF context of an article's text; spans are fragments of it. */
    public static String textBase(String articleId) {
        return DKG.ID + "article/" + encode(articleId) + "/text";
    }

    /** An RFC 5147-style span IRI; offsets count Unicode code points. */
    public static Node span(String articleId, int beginCp, int endCp) {
        return NodeFactory.createURI(textBase(articleId) + "#char=" + beginCp + "," + endCp);
    }

    /** A meeting: a digest of its article, status, sorted state IRIs and first evidence offset. */
    public static Node meeting(String articleId, String status, List<String> stateIris, int firstOffset) {
        String key = articleId + "\n" + status + "\n" + String.join("\n", stateIris.stream().sorted().toList())
                + "\n" + firstOffset;
        return NodeFactory.createURI(DKG.ID + "meeting/" + encode(articleId) + "-" + digest(key).substring(0, 12));
    }

    static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Keeps IRI-safe characters of an identifier; anything else is percent-encoded. */
    static String encode(String id) {
        StringBuilder sb = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
