package org.diplokg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * {@code manifest.json} of a backfill output folder (what the Spark job writes and
 * {@code publish --bulk} loads): the counts, the basis the article graphs were made with, and every
 * file with its size, lines and SHA-256, so that a partial or altered output is refused.
 *
 * @param format           {@link #FORMAT}
 * @param converterVersion the conversion rules the graphs were made with
 * @param basis            gazetteer, rules and shapes together ({@link Publisher#basis(Sources, org.diplokg.validate.ShaclGate)})
 * @param input            what was read
 * @param articles         articles read
 * @param accepted         articles converted and conforming to the shapes
 * @param rejected         articles rejected (listed in the {@code rejected} files with the reason)
 * @param quads            quads in the article graphs
 * @param meetings         meeting graphs made by the resolve stage (0 when it did not run)
 * @param resolved         whether the resolve stage ran (the {@code meetings} files hold its graphs)
 * @param files            every data file, relative to the folder
 */
public record BackfillManifest(String format, String converterVersion, String basis, String input, long articles, long accepted,
                               long rejected, long quads, long meetings, boolean resolved, List<Part> files) {
    public static final String FORMAT = "diplokg-backfill/1";
    public static final String FILE = "manifest.json";
    /** Article graphs as N-Quads. */
    public static final String QUADS = "quads";
    /** One line per accepted article: identifier, input checksum, quads. */
    public static final String ARTICLES = "articles";
    /** One line per rejected article: identifier, file or row, reason. */
    public static final String REJECTED = "rejected";
    /** Meeting graphs as N-Quads (resolve stage). */
    public static final String MEETINGS = "meetings";

    /** A data file: its path relative to the folder, its kind (a folder name above), size, lines and SHA-256. */
    public record Part(String path, String kind, long bytes, long lines, String sha256) {
    }

    public BackfillManifest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public String toJson() {
        return GSON.toJson(this) + "\n";
    }

    /** The files of one kind, in order. */
    public List<Part> files(String kind) {
        return files.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    /** Reads the manifest of a folder and checks that every file it lists is there, whole and unchanged. */
    public static BackfillManifest read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) throw new IOException(dir + ": no " + FILE + " (not the output of a finished backfill job)");
        BackfillManifest m;
        try {
            m = GSON.fromJson(Files.readString(f, StandardCharsets.UTF_8), BackfillManifest.class);
        } catch (JsonParseException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(f + ": not a backfill manifest: " + e.getMessage(), e);
        }
        if (m == null || !FORMAT.equals(m.format())) {
            throw new IOException(f + ": not a backfill manifest (format " + FORMAT + ")");
        }
        for (Part p : m.files()) {
            Path file = dir.resolve(p.path()).normalize();
            if (!file.startsWith(dir.normalize())) throw new IOException(f + ": lists a file outside the folder: " + p.path());
            if (!Files.isRegularFile(file)) throw new IOException(file + ": listed in " + FILE + " but missing");
            String sum;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                sum = Canonical.sha256(in);
            }
            if (Files.size(file) != p.bytes() || !sum.equals(p.sha256())) {
                throw new IOException(file + ": size or SHA-256 differs from " + FILE + " (a partial or altered output)");
            }
        }
        return m;
    }
}
