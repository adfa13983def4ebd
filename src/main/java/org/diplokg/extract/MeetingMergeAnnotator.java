package org.diplokg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;

/**
 * One meeting per gathering: the meeting a transcript records comes first; then frames in order join an earlier frame with the same status and
 * parties unless level, people, place, date or gathering disagree, or the text marks the later
 * one as a separate meeting ("another", "a separate bilateral", each stop of a tour). A meeting
 * the speakers of a transcript recall joins only other tellings of recalled meetings.
 */
final class MeetingMergeAnnotator implements Annotator {
    @Override
    public String name() {
        return "merge";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TranscriptAnnotator.SCENE, MeetingLayers.FRAMES);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.MERGED);
    }

    @Override
    public void annotate(Document doc) {
        List<Draft> merged = new ArrayList<>();
        Optional<LocalDate> published = doc.article().published();
        for (Draft c : doc.get(TranscriptAnnotator.SCENE)) merge(merged, c, published);
        for (Draft c : doc.get(MeetingLayers.FRAMES)) merge(merged, c, published);
        doc.put(MeetingLayers.MERGED, List.copyOf(merged));
    }

    /** How many of the latest meetings a report may join: a bounded window keeps merging linear in a long text. */
    static final int REACH = 64;

    /**
     * A held meeting the text dates this many days or more before the report was published is an
     * earlier meeting, not the undated one the report is about ("building on their meeting in Oslo
     * in October"): the report's own held meeting takes the publication day.
     */
    static final int EARLIER_MEETING_DAYS = 30;

    static void merge(List<Draft> drafts, Draft c, Optional<LocalDate> published) {
        // a meeting the text marks as separate joins only another telling under the same name (photo captions
        // "Japan-Egypt Summit Meeting 1", "... 2" above the readout of the Japan-Egypt Summit Meeting)
        if (!c.separate || c.name != null) {
            for (Draft d : drafts.subList(Math.max(0, drafts.size() - REACH), drafts.size())) {
                if (c.separate && !c.name.equals(d.name)) continue;
                // a meeting the speakers recall joins only another telling of a recalled one, never the talks themselves
                if (d.recalled != c.recalled) continue;
                if ((d.status == c.status || wish(d, c) || wish(c, d)) && d.parties.keySet().equals(c.parties.keySet()) && d.compatible(c)
                        && !earlierMeeting(d, c, published) && !earlierMeeting(c, d, published)) {
                    // a wish told first and the schedule after: the meeting is on the calendar
                    if (wish(d, c)) d.status = c.status;
                    d.absorb(c);
                    return;
                }
            }
        }
        drafts.add(c);
    }

    /**
     * Whether {@code wish} is a proposal about a meeting {@code scheduled} already puts on the calendar, or
     * a meeting held only for want of a tense (a heading: "Prime Minister Kishida's Visit to Egypt") that the
     * text puts on the calendar.
     */
    private static boolean wish(Draft wish, Draft scheduled) {
        return (wish.status == MeetingStatus.PROPOSED || (wish.status == MeetingStatus.HELD && wish.untensed))
                && scheduled.status == MeetingStatus.SCHEDULED && wish.date == null;
    }

    /** Whether {@code dated} is a held meeting of long before publication and {@code undated} a held one without a date. */
    private static boolean earlierMeeting(Draft dated, Draft undated, Optional<LocalDate> published) {
        if (dated.date == null || undated.date != null || published.isEmpty()) return false;
        if (dated.status != MeetingStatus.HELD || undated.status != MeetingStatus.HELD) return false;
        return dated.date.lastDay().plusDays(EARLIER_MEETING_DAYS).isBefore(published.get());
    }
}
