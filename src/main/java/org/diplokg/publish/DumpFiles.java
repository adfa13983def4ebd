package org.diplokg.publish;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and media types of dump files. The server and the writer share them so that
 * {@code latest.*} always resolves to files of one release.
 */
public final class DumpFiles {
    public static final String VOID = "void.ttl";
    public static final String SUMS = "SHA256SUMS";
    /** Extension to media type, in the order the files are written. */
    public static final Map<String, String> KINDS = kinds();
    private static final Pattern RELEASE_FILE = Pattern.compile("diplokg-(\\d+)\\.(ttl|nt\\.gz|trig)");

    private static Map<String, String> kinds() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("ttl", "text/turtle");
        m.put("nt.gz", "application/n-triples");
        m.put("trig", "application/trig");
        return java.util.Collections.unmodifiableMap(m);
    }

    private DumpFiles() {
    }

    public static String name(int release, String kind) {
        return "diplokg-" + release + "." + kind;
    }

    public static List<String> names(int release) {
        return KINDS.keySet().stream().map(k -> name(release, k)).toList();
    }

    /** The media type of a dump file name, or empty for a name that is not a dump. */
    public static Optional<String> mediaType(String fileName) {
        if (fileName.equals(VOID)) return Optional.of("text/turtle");
        if (fileName.equals(SUMS)) return Optional.of("text/plain");
        Matcher m = RELEASE_FILE.matcher(fileName);
        return m.matches() ? Optional.of(KINDS.get(m.group(2))) : Optional.empty();
    }

    /** The extension of {@code latest.<kind>}, or empty. */
    public static Optional<String> latestKind(String fileName) {
        if (!fileName.startsWith("latest.")) return Optional.empty();
        String kind = fileName.substring("latest.".length());
        return KINDS.containsKey(kind) ? Optional.of(kind) : Optional.empty();
    }

    /** The release number of a {@code diplokg-N.*} name listed in SHA256SUMS, if it is one. */
    public static Optional<Integer> releaseOf(String fileName) {
        Matcher m = RELEASE_FILE.matcher(fileName);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
