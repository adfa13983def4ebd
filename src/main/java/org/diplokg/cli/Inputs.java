package org.diplokg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.publish.AtomicFile;
import org.diplokg.publish.TdbStore;
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

    /** The article files of the inputs; entries of folders that are not articles are reported and skipped. */
    static List<Path> articleFiles(CommandLine cl, Console console) throws org.diplokg.article.ArticleException {
        return org.diplokg.article.ArticleReader.expand(articles(cl), console::skipped);
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
        AtomicFile.write(target, os -> RDFDataMgr.write(os, g, format));
    }

    /** {@code --loc DIR}: the TDB2 store publish, dump, compact and serve share. */
    static Option locOption(String what) {
        return Option.builder().longOpt("loc").hasArg().argName("DIR")
                .desc(what + " (default " + TdbStore.DEFAULT_LOCATION + ")").build();
    }

    /** The store named by {@code --loc}, which must already hold a published release. */
    static TdbStore existingStore(CommandLine cl) throws IOException {
        return TdbStore.openExisting(Path.of(cl.getOptionValue("loc", TdbStore.DEFAULT_LOCATION.toString())));
    }
}
