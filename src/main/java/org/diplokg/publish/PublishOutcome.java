package org.diplokg.publish;

import java.util.List;

import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.validate.ValidationOutcome;

/** How a publish ended; in every case but {@link Released} the target was left as it was. */
public sealed interface PublishOutcome {
    /** Nothing new or changed: the target stays at this release. */
    record Unchanged(int release) implements PublishOutcome {
    }

    record Released(Release release) implements PublishOutcome {
    }

    /** The new state would not conform to the shapes. */
    record Rejected(ValidationOutcome validation) implements PublishOutcome {
    }

    /** Some articles could not be converted. */
    record Failed(List<ArticleFailure> failures) implements PublishOutcome {
        public Failed {
            failures = List.copyOf(failures);
        }
    }
}
