package org.diplokg.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.publish.TdbStore;

/** {@code compact --loc DIR}: rewrites the TDB2 store into a fresh generation and deletes the old one. */
final class CompactCommand implements Command {
    @Override
    public String name() {
        return "compact";
    }

    @Override
    public String operands() {
        return "";
    }

    @Override
    public String summary() {
        return "Compact the TDB2 store (publish does this after each release) so it does not grow without bound.";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("loc").hasArg().argName("DIR")
                .desc("TDB2 store (default " + TdbStore.DEFAULT_LOCATION + ")").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (!cl.getArgList().isEmpty()) throw new UsageException("compact takes no operands: " + cl.getArgList());
        TdbStore store = TdbStore.openExisting(Path.of(cl.getOptionValue("loc", TdbStore.DEFAULT_LOCATION.toString())));
        long before = store.diskSize();
        long t0 = System.nanoTime();
        store.compact();
        console.out.printf("compacted %s: %,d -> %,d bytes in %.2f s%n", store.location(), before, store.diskSize(),
                (System.nanoTime() - t0) / 1e9);
        return ExitCode.OK;
    }
}
