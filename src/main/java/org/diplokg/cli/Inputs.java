package org.diplokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.validate.ShaclGate;

/** Options several commands share: article inputs, the gazetteer and the shapes. */
final class Inputs {
    static final Path DEFAULT_ARTICLES = Path.of("data", "articles");

    private Inputs() {
    }

    static Options withPipelineOptions(Options o) {
        o.addOption(Option.builder().longOpt("gazetteer").hasArg().argName("DIR")
                .desc("gazetteer folder of *.ttl (default: the copy bundled in the jar, from data/gazetteer)").build());
        o.addOption(Option.builder().longOpt("shapes").hasArg().argName("FILE")
                .desc("SHACL shapes (default: the bundled shapes/diplokg-shapes.ttl)").build());
        return o;
    }

    static List<Path> articles(CommandLine cl) {
        List<String> args = cl.getArgList();
        return args.isEmpty() ? List.of(DEFAULT_ARTICLES) : args.stream().map(Path::of).toList();
    }

    static Gazetteer gazetteer(CommandLine cl) {
        return cl.hasOption("gazetteer") ? GazetteerLoader.fromFolder(Path.of(cl.getOptionValue("gazetteer")))
                : GazetteerLoader.bundled();
    }

    static ShaclGate gate(CommandLine cl) {
        return cl.hasOption("shapes") ? ShaclGate.fromFile(Path.of(cl.getOptionValue("shapes"))) : ShaclGate.bundled();
    }

    /** Writes RDF to a file atomically (temporary file, then rename), so a reader never sees half a file. */
    static void writeAtomically(Path target, Graph g, RDFFormat format) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            RDFDataMgr.write(os, g, format);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
