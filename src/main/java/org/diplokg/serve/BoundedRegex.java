package org.diplokg.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE that the query timeout can stop. Java's regular expressions backtrack and
 * never look at a timeout, so one {@code REGEX(?s, "^(.*a){20}$")} can keep a core busy for
 * minutes after the query was cancelled. Here every query's REGEX and REPLACE are rewritten to
 * functions that match over a text which checks the query's cancel signal (set by the timeout)
 * as the matcher reads it, and give up on a match that reads more than {@link #MAX_STEPS}
 * characters even without a timeout.
 */
final class BoundedRegex {
    static final String REGEX = "urn:x-diplokg:function:regex";
    static final String REPLACE = "urn:x-diplokg:function:replace";
    /** Characters one match may read: far beyond any sensible pattern over a literal. */
    static final long MAX_STEPS = 200_000_000L;

    private BoundedRegex() {
    }

    /** Makes queries over a dataset with this context use the bounded functions. */
    static void install(Context cxt) {
        FunctionRegistry.get().put(REGEX, Regex.class);
        FunctionRegistry.get().put(REPLACE, Replace.class);
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        RewriteFactory bounded = c -> {
            Rewrite r = standard.create(c);
            return op -> r.rewrite(swap(op));
        };
        cxt.set(ARQConstants.sysOptimizerFactory, bounded);
    }

    static Op swap(Op op) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex) return new E_Function(REGEX, args);
                if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
                return super.transform(func, args);
            }
        }, op);
    }

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    static Pattern pattern(String regex, String flags) {
        String key = flags + "\u0000" + regex;
        Pattern p = PATTERNS.get(key);
        if (p == null) {
            p = RegexEngine.makePattern("REGEX", regex, flags);
            if (PATTERNS.size() > 256) PATTERNS.clear();
            PATTERNS.put(key, p);
        }
        return p;
    }

    /** The lexical form of a string literal argument (as REGEX and REPLACE require). */
    static String string(NodeValue v, String fn) {
        Node n = v.asNode();
        if (!n.isLiteral()) throw new ExprEvalException(fn + ": not a string: " + v);
        String dt = n.getLiteralDatatypeURI();
        boolean stringy = dt == null || dt.equals("http://www.w3.org/2001/XMLSchema#string")
                || dt.equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString")
                || dt.equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString");
        if (!stringy) throw new ExprEvalException(fn + ": not a string: " + v);
        return n.getLiteralLexicalForm();
    }

    static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof org.apache.jena.sparql.engine.ExecutionContext ec) return ec.getCancelSignal();
        return null;
    }

    /** A text that stops the matcher when the query is cancelled or the match reads too much. */
    static final class Watched implements CharSequence {
        private final String s;
        private final AtomicBoolean cancel;
        private long steps;

        Watched(String s, AtomicBoolean cancel) {
            this.s = s;
            this.cancel = cancel;
        }

        @Override
        public char charAt(int index) {
            if ((++steps & 0x3FF) == 0) {
                if ((cancel != null && cancel.get()) || Thread.currentThread().isInterrupted()) throw new QueryCancelledException();
                if (steps > MAX_STEPS) throw new ExprEvalException("REGEX: the pattern takes too long on this text");
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    private abstract static class Bounded implements Function {
        private final int min;
        private final int max;
        private final String name;

        Bounded(String name, int min, int max) {
            this.name = name;
            this.min = min;
            this.max = max;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            if (args.size() < min || args.size() > max) throw new QueryBuildException(name + ": wrong number of arguments");
        }

        NodeValue arg(ExprList args, int i, Binding b, FunctionEnv env) {
            return args.get(i).eval(b, env);
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class Regex extends Bounded {
        public Regex() {
            super("REGEX", 2, 3);
        }

        @Override
        public NodeValue exec(Binding b, ExprList args, String uri, FunctionEnv env) {
            String text = string(arg(args, 0, b, env), "REGEX");
            String regex = string(arg(args, 1, b, env), "REGEX");
            String flags = args.size() > 2 ? string(arg(args, 2, b, env), "REGEX") : "";
            return NodeValue.booleanReturn(pattern(regex, flags).matcher(new Watched(text, cancelSignal(env))).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]); keeps the language tag of the text. */
    public static final class Replace extends Bounded {
        public Replace() {
            super("REPLACE", 3, 4);
        }

        @Override
        public NodeValue exec(Binding b, ExprList args, String uri, FunctionEnv env) {
            NodeValue in = arg(args, 0, b, env);
            String text = string(in, "REPLACE");
            String regex = string(arg(args, 1, b, env), "REPLACE");
            String replacement = string(arg(args, 2, b, env), "REPLACE");
            String flags = args.size() > 3 ? string(arg(args, 3, b, env), "REPLACE") : "";
            Pattern p = pattern(regex, flags);
            if (p.matcher("").matches()) throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            Matcher m = p.matcher(new Watched(text, cancelSignal(env)));
            String out;
            try {
                out = m.replaceAll(replacement);
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new ExprEvalException("REPLACE: " + e.getMessage());
            }
            String lang = in.asNode().getLiteralLanguage();
            return lang == null || lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
        }
    }
}
