package org.diplokg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.diplokg.article.Article;
import org.diplokg.extract.annotate.AnnotationFailure;
import org.diplokg.extract.annotate.AnnotationPipeline;
import org.diplokg.extract.annotate.LinguisticAnnotator;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.rules.ActorRules;
import org.diplokg.extract.rules.DateRules;
import org.diplokg.extract.rules.Dateline;
import org.diplokg.extract.rules.HomeState;
import org.diplokg.extract.rules.RuleFiles;
import org.diplokg.extract.status.StatusDecider;
import org.diplokg.lang.TextSpan;

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
            return pipeline.annotate(datedByDateline(a)).get(MeetingLayers.MEETINGS);
        } catch (AnnotationFailure e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ExtractionException(a.id(), a.text().codePointCount(0, Math.min(e.offset(), a.text().length())),
                    "extraction failed in " + e.annotator() + ": " + cause, cause);
        } catch (RuntimeException e) {
            throw new ExtractionException(a.id(), 0, "extraction failed: " + e, e);
        }
    }

    /**
     * An article without a publication date is read as of the day its dateline gives ("August 22,
     * 2018, Sochi", "MEXICO 10 May 2019 —"), so that "today" and "on Wednesday" have a day to
     * count from. Only a whole date in one of the opening lines, shaped as a dateline, counts.
     */
    static Article datedByDateline(Article a) {
        if (a.published().isPresent()) return a;
        List<TextSpan> lines = a.content();
        for (int k = 0; k < lines.size() && k < Dateline.OPENING_SENTENCES; k++) {
            Optional<TextSpan> head = Dateline.head(a.text(), lines.get(k));
            if (head.isEmpty()) continue;
            Optional<DateRules.Found> day = DateRules
                    .find(a.text(), head.get().begin(), head.get().end(), Optional.empty(), MeetingStatus.HELD)
                    .filter(f -> f.precision() == MeetingDate.Precision.DAY);
            if (day.isPresent()) {
                return new Article(a.id(), a.title(), a.text(), a.source(), Optional.of(LocalDate.parse(day.get().lexical())),
                        a.file(), a.content());
            }
        }
        return a;
    }
}
