package org.diplokg.lang.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.diplokg.lang.TextSpan;

/**
 * A compiled token pattern: a Thompson automaton run as a Pike VM over the tokens, so a search
 * takes time linear in the number of tokens (each position visits each instruction at most
 * once) whatever the pattern. Among matches at the leftmost start the preferred one wins, as in
 * a regular expression: the first alternative, greedy or lazy repetition as written.
 * Look-arounds have a bounded width and are memoised per position, so they keep the search
 * linear.
 */
public final class TokenPattern {
    private static final int TOK = 0;
    private static final int SPLIT = 1;
    private static final int JMP = 2;
    private static final int SAVE = 3;
    private static final int BEGIN = 4;
    private static final int END = 5;
    private static final int LOOK = 6;
    private static final int MATCH = 7;
    /** Most instructions a pattern may compile to. */
    static final int MAX_PROGRAM = 20_000;

    private final String name;
    private final int[] op;
    private final int[] x;
    private final int[] y;
    private final TokenTest[] test;
    private final boolean[] glued;
    private final TokenPattern[] looks;
    private final boolean[] lookAhead;
    private final boolean[] lookNegate;
    private final int[] lookWidth;
    private final Map<String, Integer> groups;
    /** Tests one of which the first token of any match passes, or null when that is not known. */
    private final TokenTest[] firstTests;
    /**
     * The same, indexed: the lower-case words of the {@link TokenTest.Lower} first tests in one set,
     * so a position is tried after one look-up instead of a call of each test; the other tests.
     */
    private final Set<String> firstWords;
    private final TokenTest[] otherFirstTests;

    private TokenPattern(String name, Compiler c, Map<String, Integer> groups) {
        this.name = name;
        int n = c.op.size();
        this.op = c.op.stream().mapToInt(Integer::intValue).toArray();
        this.x = c.x.stream().mapToInt(Integer::intValue).toArray();
        this.y = c.y.stream().mapToInt(Integer::intValue).toArray();
        this.test = c.test.toArray(new TokenTest[n]);
        this.glued = new boolean[n];
        for (int k = 0; k < n; k++) glued[k] = c.glued.get(k);
        this.looks = c.looks.toArray(new TokenPattern[0]);
        this.lookAhead = new boolean[looks.length];
        this.lookNegate = new boolean[looks.length];
        this.lookWidth = new int[looks.length];
        for (int k = 0; k < looks.length; k++) {
            lookAhead[k] = c.lookAhead.get(k);
            lookNegate[k] = c.lookNegate.get(k);
            lookWidth[k] = c.lookWidth.get(k);
        }
        this.groups = groups;
        this.firstTests = firstTests();
        Set<String> words = new HashSet<>();
        List<TokenTest> others = new ArrayList<>();
        if (firstTests != null) {
            for (TokenTest f : firstTests) {
                if (f instanceof TokenTest.Lower l) words.addAll(l.words());
                else others.add(f);
            }
        }
        this.firstWords = Set.copyOf(words);
        this.otherFirstTests = others.toArray(new TokenTest[0]);
    }

    /** The same program trying every position, look-arounds too: what the start index must agree with (for tests). */
    TokenPattern withoutStartIndex() {
        return new TokenPattern(this);
    }

    private TokenPattern(TokenPattern indexed) {
        this.name = indexed.name;
        this.op = indexed.op;
        this.x = indexed.x;
        this.y = indexed.y;
        this.test = indexed.test;
        this.glued = indexed.glued;
        this.looks = Arrays.stream(indexed.looks).map(TokenPattern::withoutStartIndex).toArray(TokenPattern[]::new);
        this.lookAhead = indexed.lookAhead;
        this.lookNegate = indexed.lookNegate;
        this.lookWidth = indexed.lookWidth;
        this.groups = indexed.groups;
        this.firstTests = null;
        this.firstWords = Set.of();
        this.otherFirstTests = new TokenTest[0];
    }

