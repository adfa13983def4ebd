package org.diplokg.pipeline;

import java.time.Duration;

/**
 * What one article may cost: its size on disk, and the time to convert it. An article over
 * either is reported with its name and the reason, and skipped; the others go on.
 *
 * @param maxBytes the largest article file read, in bytes
 * @param deadline the longest conversion (extraction, linking, mapping) of one article
 */
public record Budget(long maxBytes, Duration deadline) {
    /** 2 MB and 8 s: a 2 MB article is done or cut, with its message, within 10 s. */
    public static final Budget DEFAULT = new Budget(2L * 1024 * 1024, Duration.ofSeconds(8));

    public Budget {
        if (maxBytes <= 0) throw new IllegalArgumentException("the article size limit must be positive");
        if (deadline.isNegative() || deadline.isZero()) throw new IllegalArgumentException("the article deadline must be positive");
    }
}
