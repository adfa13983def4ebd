package org.diplokg.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a local publish does to the store and the dumps after a release: compaction and the
 * dumps. {@code publish} and {@code bench} share it, so the bench times what a user waits for.
 */
public final class Upkeep {
    /**
     * @param compact  whether compaction may run
     * @param dumps    the dump folder, or null for no dumps
     * @param writer   the dump writer (base URL, license)
     * @param keep     how many releases' dumps to keep
     */
    public record Settings(boolean compact, Path dumps, DumpWriter writer, int keep) {
    }

    /**
     * What was done: the generations before and after compaction (null when it did not run), the
     * dumps written (null when none were, {@code dumpsCurrent} tells whether those of the
     * release were already there) and the old dumps deleted.
     */
    public record Done(String generationBefore, String generationAfter, double compactSeconds,
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
        if (s.compact() && outcome instanceof PublishOutcome.Released) {
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
        return new Done(before, after, compactS, written, current, dumpS, pruned);
    }
}
