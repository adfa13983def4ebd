package org.diplokg.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.rules.DateRules;

/**
 * Dates for meetings whose own sentences give none. A narrative keeps its time until it names a
 * new one (the reference time of TimeML), so such a meeting takes the latest date written earlier
 * in its paragraph: "On 8 July, a seminar took place ... The ministers had a bilateral
 * conversation." Meetings that already carry a date keep it.
 *
 * <p>A release reports the day's news: held meetings of the paragraph that opens the report,
 * still without a date, are dated by the publication day (the convention of the gold sets), with
 * no evidence span, since no words state it. Other held or scheduled meetings without a date
 * are dated by the month of publication, as precise as the report allows.
 */
final class MeetingTimeAnnotator implements Annotator {
    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES, MeetingLayers.PLACED);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.MEETINGS);
    }

    @Override
    public void annotate(Document doc) {
        Article a = doc.article();
        List<Sentence> sentences = doc.get(TextLayers.SENTENCES);
        List<Draft> drafts = doc.get(MeetingLayers.PLACED);
        for (Draft d : drafts) {
            // a meeting the speakers recall is not of the narrative's time, nor of the day the text reports
            if (d.recalled) continue;
            if (d.date == null && !d.evidence.isEmpty()) narrative(a, sentences, d).ifPresent(f -> d.date = f);
        }
        Optional<TextSpan> lead = drafts.stream().filter(d -> !d.evidence.isEmpty()).map(d -> line(sentences, d.firstSentence()))
                .flatMap(Optional::stream).min(TextSpan::compareTo);
        if (lead.isPresent() && a.published().isPresent()) {
            for (Draft d : drafts) {
                if (d.date == null && !d.recalled && d.status == MeetingStatus.HELD && !d.evidence.isEmpty()
                        && line(sentences, d.firstSentence()).equals(lead)) {
                    d.date = new MeetingDate(a.published().get().toString(), MeetingDate.Precision.DAY, List.of());
                }
            }
            // held or scheduled elsewhere in the report, without a date: the month it was published in
            String month = java.time.YearMonth.from(a.published().get()).toString();
            for (Draft d : drafts) {
                if (d.date == null && !d.recalled && (d.status == MeetingStatus.HELD || d.status == MeetingStatus.SCHEDULED)) {
                    d.date = new MeetingDate(month, MeetingDate.Precision.MONTH, List.of());
                }
            }
        }
        doc.put(MeetingLayers.MEETINGS, drafts.stream().map(d -> d.toMeeting(a.id())).toList());
    }

    /** The paragraph of the sentence {@code s}, if it is one of the article's sentences. */
    private static Optional<TextSpan> line(List<Sentence> sentences, TextSpan s) {
        int at = Sentences.indexOf(sentences, s.begin());
        return at < 0 ? Optional.empty() : Optional.of(sentences.get(at).line());
    }

    /** The latest date written before the meeting's first sentence, in that sentence's paragraph. */
    private static Optional<MeetingDate> narrative(Article a, List<Sentence> sentences, Draft d) {
        for (int k : Sentences.earlierInParagraph(sentences, d.firstSentence().begin())) {
            TextSpan s = sentences.get(k).span();
            Optional<DateRules.Found> found = DateRules.find(a.text(), s.begin(), s.end(), a.published(), d.status);
            if (found.isPresent()) {
                DateRules.Found f = found.get();
                return Optional.of(MeetingDate.found(f, s));
            }
        }
        return Optional.empty();
    }
}
