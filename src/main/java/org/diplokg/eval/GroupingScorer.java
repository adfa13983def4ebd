package org.diplokg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores how predicted reports are grouped into meetings against an events gold file. Predicted and
 * gold reports are matched per article with the gold scoring rule ({@link Scorer}: Jaccard of states
 * at least 2/3 and the same status, best first, one to one). Then:
 * <ul>
 * <li>B-cubed precision, recall and F1 of the predicted meetings over the gold reports found;</li>
 * <li>B-cubed over all gold reports, a gold report that was not found counting as a predicted meeting of its own;</li>
 * <li>for each gold meeting with two or more reports, whether its predicted current status is right: the
 *     status of the predicted meeting that holds most of its found reports (the first such in
 *     publication order on a tie); a meeting none of whose reports was found counts as wrong.</li>
 * </ul>
 */
public final class GroupingScorer {
    private GroupingScorer() {
    }

    /** B-cubed figures over some items. */
    public record BCubed(int items, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** One multi-report gold meeting: its gold and predicted current status. */
    public record StatusCheck(GoldEvent event, String predicted, String predictedMeeting) {
        public boolean right() {
            return Objects.equals(event.currentStatus(), predicted);
        }
    }

    public record Result(int goldReports, int found, BCubed overFound, BCubed overAll, List<StatusCheck> statuses,
                         Map<String, String> predictedMeetingOfGold) {
        public long statusRight() {
            return statuses.stream().filter(StatusCheck::right).count();
        }
    }

    public static Result score(List<GoldEvent> events, List<ScoredMeeting> gold, List<Predictions.Grouped> predicted) {
        Map<String, String> eventOf = new LinkedHashMap<>();
        for (GoldEvent e : events) e.reports().forEach(r -> eventOf.put(key(r.article(), r.meeting()), e.id()));
        List<ScoredMeeting> goldReports = gold.stream().filter(g -> eventOf.containsKey(key(g.articleId(), g.id()))).toList();
        Map<String, Predictions.Grouped> byId = new HashMap<>();
        predicted.forEach(p -> byId.put(p.report().id(), p));
        Scorer.Result match = Scorer.score(predicted.stream().map(Predictions.Grouped::report).toList(), goldReports);
        Map<String, String> predictedOf = new LinkedHashMap<>();
        for (Scorer.Pair p : match.matches()) {
            predictedOf.put(key(p.gold().articleId(), p.gold().id()), byId.get(p.predicted().id()).meeting());
        }
        List<String> found = new ArrayList<>(predictedOf.keySet());
        BCubed overFound = bcubed(found, eventOf, predictedOf);
        Map<String, String> withSingletons = new LinkedHashMap<>(predictedOf);
        List<String> all = new ArrayList<>();
        for (ScoredMeeting g : goldReports) {
            String k = key(g.articleId(), g.id());
            all.add(k);
            withSingletons.putIfAbsent(k, "unfound\n" + k);
        }
        BCubed overAll = bcubed(all, eventOf, withSingletons);
        Map<String, String> statusOfMeeting = new HashMap<>();
        predicted.forEach(p -> statusOfMeeting.put(p.meeting(), p.meetingStatus()));
        List<StatusCheck> statuses = new ArrayList<>();
        for (GoldEvent e : events) {
            if (e.reports().size() < 2) continue;
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (GoldEvent.Report r : e.reports()) {
                String m = predictedOf.get(key(r.article(), r.meeting()));
                if (m != null) votes.merge(m, 1, Integer::sum);
            }
            String best = null;
            for (Map.Entry<String, Integer> v : votes.entrySet()) {
                if (best == null || v.getValue() > votes.get(best)) best = v.getKey();
            }
            statuses.add(new StatusCheck(e, best == null ? null : statusOfMeeting.get(best), best));
        }
        return new Result(all.size(), found.size(), overFound, overAll, statuses, predictedOf);
    }

    /** B-cubed of a predicted clustering against the gold one, over the given items. */
    static BCubed bcubed(List<String> items, Map<String, String> gold, Map<String, String> predicted) {
        if (items.isEmpty()) return new BCubed(0, 0, 0);
        double p = 0;
        double r = 0;
        for (String i : items) {
            int both = 0;
            int samePredicted = 0;
            int sameGold = 0;
            for (String j : items) {
                boolean sp = predicted.get(i).equals(predicted.get(j));
                boolean sg = gold.get(i).equals(gold.get(j));
                if (sp) samePredicted++;
                if (sg) sameGold++;
                if (sp && sg) both++;
            }
            p += (double) both / samePredicted;
            r += (double) both / sameGold;
        }
        return new BCubed(items.size(), p / items.size(), r / items.size());
    }

    private static String key(String article, String meeting) {
        return article + "\n" + meeting;
    }
}
