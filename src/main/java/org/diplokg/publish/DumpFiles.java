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

    /** The file {@code latest.<kind>} stands for: the release file of that kind listed in SHA256SUMS (written last). */
    public static Optional<String> latestName(java.nio.file.Path dir, String kind) throws java.io.IOException {
        java.nio.file.Path sums = dir.resolve(SUMS);
        if (!java.nio.file.Files.isRegularFile(sums)) return Optional.empty();
        for (String line : java.nio.file.Files.readAllLines(sums, java.nio.charset.StandardCharsets.UTF_8)) {
            if (!line.contains("  ")) continue;
            String name = line.substring(line.indexOf("  ") + 2);
            if (releaseOf(name).isPresent() && name.endsWith("." + kind)) return Optional.of(name);
        }
        return Optional.empty();
    }

    /** The SHA-256 that SHA256SUMS records for a file, if any. */
    public static Optional<String> checksum(java.nio.file.Path dir, String file) throws java.io.IOException {
        java.nio.file.Path sums = dir.resolve(SUMS);
        Optional<String> hex = Optional.empty();
        if (java.nio.file.Files.isRegularFile(sums)) {
            for (String line : java.nio.file.Files.readAllLines(sums, java.nio.charset.StandardCharsets.UTF_8)) {
                if (line.endsWith("  " + file)) hex = Optional.of(line.substring(0, line.indexOf("  ")));
            }
        }
        return hex;
    }

    /** How many releases' dumps a folder keeps by default. */
    public static final int DEFAULT_KEEP = 5;

    /**
     * Deletes the dump files of all but the {@code keep} newest releases in a folder (never those of
     * {@code current}, which SHA256SUMS lists); returns the names deleted, in order.
     */
    public static List<String> prune(java.nio.file.Path dir, int current, int keep) throws java.io.IOException {
        if (keep < 1) throw new IllegalArgumentException("keep at least one release's dumps");
        List<String> gone = new java.util.ArrayList<>();
        List<java.nio.file.Path> files;
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
            files = s.sorted().toList();
        }
        for (java.nio.file.Path f : files) {
            Optional<Integer> r = releaseOf(f.getFileName().toString());
            if (r.isPresent() && r.get() <= current - keep && java.nio.file.Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                java.nio.file.Files.delete(f);
                gone.add(f.getFileName().toString());
            }
        }
        return gone;
    }
}
