package org.diplokg.publish;

import java.util.List;

import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.validate.ValidationOutcome;

/**
 * How a publish ended; in every case but {@link Released} the target was left as it was. Only a
 * strict publish ends {@link Failed}; otherwise articles that fail are left out of a release.
 */
public sealed interface PublishOutcome {
    /** Nothing new or changed: the target stays at this release. */
    /**
     * Nothing new or changed went ahead: the target stays at this release. {@code leftOut} are
     * articles that could not be converted or failed the shapes ({@code violations}).
     */
    record Unchanged(int release, List<ArticleFailure> leftOut, ValidationOutcome violations) implements PublishOutcome {
        public Unchanged {
            leftOut = List.copyOf(leftOut);
        }

        public Unchanged(int release) {
            this(release, List.of(), new ValidationOutcome(true, List.of(), org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
        }
    }

    /** A new release; {@code leftOut} are articles it does not contain (or keeps at their previous version), and why. */
    record Released(Release release, List<ArticleFailure> leftOut, ValidationOutcome violations) implements PublishOutcome {
        public Released {
            leftOut = List.copyOf(leftOut);
        }
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
