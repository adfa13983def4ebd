package org.diplokg.pipeline;

import java.nio.file.Path;

/** An article that could not be converted, with a message that names the file (and line or offset). */
public record ArticleFailure(Path file, String message) {
}
