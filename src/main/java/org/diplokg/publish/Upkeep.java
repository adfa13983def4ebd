package org.diplokg.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a local publish does to the store and the dumps after a release: compaction when the
 * garbage passes a threshold (see {@link #DEFAULT_THRESHOLD}), and the dumps when a folder is
 * given. {@code publish}, {@code dump} and {@code bench} share it, so the bench times what a user
 * waits for.
 */
public final class Upkeep {
    /**
     * The default of {@code --compact-threshold}: a publish compacts the store when the quads
     * written (deleted or added) since the last compaction pass half the quads it holds. TDB2 never
     * overwrites, so those writes are about what the store holds as garbage: with this threshold it
     * stays under about 1.5 times its compacted size, and a one-article change on a large store
     * (a few hundred quads written) compacts only once in thousands of publishes.
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /**
     * @param compact  whether compaction may run
     * @param threshold compact when written quads per held quad pass it (0: after every release)
     * @param dumps    the dump folder, or null for no dumps
     * @param writer   the dump writer (base URL, license)
     * @param keep     how many releases' dumps to keep
     */
    public record Settings(boolean compact, double threshold, Path dumps, DumpWriter writer, int keep) {
    }

    /**
     * What was done: the garbage figures that decided on compaction (null when it was not
     * considered), the generations before and after compaction (null when it did not run), the
     * dumps written (null when none were, {@code dumpsCurrent} tells whether those of the
     * release were already there) and the old dumps deleted.
     */
    public record Done(TdbStore.Garbage garbage, String generationBefore, String generationAfter, double compactSeconds,
                       DumpWriter.Written written, boolean dumpsCurrent, double dumpSeconds, List<String> pruned) {
        public boolean compacted() {
            return generationAfter != null;
        }
    }

    private Upkeep() {
    }

    public static Done after(TdbStore store, PublishOutcome outcome, Settings s) throws IOException {
        String before = null;
        String after = null;
        double compactS = 0;
        TdbStore.Garbage garbage = null;
        if (s.compact() && outcome instanceof PublishOutcome.Released) garbage = store.garbage();
        if (garbage != null && garbage.written() > 0 && garbage.ratio() > s.threshold()) {
            before = store.generation();
            long t0 = System.nanoTime();
            store.compact();
            compactS = (System.nanoTime() - t0) / 1e9;
            after = store.generation();
        }
        DumpWriter.Written written = null;
        boolean current = false;
        double dumpS = 0;
        List<String> pruned = List.of();
        if (s.dumps() != null) {
            if (outcome instanceof PublishOutcome.Unchanged u && Files.exists(s.dumps().resolve(DumpFiles.SUMS))
                    && Files.readString(s.dumps().resolve(DumpFiles.SUMS)).contains("  " + DumpFiles.name(u.release(), "ttl") + "\n")) {
                current = true;
            } else {
                long t0 = System.nanoTime();
                written = s.writer().write(store.dataset(), s.dumps());
                dumpS = (System.nanoTime() - t0) / 1e9;
                pruned = DumpFiles.prune(s.dumps(), written.release(), s.keep());
            }
        }
        return new Done(garbage, before, after, compactS, written, current, dumpS, pruned);
    }
}