    /** Compiles {@code source} (the syntax of {@code docs/extraction.md}); errors name {@code where}. */
    public static TokenPattern compile(String name, String source, String where) {
        return compile(name, PatternParser.parse(source, where, Map.of(), l -> {
            throw new IllegalStateException("no word lists here");
        }), where);
    }

    static TokenPattern compile(String name, Node node, String where) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (String g : PatternParser.groupNames(node)) groups.put(g, 2 + 2 * groups.size());
        Compiler c = new Compiler(groups, where);
        c.emit(SAVE, 0, 0, null);
        c.node(node);
        c.emit(SAVE, 1, 0, null);
        c.emit(MATCH, 0, 0, null);
        return new TokenPattern(name, c, Map.copyOf(groups));
    }

    public String name() {
        return name;
    }

    /** Number of instructions (for tests and bounds). */
    int size() {
        return op.length;
    }

    /** The first match that starts at or after token {@code from}, or null. */
    public Match find(TokenSeq ts, int from) {
        return new Run(ts).search(from, false, -1);
    }

    /** The first match in {@code ts}. */
    public Match find(TokenSeq ts) {
        return find(ts, 0);
    }

    /** Whether the pattern matches anywhere in {@code ts}. */
    public boolean test(TokenSeq ts) {
        return new Run(ts).matches(0, false, -1) != null;
    }

    /** A match that starts exactly at token {@code at}, or null. */
    public Match matchAt(TokenSeq ts, int at) {
        return new Run(ts).search(at, true, -1);
    }

    /** Steps (instruction visits) a search of the whole of {@code ts} takes: the measure of the linear-time property. */
    long steps(TokenSeq ts) {
        Run r = new Run(ts);
        r.search(0, false, -1);
        return r.steps;
    }

    private TokenTest[] firstTests() {
        List<TokenTest> out = new ArrayList<>();
        boolean[] seen = new boolean[op.length];
        return firstTests(0, seen, out) ? out.toArray(new TokenTest[0]) : null;
    }

    private boolean firstTests(int pc, boolean[] seen, List<TokenTest> out) {
        if (seen[pc]) return true;
        seen[pc] = true;
        switch (op[pc]) {
            case TOK:
                out.add(test[pc]);
                return true;
            case SPLIT:
                return firstTests(x[pc], seen, out) && firstTests(y[pc], seen, out);
            case JMP:
                return firstTests(x[pc], seen, out);
            case SAVE:
                return firstTests(pc + 1, seen, out);
            case LOOK:
            case BEGIN:
                // a condition on the position, not a token: the first token still has to pass what follows
                return firstTests(pc + 1, seen, out);
            default:
                return false;
        }
    }

    /** One search: the thread lists of the Pike VM and the memo of look-arounds. */
    private final class Run {
        private final TokenSeq ts;
        private final int n;
        private long steps;
        private byte[] memo;
        private int[] mark;
        private int generation;

        Run(TokenSeq ts) {
            this.ts = ts;
            this.n = ts.size();
        }

        /** Threads: program counters in order of preference, each with its capture slots. */
        private final class Threads {
            final int[] pc = new int[op.length];
            final int[][] caps = new int[op.length][];
            int size;
        }

        Match search(int from, boolean anchored, int mustEnd) {
            int[] matched = matches(from, anchored, mustEnd);
            return matched == null ? null : toMatch(matched);
        }

        /** The capture slots of the match {@link #search} returns, or null. */
        int[] matches(int from, boolean anchored, int mustEnd) {
            // no thread lists before a position where a match may start: most searches end here
            int start = anchored ? (mayStart(from) ? from : n + 1) : nextStart(from);
            if (start > n) return null;
            if (mark == null) mark = new int[op.length];
            Threads clist = new Threads();
            Threads nlist = new Threads();
            int[] matched = null;
            int slots = 2 + 2 * groups.size();
            for (int pos = start; pos <= n; pos++) {
                generation++;
                // mark what is already on clist so a new start thread does not repeat it
                for (int k = 0; k < clist.size; k++) mark[clist.pc[k]] = generation;
                if (matched == null && (!anchored || pos == from) && mayStart(pos)) {
                    int[] caps = new int[slots];
                    Arrays.fill(caps, -1);
                    add(clist, 0, pos, caps);
                }
                if (clist.size == 0) {
                    if (anchored || matched != null) break;
                    pos = nextStart(pos + 1) - 1; // no thread alive: on to where one may start
                    continue;
                }
                generation++;
                nlist.size = 0;
                for (int k = 0; k < clist.size; k++) {
                    int pc = clist.pc[k];
                    steps++;
                    if (op[pc] == MATCH) {
                        if (mustEnd < 0 || pos == mustEnd) {
                            matched = clist.caps[k];
                            break; // threads after this one are less preferred
                        }
                        continue;
                    }
                    // TOK
                    if (pos < n) {
                        Token t = ts.get(pos);
                        if ((!glued[pc] || t.glued()) && test[pc].test(t)) add(nlist, pc + 1, pos + 1, clist.caps[k]);
                    }
                }
                Threads tmp = clist;
                clist = nlist;
                nlist = tmp;
                if (mustEnd >= 0 && pos >= mustEnd) break;
            }
            return matched;
        }

        /** The first position at or after {@code pos} where a match may start ({@code n + 1} if none). */
        private int nextStart(int pos) {
            while (pos <= n && !mayStart(pos)) pos++;
            return pos;
        }

        private boolean mayStart(int pos) {
            if (firstTests == null) return true;
            if (pos >= n) return false;
            Token t = ts.get(pos);
            if (firstWords.contains(t.lower())) return true;
            for (TokenTest f : otherFirstTests) if (f.test(t)) return true;
            return false;
        }

        /** Adds the thread at {@code pc} and all it reaches without taking a token (the epsilon closure). */
        private void add(Threads list, int pc, int pos, int[] caps) {
            if (mark[pc] == generation) return;
            mark[pc] = generation;
            steps++;
            switch (op[pc]) {
                case JMP -> add(list, x[pc], pos, caps);
                case SPLIT -> {
                    add(list, x[pc], pos, caps);
                    add(list, y[pc], pos, caps);
                }
                case SAVE -> {
                    int[] c = caps.clone();
                    c[x[pc]] = pos;
                    add(list, pc + 1, pos, c);
                }
                case BEGIN -> {
                    if (pos == 0) add(list, pc + 1, pos, caps);
                }
                case END -> {
                    if (pos == n) add(list, pc + 1, pos, caps);
                }
                case LOOK -> {
                    if (look(x[pc], pos)) add(list, pc + 1, pos, caps);
                }
                default -> {
                    list.pc[list.size] = pc;
                    list.caps[list.size++] = caps;
                }
            }
        }

        private boolean look(int k, int pos) {
            if (memo == null) memo = new byte[looks.length * (n + 1)];
            int key = k * (n + 1) + pos;
            if (memo[key] == 0) {
                TokenPattern sub = looks[k];
                boolean found = false;
                if (lookAhead[k]) {
                    Run r = sub.new Run(ts);
                    found = r.search(pos, true, -1) != null;
                    steps += r.steps;
                } else {
                    for (int back = 0; back <= Math.min(lookWidth[k], pos) && !found; back++) {
                        Run r = sub.new Run(ts);
                        found = r.search(pos - back, true, pos) != null;
                        steps += r.steps;
                    }
                }
                memo[key] = (byte) (found != lookNegate[k] ? 1 : 2);
            }
            return memo[key] == 1;
        }

        private Match toMatch(int[] caps) {
            Map<String, TextSpan> g = groups.isEmpty() ? Map.of() : new HashMap<>();
            for (Map.Entry<String, Integer> e : groups.entrySet()) {
                int b = caps[e.getValue()];
                int end = caps[e.getValue() + 1];
                if (b >= 0 && end >= 0) g.put(e.getKey(), span(b, end));
            }
            return new Match(caps[0], caps[1], span(caps[0], caps[1]), g);
        }

        private TextSpan span(int b, int e) {
            return b == e ? new TextSpan(ts.beginOf(b), ts.beginOf(b)) : new TextSpan(ts.get(b).begin(), ts.get(e - 1).end());
        }
    }

    /** Emits the instructions of a {@link Node}. */
    private static final class Compiler {
        final List<Integer> op = new ArrayList<>();
        final List<Integer> x = new ArrayList<>();
        final List<Integer> y = new ArrayList<>();
        final List<TokenTest> test = new ArrayList<>();
        final List<Boolean> glued = new ArrayList<>();
        final List<TokenPattern> looks = new ArrayList<>();
        final List<Boolean> lookAhead = new ArrayList<>();
        final List<Boolean> lookNegate = new ArrayList<>();
        final List<Integer> lookWidth = new ArrayList<>();
        final Map<String, Integer> groups;
        final String where;

        Compiler(Map<String, Integer> groups, String where) {
            this.groups = groups;
            this.where = where;
        }

        int emit(int o, int a, int b, TokenTest t) {
            if (op.size() >= MAX_PROGRAM) throw new PatternException(where, "pattern too large (over " + MAX_PROGRAM + " instructions)");
            op.add(o);
            x.add(a);
            y.add(b);
            test.add(t);
            glued.add(false);
            return op.size() - 1;
        }

        void node(Node n) {
            if (n instanceof Node.Tok t) {
                int pc = emit(TOK, 0, 0, t.test());
                glued.set(pc, t.glued());
            } else if (n instanceof Node.Seq s) {
                for (Node item : s.items()) node(item);
            } else if (n instanceof Node.Alt a) {
                List<Integer> jumps = new ArrayList<>();
                List<Node> options = a.options();
                for (int k = 0; k < options.size(); k++) {
                    if (k < options.size() - 1) {
                        int split = emit(SPLIT, 0, 0, null);
                        x.set(split, op.size());
                        node(options.get(k));
                        jumps.add(emit(JMP, 0, 0, null));
                        y.set(split, op.size());
                    } else {
                        node(options.get(k));
                    }
                }
                for (int j : jumps) x.set(j, op.size());
            } else if (n instanceof Node.Repeat r) {
                repeat(r);
            } else if (n instanceof Node.Group g) {
                Integer slot = g.name() == null ? null : groups.get(g.name());
                if (slot != null) emit(SAVE, slot, 0, null);
                node(g.body());
                if (slot != null) emit(SAVE, slot + 1, 0, null);
            } else if (n instanceof Node.Look l) {
                looks.add(TokenPattern.compile("look", l.body(), where));
                lookAhead.add(l.ahead());
                lookNegate.add(l.negate());
                lookWidth.add(Node.width(l.body()));
                emit(LOOK, looks.size() - 1, 0, null);
            } else if (n instanceof Node.Anchor a) {
                emit(a.start() ? BEGIN : END, 0, 0, null);
            } else {
                throw new IllegalStateException("unknown node " + Objects.toString(n));
            }
        }

        private void repeat(Node.Repeat r) {
            for (int k = 0; k < r.min(); k++) node(r.body());
            if (r.max() == Node.UNBOUNDED) {
                int split = emit(SPLIT, 0, 0, null);
                int body = op.size();
                node(r.body());
                emit(JMP, split, 0, null);
                prefer(split, body, op.size(), r.greedy());
                return;
            }
            List<Integer> splits = new ArrayList<>();
            for (int k = r.min(); k < r.max(); k++) {
                int split = emit(SPLIT, 0, 0, null);
                splits.add(split);
                x.set(split, op.size());
                node(r.body());
            }
            for (int s : splits) prefer(s, s + 1, op.size(), r.greedy());
        }

        private void prefer(int split, int body, int out, boolean greedy) {
            x.set(split, greedy ? body : out);
            y.set(split, greedy ? out : body);
        }
    }
}
