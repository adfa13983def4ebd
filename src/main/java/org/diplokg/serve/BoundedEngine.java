package org.diplokg.serve;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorByTypeBase;
import org.apache.jena.sparql.algebra.op.Op0;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpList;
import org.apache.jena.sparql.algebra.op.OpModifier;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.Context;

/**
 * The query engine of a served dataset, wrapped: each query is admitted by the {@link QueryGate}
 * (as light or not) once it is parsed, its solutions are counted and a query past
 * {@code maxRows} solutions is stopped with a message (HTTP 422), and the gate can cancel it.
 * Installed in the dataset's own context, so the CLI's and the pages' queries elsewhere are not
 * touched; the pages' queries over the served dataset get the row cap but no gate.
 */
final class BoundedEngine implements QueryEngineFactory {
    private final QueryGate gate;
    private final long maxRows;
    private final QueryEngineRegistry engines;

    private BoundedEngine(QueryGate gate, long maxRows, QueryEngineRegistry engines) {
        this.gate = gate;
        this.maxRows = maxRows;
        this.engines = engines;
    }

    /**
     * Makes queries over a dataset with this context go through the gate and the row cap, and
     * lets sorting, grouping and DISTINCT spill to disk past {@code maxRows} rows instead of
     * holding them in memory.
     */
    static void install(Context cxt, QueryGate gate, long maxRows) {
        QueryEngineRegistry registry = new QueryEngineRegistry();
        registry.add(new BoundedEngine(gate, maxRows, QueryEngineRegistry.get()));
        QueryEngineRegistry.set(cxt, registry);
        cxt.set(ARQ.spillToDiskThreshold, Math.max(1_000L, Math.min(maxRows, 100_000L)));
    }

    private QueryEngineFactory next(Query query, DatasetGraph dsg, Context cxt) {
        QueryEngineFactory f = engines.find(query, dsg, cxt);
        if (f == null) throw new IllegalStateException("no query engine for this dataset");
        return f;
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return engines.find(query, dataset, context) != null;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        QueryGate.Ticket ticket = gate.current();
        if (ticket != null) ticket.admit(isLight(query));
        return new Bounded(next(query, dataset, context).create(query, dataset, inputBinding, context), ticket);
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return engines.find(op, dataset, context) != null;
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        QueryEngineFactory f = engines.find(op, dataset, context);
        if (f == null) throw new IllegalStateException("no query engine for this dataset");
        QueryGate.Ticket ticket = gate.current();
        if (ticket != null) ticket.admit(false);
        return new Bounded(f.create(op, dataset, inputBinding, context), ticket);
    }

    /**
     * A query that can only be cheap: at most one triple pattern, no property path, and nothing
     * that sorts, groups, removes duplicates, calls out or nests a pattern in an expression.
     */
    static boolean isLight(Query query) {
        Op op;
        try {
            op = Algebra.compile(query);
        } catch (RuntimeException e) {
            return false;
        }
        int[] patterns = {0};
        boolean[] heavy = {false};
        OpVisitorByTypeBase ops = new OpVisitorByTypeBase() {
            @Override
            protected void visit0(Op0 op) {
                if (op instanceof OpBGP bgp) patterns[0] += bgp.getPattern().size();
                if (op instanceof OpQuadPattern q) patterns[0] += q.getPattern().size();
                if (op instanceof OpTriple || op instanceof OpQuad) patterns[0]++;
                if (op instanceof OpPath) heavy[0] = true;
            }

            @Override
            protected void visit1(Op1 op) {
                if (op instanceof OpGroup || op instanceof OpService || op instanceof OpPropFunc) heavy[0] = true;
            }

            @Override
            protected void visitModifer(OpModifier op) {
                // ORDER BY, DISTINCT, REDUCED and top-N hold what they sort or compare
                if (!(op instanceof OpSlice) && !(op instanceof OpProject) && !(op instanceof OpList)) heavy[0] = true;
            }
        };
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
                heavy[0] = true;
            }
        };
        Walker.walk(op, ops, exprs);
        return !heavy[0] && patterns[0] <= 1;
    }

    /** The plan of the engine underneath, with its solutions counted and its iterator known to the gate. */
    private final class Bounded implements Plan {
        private final Plan plan;
        private final QueryGate.Ticket ticket;

        Bounded(Plan plan, QueryGate.Ticket ticket) {
            this.plan = plan;
            this.ticket = ticket;
        }

        @Override
        public Op getOp() {
            return plan.getOp();
        }

        @Override
        public QueryIterator iterator() {
            RowCap it = new RowCap(plan.iterator(), maxRows, ticket);
            if (ticket != null) ticket.running(it);
            return it;
        }

        @Override
        public void close() {
            plan.close();
        }

        @Override
        public void output(IndentedWriter out) {
            plan.output(out);
        }

        @Override
        public void output(IndentedWriter out, SerializationContext sCxt) {
            plan.output(out, sCxt);
        }

        @Override
        public String toString(PrefixMapping pmap) {
            return plan.toString(pmap);
        }
    }

    /**
     * Stops a query at its {@code max + 1}-th solution. A query cancelled from another thread (the
     * timeout, the gate) can fail below with another exception than the cancellation, e.g. a sort
     * whose spill files were closed under it ("SortedDataBag is closed"): it is reported as the
     * cancellation it is (HTTP 503), not as a server error. A query that does not run to its end
     * is told to its ticket, so its answer (a 200 may already be on its way) is never kept.
     */
    static final class RowCap extends QueryIteratorWrapper {
        private final long max;
        private final QueryGate.Ticket ticket;
        private long rows;
        private volatile boolean cancelling;

        RowCap(QueryIterator it, long max, QueryGate.Ticket ticket) {
            super(it);
            this.max = max;
            this.ticket = ticket;
        }

        private void cutShort() {
            if (ticket != null) ticket.cutShort();
        }

        @Override
        protected void requestCancel() {
            cancelling = true;
            cutShort();
            super.requestCancel();
        }

        @Override
        protected boolean hasNextBinding() {
            try {
                return super.hasNextBinding();
            } catch (QueryCancelledException e) {
                cutShort();
                throw e;
            } catch (RuntimeException e) {
                cutShort();
                if (cancelling) throw new QueryCancelledException();
                throw e;
            }
        }

        @Override
        protected Binding moveToNextBinding() {
            if (cancelling) throw new QueryCancelledException();
            if (++rows > max) {
                cutShort();
                throw new QueryDeniedException("the query has more than " + max
                        + " solutions, the limit per query on this server; narrow it or add a LIMIT (the whole data is at /dumps/)");
            }
            try {
                return super.moveToNextBinding();
            } catch (RuntimeException e) {
                cutShort();
                throw e;
            }
        }
    }
}
