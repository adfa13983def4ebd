package org.diplokg.lang.pattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A file of named token patterns under {@code /lang/} in the class path: {@code name = pattern},
 * a line that starts with white space continues the pattern above, {@code #} starts a comment
 * line. A pattern may use the ones defined above it ({@code @name}) and the word lists of its
 * language ({@code {name}}). Every pattern is compiled when the file is loaded; the first error
 * stops loading with the file and line named.
 */
public final class PatternFile {
    private final String path;
    private final Map<String, TokenPattern> patterns;

    private PatternFile(String path, Map<String, TokenPattern> patterns) {
        this.path = path;
        this.patterns = patterns;
    }

    /**
     * Loads {@code /lang/<name>}.
     *
     * @param lists the phrases of a word list by its name, in the file's language
     */
    public static PatternFile load(String name, Function<String, List<String>> lists) {
        String path = "/lang/" + name;
        try (InputStream in = PatternFile.class.getResourceAsStream(path)) {
            if (in == null) throw new PatternException(path, "pattern file missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) lines.add(line);
            return parse(path, lines, lists);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lines of a pattern file; {@code path} names it in errors. */
    public static PatternFile parse(String path, List<String> lines, Function<String, List<String>> lists) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, TokenPattern> patterns = new LinkedHashMap<>();
        int k = 0;
        while (k < lines.size()) {
            String line = lines.get(k);
            int number = k + 1;
            k++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String where = path + ":" + number;
            if (Character.isWhitespace(line.charAt(0))) throw new PatternException(where, "continuation line without a pattern above");
            int eq = line.indexOf('=');
            if (eq < 0) throw new PatternException(where, "expected 'name = pattern'");
            String name = line.substring(0, eq).strip();
            if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) throw new PatternException(where, "bad pattern name '" + name + "'");
            if (nodes.containsKey(name)) throw new PatternException(where, "pattern '" + name + "' defined twice");
            StringBuilder src = new StringBuilder(line.substring(eq + 1));
            while (k < lines.size() && !lines.get(k).isEmpty() && Character.isWhitespace(lines.get(k).charAt(0))
                    && !lines.get(k).stripLeading().startsWith("#")) {
                src.append(' ').append(lines.get(k).strip());
                k++;
            }
            Node node = PatternParser.parse(src.toString(), where, nodes, lists);
            nodes.put(name, node);
            patterns.put(name, TokenPattern.compile(name, node, where));
        }
        return new PatternFile(path, patterns);
    }

    /** The pattern named {@code name}; a missing one is an error that names the file. */
    public TokenPattern get(String name) {
        TokenPattern p = patterns.get(name);
        if (p == null) throw new PatternException(path, "no pattern named '" + name + "'");
        return p;
    }

    public Map<String, TokenPattern> all() {
        return patterns;
    }

    public String path() {
        return path;
    }
}
