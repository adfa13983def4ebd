package org.diplokg.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

/**
 * A whole-graph validation spread over several threads: the focus nodes of each shape are cut
 * into runs, each run is validated with a context of its own on the same read-only graph, and
 * the entries are joined in the order of shapes and focus nodes. That is the order Jena's plain
 * validation reports them in, so the report is the same, entry for entry, as on one thread.
 */
final class SplitValidation {
    /** Below this many focus nodes in all, one thread validates: handing runs over costs more than it saves. */
    static final int SPLIT_FROM = 2_000;

    /** The fewest focus nodes a run is given: shorter runs cost more to hand over than they save. */
    static final int SHORTEST_RUN = 64;

    /** Runs per thread: enough that one slow run does not leave the other threads idle at the end. */
    private static final int RUNS_PER_THREAD = 8;

    private SplitValidation() {
    }

    /**
     * The report of {@code shapes} on {@code data}, split from {@code splitFrom} focus nodes on into runs of at least
     * {@code shortest}. {@code data} must not change meanwhile, and must be readable from any thread: an in-memory
     * graph, not one of a store that needs its transaction.
     */
    static ValidationReport run(Shapes shapes, Graph data, int threads, int splitFrom, int shortest) {
        List<Shape> targets = new ArrayList<>(shapes.getTargetShapes());
        List<List<Node>> focus = new ArrayList<>();
        int total = 0;
        for (Shape s : targets) {
            List<Node> f = new ArrayList<>(VLib.focusNodes(data, s));
            focus.add(f);
            total += f.size();
        }
        int run = threads <= 1 || total < splitFrom ? Integer.MAX_VALUE : Math.max(shortest, total / (threads * RUNS_PER_THREAD));
        boolean split = run != Integer.MAX_VALUE;
        // each thread validates with shapes of its own, parsed from the same graph: Jena makes no promise that a parsed
        // SPARQL constraint or function may run on two threads at once
        ThreadLocal<Parsed> own = ThreadLocal.withInitial(() -> split ? Parsed.again(shapes, targets) : new Parsed(shapes, targets));
        List<Callable<List<ReportEntry>>> runs = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            int index = i;
            List<Node> f = focus.get(i);
            for (int from = 0; from < f.size(); from += run) {
                List<Node> nodes = f.subList(from, (int) Math.min(f.size(), (long) from + run));
                runs.add(() -> {
                    Parsed mine = own.get();
                    Shape s = mine.targets().get(index);
                    ValidationContext cxt = ValidationContext.create(mine.shapes(), data);
                    for (Node n : nodes) VLib.validateShape(cxt, data, s, n);
                    return List.copyOf(cxt.generateReport().getEntries());
                });
            }
        }
        ValidationReport.Builder report = ValidationReport.create();
        report.addPrefixes(data.getPrefixMapping());
        report.addPrefixes(shapes.getGraph().getPrefixMapping());
        for (List<ReportEntry> entries : results(runs, split ? threads : 1)) entries.forEach(report::addReportEntry);
        return report.build();
    }

    /** Shapes with their target shapes in order: the ones given, or a parse of their graph for one thread. */
    private record Parsed(Shapes shapes, List<Shape> targets) {
        /** Another parse of the same shapes graph, checked to list the same target shapes in the same order. */
        static Parsed again(Shapes shapes, List<Shape> targets) {
            Shapes parsed = Shapes.parse(shapes.getGraph());
            List<Shape> again = new ArrayList<>(parsed.getTargetShapes());
            boolean same = again.size() == targets.size();
            for (int i = 0; same && i < again.size(); i++) same = again.get(i).getShapeNode().equals(targets.get(i).getShapeNode());
            if (!same) throw new IllegalStateException("shapes parsed twice from one graph came out in another order");
            return new Parsed(parsed, again);
        }
    }

    private static List<List<ReportEntry>> results(List<Callable<List<ReportEntry>>> runs, int threads) {
        List<List<ReportEntry>> out = new ArrayList<>();
        if (threads <= 1) {
            for (Callable<List<ReportEntry>> r : runs) out.add(call(r));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "diplokg-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Future<List<ReportEntry>> f : pool.invokeAll(runs)) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException x) throw x;
            if (e.getCause() instanceof Error x) throw x;
            throw new IllegalStateException("a validation run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ReportEntry> call(Callable<List<ReportEntry>> r) {
        try {
            return r.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
