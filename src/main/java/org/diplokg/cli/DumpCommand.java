package org.diplokg.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.publish.DumpFiles;
import org.diplokg.publish.DumpWriter;
import org.diplokg.publish.TdbStore;
import org.diplokg.publish.Terms;
import org.diplokg.publish.Upkeep;

/** {@code dump --loc DIR -o OUTDIR}: the dumps, VoID and checksums of the store's current release. */
final class DumpCommand implements Command {
    @Override
    public String name() {
        return "dump";
    }

    @Override
    public String operands() {
        return "";
    }

    @Override
    public String summary() {
        return "Write Turtle, N-Triples (gzip), TriG, void.ttl and SHA256SUMS of the store's current release.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Inputs.locOption("TDB2 store"));
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("DIR")
                .desc("output folder (default " + PublishCommand.DEFAULT_DUMPS + ")").build());
        o.addOption(Option.builder().longOpt("base-url").hasArg().argName("URL")
                .desc("URL the dumps are downloaded from, for void.ttl (default " + DumpWriter.DEFAULT_BASE_URL + ")").build());
        o.addOption(Option.builder().longOpt("license").hasArg().argName("IRI")
                .desc("license of the dataset (default " + Terms.DEFAULT_LICENSE + ")").build());
        o.addOption(keepOption());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (!cl.getArgList().isEmpty()) throw new UsageException("dump takes no operands: " + cl.getArgList());
        try (TdbStore store = Inputs.existingStore(cl)) {
            dump(store, cl, PublishCommand.DEFAULT_DUMPS, cl.getOptionValue("license", Terms.DEFAULT_LICENSE), console);
        }
        return ExitCode.OK;
    }

    static Option keepOption() {
        return Option.builder().longOpt("keep-dumps").hasArg().argName("N")
                .desc("keep the dumps of the N newest releases in the folder, delete older ones (default " + DumpFiles.DEFAULT_KEEP + ")")
                .build();
    }

    static int keep(CommandLine cl) throws UsageException {
        try {
            int n = Integer.parseInt(cl.getOptionValue("keep-dumps", Integer.toString(DumpFiles.DEFAULT_KEEP)).strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--keep-dumps takes a number of releases, at least 1");
    }

    /** The dump writer of the command line's --base-url and license. */
    static DumpWriter writer(CommandLine cl, String license) {
        return new DumpWriter(cl.getOptionValue("base-url", DumpWriter.DEFAULT_BASE_URL), license);
    }

    static void dump(TdbStore store, CommandLine cl, Path defaultDir, String license, Console console) throws java.io.IOException,
            UsageException {
        int keep = keep(cl);
        Path out = Path.of(cl.getOptionValue(cl.hasOption("output") ? "output" : "dumps", defaultDir.toString()));
        Upkeep.Done done = Upkeep.after(store, null, new Upkeep.Settings(false, 0, out, writer(cl, license), keep));
        printDumped(done, out, keep, console);
    }

    /** Shared with publish, which dumps after each release. */
    static void printDumped(Upkeep.Done done, Path out, int keep, Console console) {
        console.out.printf("dumped release %d to %s in %.2f s: %s%n", done.written().release(), out, done.dumpSeconds(),
                String.join(", ", done.written().sha256().keySet()));
        if (!done.pruned().isEmpty()) {
            console.info("removed the dumps of releases older than the last " + keep + ": " + String.join(", ", done.pruned()));
        }
    }
}
