package org.diplokg.cli;


import org.apache.commons.cli.CommandLine;
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
        o.addOption(Inputs.locOption("TDB2 store"));
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        if (!cl.getArgList().isEmpty()) throw new UsageException("compact takes no operands: " + cl.getArgList());
        try (TdbStore store = Inputs.existingStore(cl)) {
            String before = store.generation();
            long t0 = System.nanoTime();
            store.compact();
            console.out.printf("compacted %s: %s -> %s in %.2f s%n", store.location(), before, store.generation(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return ExitCode.OK;
    }
}
