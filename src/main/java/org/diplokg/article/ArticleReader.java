package org.diplokg.article;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
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
import java.util.stream.Stream;

/**
 * Reads articles: a UTF-8 {@code NAME.txt}, optionally with a sidecar {@code NAME.properties}
 * holding {@code title}, {@code source} (URL) and {@code published} (YYYY-MM-DD).
 */
public final class ArticleReader {
    public static final String TEXT_SUFFIX = ".txt";
    public static final String SIDECAR_SUFFIX = ".properties";

    /** Expands files and folders (non-recursive listing of {@code *.txt}), sorted by name, no duplicates. */
    public static List<Path> expand(List<Path> inputs) throws ArticleException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(p -> p.getFileName().toString().endsWith(TEXT_SUFFIX) && Files.isRegularFile(p))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new ArticleException(in, 0, "cannot list folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new ArticleException(in, "no such file or folder");
            }
        }
        return out.stream().map(Path::normalize).distinct().sorted().toList();
    }

    /** Reads one article; the id is the base name of the file. */
    public Article read(Path file) throws ArticleException {
        String name = file.getFileName().toString();
        String id = name.endsWith(TEXT_SUFFIX) ? name.substring(0, name.length() - TEXT_SUFFIX.length()) : name;
        if (id.isBlank()) {
            throw new ArticleException(file, "the file name gives an empty article identifier");
        }
        String text = decode(file);
        if (text.isBlank()) {
            throw new ArticleException(file, "the article is empty");
        }
        Properties meta = sidecar(file, id);
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
                throw new ArticleException(sidecarPath(file, id), lineOf(sidecarPath(file, id), "published"),
                        "'published' must be a date like 2025-07-11, not '" + pub.strip() + "'", e);
            }
        }
        Optional<String> source = Optional.ofNullable(meta.getProperty("source")).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (source.isPresent() && (!source.get().matches("(?i)https?://\\S+") || !validIri(source.get()))) {
            Path sc = sidecarPath(file, id);
            throw new ArticleException(sc, lineOf(sc, "source"),
                    "'source' must be an http(s) URL without spaces, not '" + source.get() + "'", null);
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

    private static String decode(Path file) throws ArticleException {
        try {
            byte[] bytes = Files.readAllBytes(file);
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
            return s.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            throw new ArticleException(file, 0, "not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new ArticleException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Path sidecarPath(Path file, String id) {
        return file.resolveSibling(id + SIDECAR_SUFFIX);
    }

    private static Properties sidecar(Path file, String id) throws ArticleException {
        Properties p = new Properties();
        Path sc = sidecarPath(file, id);
        if (Files.isRegularFile(sc)) {
            try (Reader r = Files.newBufferedReader(sc, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ArticleException(sc, 0, "cannot read metadata: " + e.getMessage(), e);
            }
        }
        return p;
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key)) return i + 1;
            }
        } catch (IOException ignored) {
            // the line number is a courtesy; the message still names the file
        }
        return 0;
    }
}
