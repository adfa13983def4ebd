package org.diplokg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.diplokg.rdf.IriScheme;
import org.diplokg.rdf.vocab.DKG;

/**
 * Groups meeting reports of several articles into meetings. Reports are first split into blocks:
 * reports that share two states and whose time windows overlap, transitively; no report is ever
 * compared with one outside its block, so the cost grows with a block, not with the store, and a
 * block can be resolved again on its own. Within a block, reports are taken in publication order and
 * each joins the best-scoring earlier meeting it is compatible with ({@link Thresholds}), or founds a
 * new one. Every decision is kept as words ({@code dkg:mergeBasis}).
 *
 * <p>IRIs are stable: a meeting keeps the IRI it had in {@link PriorMeetings} (when reports of
 * several prior meetings end up together, the meeting of the earliest report survives and the others
 * become its aliases); a new meeting's IRI is minted from its earliest report.
 */
public final class Resolver {
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);

    /** Resolves every report of a graph that holds articles only, and adds the meetings to it. */
    public void resolveInto(Graph g) {
        List<ResolvedMeeting> meetings = resolve(Report.read(g), PriorMeetings.NONE);
        MeetingWriter writer = new MeetingWriter(g);
        StreamRDF out = StreamRDFLib.graph(g);
        for (ResolvedMeeting m : meetings) writer.write(m, out);
    }

    /**
     * What a change of some articles does to published meetings: only the blocks that hold a report
     * of a changed (added, altered or withdrawn) article, or a report of a published meeting that
     * lost or changed a report, are resolved again. {@code superseded} lists the published meetings
     * whose records these meetings replace (a superseded IRI may come back among {@code meetings}).
     */
    public record Update(List<ResolvedMeeting> meetings, Set<Node> superseded, int blocks, int reports) {
    }

    /** @param changedArticles the article resources (not graph names) whose reports changed or went */
    public Update update(List<Report> all, PriorMeetings prior, Set<Node> changedArticles) {
        Map<Node, Report> byIri = new HashMap<>();
        all.forEach(r -> byIri.put(r.iri(), r));
        Set<Node> affected = new TreeSet<>(BY_IRI);
        prior.meetingOfReport().forEach((report, meeting) -> {
            Report now = byIri.get(report);
            if (now == null || changedArticles.contains(now.article())) affected.add(meeting);
        });
        List<List<Report>> blocks = blocks(all);
        Set<Integer> chosen = new TreeSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < blocks.size(); i++) {
                if (chosen.contains(i)) continue;
                boolean touched = blocks.get(i).stream().anyMatch(r -> changedArticles.contains(r.article())
                        || prior.meetingOf(r.iri()).filter(affected::contains).isPresent());
                if (!touched) continue;
                chosen.add(i);
                grew = true;
                blocks.get(i).forEach(r -> prior.meetingOf(r.iri()).ifPresent(affected::add));
            }
        }
        List<Report> again = new ArrayList<>();
        chosen.forEach(i -> again.addAll(blocks.get(i)));
        return new Update(resolve(again, prior), affected, chosen.size(), again.size());
    }

    /**
     * A meeting IRI no other cluster holds, for a cluster whose own reports' IRIs are all taken
     * (a split after reports that founded meetings were left out): the first report's with a
     * counter, so the same input still gives the same IRI.
     */
    private static Node unclaimed(Node founded, Set<Node> claimed) {
        for (int n = 2; ; n++) {
            Node iri = NodeFactory.createURI(founded.getURI() + "-" + n);
            if (!claimed.contains(iri)) return iri;
        }
    }

    /** Resolves all these reports: every block they fall into. */
    public List<ResolvedMeeting> resolve(List<Report> reports, PriorMeetings prior) {
        List<Cluster> clusters = new ArrayList<>();
        for (List<Report> block : blocks(reports)) clusters.addAll(cluster(block));
        Map<Cluster, Node> iris = new LinkedHashMap<>();
        Set<Node> claimed = new HashSet<>();
        for (Cluster c : clusters) {
            Node iri = c.members.stream().map(r -> prior.meetingOf(r.iri())).flatMap(Optional::stream)
                    .filter(m -> !claimed.contains(m)).findFirst()
                    .orElseGet(() -> c.members.stream().map(r -> IriScheme.meetingFoundedBy(r.iri()))
                            .filter(m -> !claimed.contains(m)).findFirst()
                            .orElseGet(() -> unclaimed(IriScheme.meetingFoundedBy(c.members.get(0).iri()), claimed)));
            claimed.add(iri);
            iris.put(c, iri);
        }
        List<ResolvedMeeting> out = new ArrayList<>();
        for (Map.Entry<Cluster, Node> e : iris.entrySet()) {
            Cluster c = e.getKey();
            Set<Node> aliases = new TreeSet<>(BY_IRI);
            aliases.addAll(prior.aliasesOf(e.getValue()));
            for (Report r : c.members) {
                prior.meetingOf(r.iri()).filter(m -> !claimed.contains(m)).ifPresent(m -> {
                    aliases.add(m);
                    aliases.addAll(prior.aliasesOf(m));
                });
            }
            aliases.removeAll(claimed);
            out.add(new ResolvedMeeting(e.getValue(), c.members, c.basis, StatusHistory.current(c.members), aliases));
        }
        out.sort(Comparator.comparing(m -> m.iri().getURI()));
        return out;
    }

    /**
     * The blocks of these reports, each in publication order, blocks ordered by their first report.
     * A report without a time window is a block of its own.
     */
    public static List<List<Report>> blocks(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Report.PUBLICATION_ORDER);
        int[] parent = new int[sorted.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<String, List<Integer>> byPair = new TreeMap<>();
        List<Optional<TimeWindow>> windows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Report r = sorted.get(i);
            Optional<TimeWindow> w = TimeWindow.of(r);
            windows.add(w);
            if (w.isEmpty()) continue;
            List<String> states = r.states().stream().map(Node::getURI).sorted().toList();
            for (int a = 0; a < states.size(); a++) {
                for (int b = a + 1; b < states.size(); b++) {
                    byPair.computeIfAbsent(states.get(a) + " " + states.get(b), k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (List<Integer> pair : byPair.values()) {
            for (int x = 0; x < pair.size(); x++) {
                for (int y = x + 1; y < pair.size(); y++) {
                    int i = pair.get(x);
                    int j = pair.get(y);
                    if (windows.get(i).get().overlaps(windows.get(j).get())) parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Report>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) blocks.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(sorted.get(i));
        List<List<Report>> out = new ArrayList<>(blocks.values());
        out.sort(Comparator.comparing(b -> b.get(0), Report.PUBLICATION_ORDER));
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * One block's reports, in publication order, grouped greedily. An article's own reports are
     * taken best fit first: as two of them never join one meeting, the one that shares a day or a
     * place with an earlier meeting claims it before a passing mention of another meeting of the
     * same states ("The day before yesterday, we met in Shanghai") can.
     */
    private static List<Cluster> cluster(List<Report> block) {
        List<Cluster> clusters = new ArrayList<>();
        for (int i = 0, end; i < block.size(); i = end) {
            end = i;
            while (end < block.size() && block.get(end).articleId().equals(block.get(i).articleId())) end++;
            for (Report r : bestFitFirst(block.subList(i, end), clusters)) join(r, clusters);
        }
        return clusters;
    }

    /** Adds a report to the best-scoring meeting it is compatible with, or founds a meeting. */
    private static void join(Report r, List<Cluster> clusters) {
        Optional<TimeWindow> w = TimeWindow.of(r);
        Cluster best = null;
        Match bestMatch = null;
        List<String> apart = new ArrayList<>();
        List<Cluster> joinable = new ArrayList<>();
        for (Cluster c : sharingTwoStates(r, clusters)) {
            Match m = w.isEmpty() ? Match.no("no date and no publication date") : c.match(r, w.get());
            if (!m.joins()) {
                apart.add("apart from " + local(c.members.get(0).iri()) + " (" + m.why() + ")");
                continue;
            }
            joinable.add(c);
            if (bestMatch == null || m.score() > bestMatch.score()) {
                best = c;
                bestMatch = m;
            }
        }
        if (best == null) {
            Cluster c = new Cluster();
            String why = w.isEmpty() ? "founded the meeting: without a date or a publication date it cannot be placed in time"
                    : "founded the meeting: no earlier report of compatible states, level and place within " + w.get();
            c.add(r, w, apart.isEmpty() ? why : why + "; " + String.join("; ", apart));
            clusters.add(c);
        } else {
            best.add(r, w, bestMatch.why());
            // the report may bridge meetings that were apart without it: "Japan and Korea" and
            // "the US and Korea" are one meeting once a report of all three arrives
            for (Cluster other : joinable) {
                if (other != best && best.absorb(other, r)) clusters.remove(other);
            }
        }
    }

    /** An article's reports, best fit first: by their best score against the meetings before the article (stable). */
    private static List<Report> bestFitFirst(List<Report> article, List<Cluster> clusters) {
        if (article.size() < 2) return article;
        Map<Report, Double> fit = new java.util.IdentityHashMap<>();
        for (Report r : article) {
            Optional<TimeWindow> w = TimeWindow.of(r);
            double best = 0;
            for (Cluster c : sharingTwoStates(r, clusters)) {
                Match m = w.isEmpty() ? Match.no("no time") : c.match(r, w.get());
                if (m.joins()) best = Math.max(best, m.score());
            }
            fit.put(r, best);
        }
        List<Report> ranked = new ArrayList<>(article);
        ranked.sort(Comparator.comparingDouble((Report r) -> -fit.get(r)));
        return ranked;
    }

    /**
     * The meetings, in order, that share at least two states with the report: no other can take it
     * ({@link Cluster#match} says "other states") or needs saying apart from. Checking this first
     * keeps a block of thousands of reports from scoring every report against every meeting.
     */
    private static List<Cluster> sharingTwoStates(Report r, List<Cluster> clusters) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) if (c.sharesTwoStates(r)) out.add(c);
        return out;
    }

    static String local(Node n) {
        String s = n.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Whether a report joins a meeting, with what score, and why (or why not). */
    record Match(boolean joins, double score, String why) {
        static Match no(String why) {
            return new Match(false, 0, why);
        }
    }

    /** A meeting being built: its reports so far and what they say together. */
    private static final class Cluster {
        final List<Report> members = new ArrayList<>();
        final Map<Node, String> basis = new HashMap<>();
        final Set<String> articles = new HashSet<>();
        final Set<Node> states = new LinkedHashSet<>();
        final Set<Node> levels = new HashSet<>();
        final Set<Node> places = new HashSet<>();
        final Set<Node> gatherings = new HashSet<>();
        final Set<Node> people = new HashSet<>();
        final Map<Node, Set<Node>> peopleByState = new HashMap<>();
        final Set<String> days = new HashSet<>();
        TimeWindow window;

        void add(Report r, Optional<TimeWindow> w, String why) {
            members.add(r);
            basis.put(r.iri(), why);
            articles.add(r.articleId());
            states.addAll(r.states());
            r.level().ifPresent(levels::add);
            r.place().ifPresent(places::add);
            gatherings.addAll(r.gatherings());
            people.addAll(r.people());
            r.peopleByState().forEach((st, ps) -> peopleByState.computeIfAbsent(st, k -> new HashSet<>()).addAll(ps));
            r.date().filter(d -> d.length() == 10).ifPresent(days::add);
            if (w.isPresent()) {
                // a call-off opens the window again: the meeting may be held later
                window = window == null || r.status().equals(DKG.Cancelled) ? w.get() : window.intersect(w.get());
            }
        }

        /** Takes in every report of another meeting if each of them could join this one; says whether it did. */
        boolean absorb(Cluster other, Report bridge) {
            Map<Node, String> why = new HashMap<>();
            for (Report x : other.members) {
                Optional<TimeWindow> w = TimeWindow.of(x);
                Match m = w.isEmpty() ? Match.no("no time") : match(x, w.get());
                if (!m.joins()) return false;
                why.put(x.iri(), "through " + local(bridge.iri()) + ", " + m.why());
            }
            List<Report> all = new ArrayList<>(members);
            all.addAll(other.members);
            all.sort(Report.PUBLICATION_ORDER);
            Map<Node, String> kept = new HashMap<>(basis);
            kept.putAll(why);
            members.clear();
            basis.clear();
            articles.clear();
            states.clear();
            levels.clear();
            places.clear();
            gatherings.clear();
            people.clear();
            peopleByState.clear();
            days.clear();
            window = null;
            for (Report x : all) add(x, TimeWindow.of(x), kept.get(x.iri()));
            return true;
        }

        boolean sharesTwoStates(Report r) {
            int shared = 0;
            for (Node s : r.states()) if (states.contains(s) && ++shared == 2) return true;
            return false;
        }

        Match match(Report r, TimeWindow w) {
            if (articles.contains(r.articleId())) return Match.no("same article");
            Set<Node> mine = new HashSet<>(r.states());
            long shared = mine.stream().filter(states::contains).count();
            boolean fewer = shared == mine.size();
            double jaccard = (double) shared / (mine.size() + states.size() - shared);
            if (shared < 2 || !(fewer || shared == states.size() || jaccard >= Thresholds.MIN_STATE_JACCARD - 1e-9)) {
                return Match.no("other states");
            }
            if (!r.gatherings().isEmpty() && !gatherings.isEmpty() && r.gatherings().stream().noneMatch(gatherings::contains)) {
                return Match.no("other gathering");
            }
            if (window == null || !window.overlaps(w)) return Match.no("other time: " + w + " against " + window);
            List<String> why = new ArrayList<>();
            double score = Thresholds.BASE;
            why.add((mine.equals(states) ? "same states " : "compatible states ") + names(r.states()));
            if (mine.equals(states)) score += Thresholds.SAME_STATES;
            r.level().filter(levels::contains).ifPresent(l -> why.add("same level " + l.getLocalName()));
            if (r.level().isPresent() && !levels.isEmpty() && !levels.contains(r.level().get())) {
                // a minister calling on a leader is read as either level, so another level only weighs against
                score += Thresholds.OTHER_LEVEL;
                why.add("other level " + r.level().get().getLocalName());
            }
            why.add("time " + w + " within " + window);
            if (r.date().filter(days::contains).isPresent()) {
                score += Thresholds.SAME_DAY;
                why.add("same day " + r.date().get());
            }
            if (r.place().isPresent() && !places.isEmpty()) {
                boolean same = places.contains(r.place().get());
                score += same ? Thresholds.SAME_PLACE : Thresholds.OTHER_PLACE;
                why.add((same ? "same place " : "other place ") + local(r.place().get()));
            }
            Set<Node> sameGathering = new TreeSet<>(BY_IRI);
            r.gatherings().stream().filter(gatherings::contains).forEach(sameGathering::add);
            if (!sameGathering.isEmpty()) {
                score += Thresholds.SAME_GATHERING;
                why.add("same gathering " + names(List.copyOf(sameGathering)));
            }
            long sharedPeople = r.people().stream().filter(people::contains).count();
            if (sharedPeople > 0) {
                score += Math.min(Thresholds.MAX_PEOPLE, sharedPeople * Thresholds.PER_SHARED_PERSON);
                why.add(sharedPeople + (sharedPeople == 1 ? " shared person" : " shared people"));
            }
            Set<Node> otherPeople = new TreeSet<>(BY_IRI);
            r.peopleByState().forEach((st, ps) -> {
                Set<Node> mine2 = peopleByState.getOrDefault(st, Set.of());
                if (!mine2.isEmpty() && ps.stream().noneMatch(mine2::contains)) otherPeople.add(st);
            });
            if (!otherPeople.isEmpty()) {
                score += Thresholds.OTHER_PEOPLE_OF_A_STATE;
                why.add("other people of " + names(List.copyOf(otherPeople)));
            }
            boolean anchored = r.date().filter(days::contains).isPresent() || !sameGathering.isEmpty()
                    || r.place().filter(places::contains).isPresent();
            if (!fewer && !anchored) {
                // a bilateral and a trilateral of one trip are two meetings unless day, place or gathering tie them
                return Match.no("names states the meeting does not, with no same day, place or gathering");
            }
            String text = "joined " + local(members.get(0).iri()) + ": " + String.join("; ", why)
                    + String.format(java.util.Locale.ROOT, " (score %.1f)", score);
            return score >= Thresholds.MIN_SCORE - 1e-9 ? new Match(true, score, text)
                    : Match.no("score " + String.format(java.util.Locale.ROOT, "%.1f", score) + ": " + String.join("; ", why));
        }

        static String names(List<Node> nodes) {
            return String.join(", ", nodes.stream().map(Resolver::local).toList());
        }
    }
}
