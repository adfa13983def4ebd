package org.diplokg.pipeline;

/** Receives progress of long work: {@code done} of {@code total} items, the current one named. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, item) -> { };

    void step(int done, int total, String item);
}
