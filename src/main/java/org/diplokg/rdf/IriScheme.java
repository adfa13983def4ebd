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

    /**
     * One article's report of a meeting: a digest of its article, status, sorted state IRIs and first
     * evidence offset, under {@code id/report/}.
     */
    public static Node report(String articleId, String status, List<String> stateIris, int firstOffset) {
        return report(articleId, status, stateIris, firstOffset, 0);
    }

    /**
     * The {@code ordinal}-th report of an article with that key: two meetings of the same states and
     * status told from the same first words ("a Strategic Dialogue and a Joint Commission") stay two
     * resources. Ordinal 0 is the plain key, so the IRIs of reports without such a twin never change.
     */
    public static Node report(String articleId, String status, List<String> stateIris, int firstOffset, int ordinal) {
        return NodeFactory.createURI(DKG.ID + REPORT + reportKey(articleId, status, stateIris, firstOffset, ordinal));
    }

    /**
     * The IRI a meeting gets when a report founds it: the report's own key under {@code id/meeting/}.
     * It is minted once, from the meeting's earliest report, and kept when later reports join.
     */
    public static Node meetingFoundedBy(Node report) {
        String iri = report.getURI();
        if (!iri.startsWith(DKG.ID + REPORT)) throw new IllegalArgumentException("not a report IRI: " + iri);
        return NodeFactory.createURI(DKG.ID + MEETING + iri.substring((DKG.ID + REPORT).length()));
    }

    /** Whether an IRI is one DiploKG minted for a meeting (live or merged into another). */
    public static boolean isMeeting(Node n) {
        return n.isURI() && n.getURI().startsWith(DKG.ID + MEETING);
    }

    private static final String REPORT = "report/";
    private static final String MEETING = "meeting/";

    private static String reportKey(String articleId, String status, List<String> stateIris, int firstOffset, int ordinal) {
        String key = articleId + "\n" + status + "\n" + String.join("\n", stateIris.stream().sorted().toList())
                + "\n" + firstOffset + (ordinal == 0 ? "" : "\n#" + ordinal);
        return encode(articleId) + "-" + digest(key).substring(0, 12);
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
