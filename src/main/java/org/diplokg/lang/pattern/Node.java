package org.diplokg.lang.pattern;

import java.util.List;

/** The parsed form of a token pattern, before it is compiled to a {@link TokenPattern}. */
sealed interface Node {
    /** Unbounded width: a repetition without upper bound. */
    int UNBOUNDED = Integer.MAX_VALUE;

    /** One token passing {@code test}; {@code glued}: with no white space before it. {@code word} is its lower-case text when it is a plain word. */
    record Tok(TokenTest test, boolean glued, String word) implements Node {
    }

    record Seq(List<Node> items) implements Node {
    }

    /** Alternatives, the first that matches preferred. */
    record Alt(List<Node> options) implements Node {
    }

    record Repeat(Node body, int min, int max, boolean greedy) implements Node {
    }

    /** A group, captured under {@code name} unless it is null. */
    record Group(String name, Node body) implements Node {
    }

    /** A look-around: {@code body} must (or, negated, must not) match right after (ahead) or right before the position. */
    record Look(Node body, boolean ahead, boolean negate) implements Node {
    }

    /** {@code ^} (start of the tokens) or {@code $} (end). */
    record Anchor(boolean start) implements Node {
    }

    /** Most tokens the node can match, {@link #UNBOUNDED} if there is no bound. */
    static int width(Node n) {
        if (n instanceof Tok) return 1;
        if (n instanceof Seq s) {
            long w = 0;
            for (Node x : s.items()) w += width(x);
            return (int) Math.min(w, UNBOUNDED);
        }
        if (n instanceof Alt a) return a.options().stream().mapToInt(Node::width).max().orElse(0);
        if (n instanceof Repeat r) {
            int b = width(r.body());
            if (b == 0) return 0;
            return r.max() == UNBOUNDED ? UNBOUNDED : (int) Math.min((long) r.max() * b, UNBOUNDED);
        }
        if (n instanceof Group g) return width(g.body());
        return 0; // look-arounds and anchors take no token
    }
}
