package org.diplokg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplokg.publish.ArticleQuads;
import org.diplokg.publish.Canonical;
import org.diplokg.publish.GraphNames;
import org.diplokg.resolve.MeetingWriter;
import org.diplokg.resolve.PriorMeetings;
import org.diplokg.resolve.Report;
import org.diplokg.resolve.ResolvedMeeting;
import org.diplokg.resolve.Resolver;
import org.diplokg.resolve.TimeWindow;

/**
 * The resolve stage: cross-article identity, blocked as {@link Resolver#blocks} blocks (reports that
 * share two states and whose time windows overlap, transitively). The executors read each article's
 * reports into small keys; the driver joins the keys into blocks (one sweep over the windows of each
 * pair of states, so no two reports are compared); each block's articles are then sent to one task,
 * which runs the single-process {@link Resolver} on that block alone. No report is compared with one
 * outside its block in either, so the meetings are those of the single-process resolver.
 */
final class MeetingStage {
    private MeetingStage() {
    }

    /** What the driver needs of a report to block it: its IRI, article, time window (null if none) and pairs of states. */
    record ReportKey(String report, String article, String from, String to, List<String> pairs) implements Serializable {
    }

    /** The keys of the reports of one accepted article (run on the executors). */
    static List<ReportKey> keys(ArticleQuads.Outcome o) {
        List<ReportKey> out = new ArrayList<>();
        for (Report r : Report.read(ArticleQuads.graph(o.nquads()))) {
            Optional<TimeWindow> w = TimeWindow.of(r);
            List<String> states = r.states().stream().map(Node::getURI).sorted().toList();
            List<String> pairs = new ArrayList<>();
            for (int a = 0; a < states.size(); a++) {
                for (int b = a + 1; b < states.size(); b++) pairs.add(states.get(a) + " " + states.get(b));
            }
            out.add(new ReportKey(r.iri().getURI(), o.id(), w.map(x -> x.from().toString()).orElse(null),
                    w.map(x -> x.to().toString()).orElse(null), pairs));
        }
        return out;
    }

    /**
     * The blocks, as (article, anchor) pairs: an article goes to the block of each of its reports, and
     * a block is named by its smallest report IRI, its anchor. Run on the driver over the keys only.
     */
    static List<Map.Entry<String, String>> articlesByBlock(List<ReportKey> keys) {
        int n = keys.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        Map<String, List<Integer>> byPair = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (keys.get(i).from() == null) continue;
            for (String p : keys.get(i).pairs()) byPair.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byPair.values()) {
            // windows that overlap, transitively, are runs once sorted by their start (ISO dates sort as strings)
            members.sort(Comparator.comparing((Integer i) -> keys.get(i).from()));
            int run = -1;
            String runEnd = null;
            for (int i : members) {
                ReportKey k = keys.get(i);
                if (run >= 0 && k.from().compareTo(runEnd) <= 0) {
                    parent[root(parent, i)] = root(parent, run);
                    if (k.to().compareTo(runEnd) > 0) runEnd = k.to();
                } else {
                    run = i;
                    runEnd = k.to();
                }
            }
        }
        Map<Integer, String> anchor = new TreeMap<>();
        for (int i = 0; i < n; i++) anchor.merge(root(parent, i), keys.get(i).report(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        TreeSet<Map.Entry<String, String>> out = new TreeSet<>(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        for (int i = 0; i < n; i++) out.add(Map.entry(keys.get(i).article(), anchor.get(root(parent, i))));
        return List.copyOf(out);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * Resolves one block (run on the executors): the graphs of the articles with a report in it,
     * and the anchor that names it. Returns each meeting graph's name and N-Quads lines.
     */
    static List<Map.Entry<String, String>> resolve(String anchor, Iterable<String> articleQuads, Graph labels) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String nq : articleQuads) ArticleQuads.graph(nq).find().forEachRemaining(g::add);
        List<Report> block = Resolver.blocks(Report.read(g)).stream()
                .filter(b -> b.stream().anyMatch(r -> r.iri().getURI().equals(anchor))).findFirst()
                .orElseThrow(() -> new IllegalStateException("the block of " + anchor + " is not among its articles' reports"));
        MeetingWriter writer = new MeetingWriter(new Union(g, labels));
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (ResolvedMeeting m : new Resolver().resolve(block, PriorMeetings.NONE)) {
            Graph mg = GraphFactory.createDefaultGraph();
            writer.write(m, StreamRDFLib.graph(mg));
            Node name = GraphNames.meeting(m.iri());
            StringBuilder sb = new StringBuilder();
            for (String l : Canonical.quadLines(name, mg)) sb.append(l).append('\n');
            out.add(Map.entry(name.getURI(), sb.toString()));
        }
        return out;
    }
}
