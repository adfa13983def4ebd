package org.diplokg.article;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplokg.lang.TextSpan;

/**
 * Reads articles: a UTF-8 {@code NAME.txt}, optionally with a sidecar {@code NAME.properties}
 * holding {@code title}, {@code source} (URL) and {@code published} (YYYY-MM-DD).
 */
public final class ArticleReader {
    public static final String TEXT_SUFFIX = ".txt";
    public static final String SIDECAR_SUFFIX = ".properties";
    /**
     * Years a {@code published} date may have: relative dates ("last year", "next year") computed
     * from it must stay four-digit years that XSD and every RDF tool accept.
     */
    static final int MIN_YEAR = 1001;
    static final int MAX_YEAR = 9998;

    /** Expands files and folders, as {@link #expand(List, Consumer)}, skipping what is not an article silently. */
    public static List<Path> expand(List<Path> inputs) throws ArticleException {
        return expand(inputs, message -> { });
    }

    /**
     * Expands files and folders (non-recursive listing of {@code *.txt}), sorted by name, no
     * duplicates. In a folder only regular files are taken, and symbolic links only when they
     * lead to a regular file inside the same folder tree: links that leave it, link loops, folders
     * named {@code *.txt}, FIFOs, devices and sockets are skipped, each with a one-line message
     * naming it.
     */
    public static List<Path> expand(List<Path> inputs, Consumer<String> skipped) throws ArticleException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> entries;
                try (Stream<Path> s = Files.list(in)) {
                    entries = s.filter(p -> p.getFileName().toString().endsWith(TEXT_SUFFIX)).sorted().toList();
                } catch (IOException e) {
                    throw new ArticleException(in, 0, "cannot list folder: " + e.getMessage(), e);
                }
                for (Path p : entries) {
                    String why = notAnArticle(in, p);
                    if (why == null) {
                        out.add(p);
                    } else {
                        skipped.accept(p + ": skipped: " + why);
                    }
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else if (Files.exists(in)) {
                throw new ArticleException(in, "not a regular file or folder (a FIFO, device or socket?)");
            } else {
                throw new ArticleException(in, "no such file or folder");
            }
        }
        return out.stream().map(Path::normalize).distinct().sorted().toList();
    }

    /** Why an entry of a folder is not read as an article, or null when it is a regular file inside the folder. */
    static String notAnArticle(Path folder, Path entry) {
        try {
            if (Files.isSymbolicLink(entry)) {
                Path real;
                try {
                    real = entry.toRealPath();
                } catch (java.nio.file.NoSuchFileException e) {
                    return "a symbolic link to nothing";
                } catch (java.nio.file.FileSystemException e) {
                    return "a symbolic link that cannot be followed (" + (e.getReason() == null ? "a loop?" : e.getReason()) + ")";
                }
                if (!real.startsWith(folder.toRealPath())) return "a symbolic link to " + real + ", outside " + folder;
            }
            return kindOfNonRegular(entry);
        } catch (IOException e) {
            return "cannot be examined: " + e.getMessage();
        }
    }

    /** Null for a regular file (links followed), else what it is instead. */
    private static String kindOfNonRegular(Path p) throws IOException {
        if (Files.isRegularFile(p)) return null;
        if (Files.isDirectory(p)) return "a folder, not a regular file";
        if (!Files.exists(p)) return "no such file";
        return "not a regular file (a FIFO, device or socket)";
    }

    /** Reads one article; the id is the base name of the file. */
    public Article read(Path file) throws ArticleException {
        idOf(file);
        String kind;
        try {
            kind = kindOfNonRegular(file);
        } catch (IOException e) {
            kind = "cannot be examined: " + e.getMessage();
        }
        if (kind != null) throw new ArticleException(file, kind);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ArticleException(file, 0, "cannot read: " + e.getMessage(), null);
        }
        return read(file, bytes, () -> sidecarBytes(file));
    }

    /** Where the bytes of a sidecar come from (empty when there is none). */
    @FunctionalInterface
    public interface SidecarBytes {
        byte[] get() throws ArticleException;
    }

    /**
     * Reads an article given as bytes, e.g. a row of a table: the text, then the sidecar (the
     * properties {@code title}, {@code source}, {@code published}), with the checks of
     * {@link #read(Path)}. {@code file} gives the identifier (its base name) and names the article
     * in messages; it need not exist.
     */
    public Article read(Path file, byte[] textBytes, SidecarBytes sidecar) throws ArticleException {
        String id = idOf(file);
        String text = text(file, textBytes).replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ArticleException(file, "the article is empty");
        }
        Properties meta = sidecar(sidecarPath(file, id), sidecar.get());
        List<TextSpan> content = Boilerplate.contentLines(text);
        String title = meta.getProperty("title");
        if (title == null || title.isBlank()) {
            title = content.isEmpty() ? id : text.substring(content.get(0).begin(), content.get(0).end());
        }
        Optional<LocalDate> published = Optional.empty();
        String pub = meta.getProperty("published");
        if (pub != null && !pub.isBlank()) {
            try {
                published = Optional.of(LocalDate.parse(pub.strip()));
            } catch (DateTimeParseException e) {
                published = Optional.empty();
            }
            if (published.isEmpty() || published.get().getYear() < MIN_YEAR || published.get().getYear() > MAX_YEAR) {
                throw new ArticleException(sidecarPath(file, id), lineOf(sidecarPath(file, id), "published"),
                        "'published' must be a date like 2025-07-11 with a year from " + MIN_YEAR + " to " + MAX_YEAR + ", not '"
                                + printable(pub.strip()) + "'", null);
            }
        }
        Optional<String> source = Optional.ofNullable(meta.getProperty("source")).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (source.isPresent() && (!source.get().matches("(?i)https?://\\S+") || !validIri(source.get()))) {
            Path sc = sidecarPath(file, id);
            throw new ArticleException(sc, lineOf(sc, "source"),
                    "'source' must be an http(s) URL without spaces, not '" + printable(source.get()) + "'", null);
        }
        return new Article(id, title.strip(), text, source, published, file, content);
    }

    private static boolean validIri(String s) {
        try {
            org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(s);
            return iri.isAbsolute() && s.chars().noneMatch(c -> "<>\"{}|\\^`".indexOf(c) >= 0);
        } catch (org.apache.jena.irix.IRIException e) {
            return false;
        }
    }

    /** The article identifier of a file: its base name without {@code .txt}; never blank. */
    private static String idOf(Path file) throws ArticleException {
        String name = file.getFileName().toString();
        String id = name.endsWith(TEXT_SUFFIX) ? name.substring(0, name.length() - TEXT_SUFFIX.length()) : name;
        if (id.isBlank()) {
            throw new ArticleException(file, "the file name gives an empty article identifier");
        }
        return id;
    }

    /**
     * Bytes as UTF-8 text without a leading byte order mark. UTF-16 and UTF-32 (told by their byte
     * order marks), bytes that are not UTF-8 and control characters (other than tab, line feed and
     * carriage return) are refused with the line and the byte or column where they are.
     */
    static String text(Path file, byte[] bytes) throws ArticleException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ArticleException(file, 1, "UTF-16 or UTF-32 text (byte order mark); save the file as UTF-8", null);
        }
        if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF) {
            throw new ArticleException(file, 1, "UTF-32 text (byte order mark); save the file as UTF-8", null);
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, chars, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) if (bytes[i] == '\n') line++;
            throw new ArticleException(file, line, "not valid UTF-8 text (byte " + at + "); save the file as UTF-8", null);
        }
        String s = chars.flip().toString();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        int line = 1;
        int column = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (control(c)) {
                throw new ArticleException(file, line, String.format("contains the control character U+%04X (column %d); articles are plain text",
                        (int) c, column), null);
            }
            column++;
        }
        return s;
    }

    /** C0 controls but tab, line feed and carriage return; and DEL. */
    static boolean control(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    private static Path sidecarPath(Path file, String id) {
        return file.resolveSibling(id + SIDECAR_SUFFIX);
    }

    private static Properties sidecar(Path sc, byte[] bytes) throws ArticleException {
        Properties p = new Properties();
        String text = text(sc, bytes);
        try {
            p.load(new java.io.StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ArticleException(sc, 0, "cannot read metadata: " + e.getMessage(), null);
        }
        for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key);
            for (int i = 0; i < v.length(); i++) {
                if (control(v.charAt(i))) {
                    throw new ArticleException(sc, lineOf(sc, key), String.format("'%s' contains the control character U+%04X",
                            printable(key), (int) v.charAt(i)), null);
                }
            }
        }
        return p;
    }

    /**
     * The bytes of an article's sidecar, empty when it has none. A sidecar that is not a regular
     * file, or a symbolic link out of the article's folder, makes the article unreadable.
     */
    public static byte[] sidecarBytes(Path articleFile) throws ArticleException {
        String name = articleFile.getFileName().toString();
        String id = name.endsWith(TEXT_SUFFIX) ? name.substring(0, name.length() - TEXT_SUFFIX.length()) : name;
        Path sc = sidecarPath(articleFile, id);
        if (!Files.exists(sc, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return new byte[0];
        Path folder = articleFile.toAbsolutePath().getParent();
        String why = notAnArticle(folder, sc.toAbsolutePath());
        if (why != null) throw new ArticleException(sc, "the metadata file is " + why);
        try {
            if (Files.size(sc) > MAX_SIDECAR_BYTES) {
                throw new ArticleException(sc, "the metadata file is over " + MAX_SIDECAR_BYTES + " bytes");
            }
            return Files.readAllBytes(sc);
        } catch (IOException e) {
            throw new ArticleException(sc, 0, "cannot read metadata: " + e.getMessage(), null);
        }
    }

    private static final long MAX_SIDECAR_BYTES = 64 * 1024;

    /** A value for a one-line message: control characters shown as escapes, long values cut. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", c));
            else b.appendCodePoint(c);
        });
        return s.codePointCount(0, s.length()) > 80 ? b + "..." : b.toString();
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).replace("\uFEFF", "").strip().startsWith(key)) return i + 1;
            }
        } catch (IOException ignored) {
            // the line number is a courtesy; the message still names the file
        }
        return 0;
    }
}
