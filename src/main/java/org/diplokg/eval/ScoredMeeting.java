package org.diplokg.eval;

import java.util.List;
import java.util.Set;

/**
 * A meeting reduced to what the scoring rule compares, whether predicted or annotated:
 * state and people QIDs, status, place QID and date, plus evidence text for reports and the level when known.
 */
public record ScoredMeeting(String articleId, String id, String status, Set<String> states, Set<String> people,
                            String place, String date, String evidence, String level) {
    public ScoredMeeting {
        // sorted, so that reports print the same on every run
        states = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(states));
        people = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(people));
    }

    /** A meeting whose level is not known. */
    public ScoredMeeting(String articleId, String id, String status, Set<String> states, Set<String> people,
                         String place, String date, String evidence) {
        this(articleId, id, status, states, people, place, date, evidence, null);
    }

    /** Jaccard index of the two state sets. */
    public double jaccard(ScoredMeeting o) {
        long inter = states.stream().filter(o.states::contains).count();
        long union = states.size() + o.states.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
