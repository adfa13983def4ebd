package org.diplokg.extract;

import java.util.List;

import org.diplokg.article.Article;
import org.diplokg.extract.annotate.AnnotationFailure;
import org.diplokg.extract.annotate.AnnotationPipeline;
import org.diplokg.extract.annotate.LinguisticAnnotator;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.rules.ActorRules;
import org.diplokg.extract.rules.HomeState;
import org.diplokg.extract.rules.RuleFiles;
import org.diplokg.extract.status.StatusDecider;

/**
 * The rule-based extractor: a pipeline of annotators over one document. The order lives here
 * and nowhere else; {@link AnnotationPipeline} checks it when the extractor is made.
 */
public final class RuleBasedExtractor implements MeetingExtractor {
    private final AnnotationPipeline pipeline;

    public RuleBasedExtractor(Gazetteer gazetteer) {
        this(gazetteer, StatusDecider.RULES);
    }

    /** The extractor with {@code statuses} deciding each meeting's status. */
    public RuleBasedExtractor(Gazetteer gazetteer, StatusDecider statuses) {
        RuleFiles.check();
        ActorRules actorRules = new ActorRules(gazetteer);
        this.pipeline = new AnnotationPipeline(List.of(
                new SentenceAnnotator(),
                new LinguisticAnnotator(),
                new MentionAnnotator(gazetteer),
                new HomeStateAnnotator(new HomeState(gazetteer, actorRules)),
                new BackgroundAnnotator(gazetteer, actorRules),
                new TranscriptAnnotator(gazetteer, actorRules),
                new MeetingFrameAnnotator(gazetteer, actorRules, statuses),
                new MeetingMergeAnnotator(),
                new MeetingPeopleAnnotator(),
                new MeetingPlaceAnnotator(actorRules, gazetteer),
                new MeetingTimeAnnotator()));
    }

    /** The annotators in the order they run. */
    public AnnotationPipeline pipeline() {
        return pipeline;
    }

    @Override
    public List<Meeting> extract(Article a) throws ExtractionException {
        try {
            return pipeline.annotate(a).get(MeetingLayers.MEETINGS);
        } catch (AnnotationFailure e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ExtractionException(a.id(), a.text().codePointCount(0, Math.min(e.offset(), a.text().length())),
                    "extraction failed in " + e.annotator() + ": " + cause, cause);
        } catch (RuntimeException e) {
            throw new ExtractionException(a.id(), 0, "extraction failed: " + e, e);
        }
    }
}
