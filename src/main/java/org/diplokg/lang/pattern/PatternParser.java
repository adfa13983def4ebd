package org.diplokg.lang.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one token pattern (the syntax is in {@code docs/extraction.md}, "Token patterns"). Errors
 * name {@code where} (file and line) and the column.
 */
final class PatternParser {
    /** Most repetitions a bounded quantifier may ask for. */
    static final int MAX_REPEAT = 50;
    private static final String SPECIAL = "()|?*+{}[]\"/~!@^$";

    private final String src;
    private final String where;
    private final Map<String, Node> macros;
    private final Function<String, List<String>> lists;
    private int i;

    private PatternParser(String src, String where, Map<String, Node> macros, Function<String, List<String>> lists) {
        this.src = src;
        this.where = where;
        this.macros = macros;
        this.lists = lists;
    }

    /**
     * @param macros named patterns defined before, referred to as {@code @name}
     * @param lists  the phrases of a word list, referred to as {@code {name}}
     */
    static Node parse(String src, String where, Map<String, Node> macros, Function<String, List<String>> lists) {
        PatternParser p = new PatternParser(src, where, macros, lists);
        Node n = p.alternation();
        p.skipSpace();
        if (p.i < src.length()) throw p.error("unexpected '" + src.charAt(p.i) + "'");
        if (n instanceof Node.Seq s && s.items().isEmpty()) throw p.error("empty pattern");
        return n;
    }

    private PatternException error(String what) {
        return new PatternException(where, what + " at column " + (i + 1) + " of: " + src.strip());
    }

    private void skipSpace() {
        while (i < src.length() && Character.isWhitespace(src.charAt(i))) i++;
    }

    private boolean peek(char c) {
        skipSpace();
        return i < src.length() && src.charAt(i) == c;
    }

    private boolean eat(String s) {
        skipSpace();
        if (src.startsWith(s, i)) {
            i += s.length();
            return true;
        }
        return false;
    }

    private Node alternation() {
        List<Node> options = new ArrayList<>();
        options.add(sequence());
        while (eat("|")) options.add(sequence());
        return options.size() == 1 ? options.get(0) : alt(options);
    }

    /**
     * Alternatives; runs of one-word options become one set test where that keeps the order of
     * preference (no option between them can start with the same word).
     */
    private static Node alt(List<Node> options) {
        List<Node> out = new ArrayList<>();
        List<Set<String>> sets = new ArrayList<>(); // parallel to out: the words of a merged set, or null
        for (Node o : options) {
            String w = o instanceof Node.Tok t && !t.glued() ? t.word() : null;
            if (w != null) {
                int target = -1;
                for (int k = out.size() - 1; k >= 0; k--) {
                    if (sets.get(k) != null) {
                        target = k;
                        break;
                    }
                    String first = firstWord(out.get(k));
                    if (first == null || first.equals(w)) break;
                }
                if (target >= 0) {
                    sets.get(target).add(w);
                    continue;
                }
                Set<String> s = new LinkedHashSet<>();
                s.add(w);
                out.add(o);
                sets.add(s);
                continue;
            }
            out.add(o);
            sets.add(null);
        }
        List<Node> merged = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Set<String> s = sets.get(k);
            if (s != null && s.size() > 1) {
                Set<String> words = Set.copyOf(s);
                merged.add(new Node.Tok(TokenTest.oneOf(words), false, null));
            } else {
                merged.add(out.get(k));
            }
        }
        return merged.size() == 1 ? merged.get(0) : new Node.Alt(List.copyOf(merged));
    }

    /** The plain word an option must start with, or null when it is not known. */
    private static String firstWord(Node n) {
        if (n instanceof Node.Tok t) return t.word();
        if (n instanceof Node.Seq s && !s.items().isEmpty()) return firstWord(s.items().get(0));
        if (n instanceof Node.Group g) return firstWord(g.body());
        return null;
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (i >= src.length() || src.charAt(i) == '|' || src.charAt(i) == ')') break;
            items.add(quantified());
        }
        return items.size() == 1 ? items.get(0) : new Node.Seq(List.copyOf(items));
    }

    private Node quantified() {
        Node atom = atom();
        while (i < src.length()) {
            char c = src.charAt(i);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                i++;
            } else if (c == '*') {
                min = 0;
                max = Node.UNBOUNDED;
                i++;
            } else if (c == '+') {
                min = 1;
                max = Node.UNBOUNDED;
                i++;
            } else if (c == '{' && i + 1 < src.length() && Character.isDigit(src.charAt(i + 1))) {
                int close = src.indexOf('}', i);
                if (close < 0) throw error("'{' without '}'");
                String[] parts = src.substring(i + 1, close).split(",", -1);
                try {
                    min = Integer.parseInt(parts[0].strip());
                    max = parts.length == 1 ? min : parts[1].isBlank() ? Node.UNBOUNDED : Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    throw error("bad repetition {" + src.substring(i + 1, close) + "}");
                }
                if (parts.length > 2 || min > max) throw error("bad repetition {" + src.substring(i + 1, close) + "}");
                if (max != Node.UNBOUNDED && max > MAX_REPEAT) throw error("repetition above " + MAX_REPEAT);
                i = close + 1;
            } else {
                break;
            }
            boolean greedy = true;
            if (i < src.length() && src.charAt(i) == '?') {
                greedy = false;
                i++;
            }
            if (atom instanceof Node.Look || atom instanceof Node.Anchor) throw error("a look-around or anchor cannot repeat");
            atom = new Node.Repeat(atom, min, max, greedy);
        }
        return atom;
    }

    private Node atom() {
        skipSpace();
        if (i >= src.length()) throw error("the pattern ends where a token was expected");
        char c = src.charAt(i);
        if (c == '(') {
            i++;
            Node body;
            if (src.startsWith("?$", i)) {
                i += 2;
                int b = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '-' || src.charAt(i) == '_')) i++;
                if (i == b) throw error("group without a name after '(?$'");
                String name = src.substring(b, i);
                body = new Node.Group(name, alternation());
            } else if (src.startsWith("?=", i) || src.startsWith("?!", i) || src.startsWith("?<=", i) || src.startsWith("?<!", i)) {
                boolean ahead = src.charAt(i + 1) != '<';
                boolean negate = src.charAt(ahead ? i + 1 : i + 2) == '!';
                i += ahead ? 2 : 3;
                Node inner = alternation();
                if (Node.width(inner) == Node.UNBOUNDED) throw error("a look-around must have a bounded width (no * or +)");
                body = new Node.Look(inner, ahead, negate);
            } else {
                body = new Node.Group(null, alternation());
            }
            if (!eat(")")) throw error("missing ')'");
            return body;
        }
        if (c == ')') throw error("unbalanced ')'");
        if (c == '^' || c == '$') {
            i++;
            return new Node.Anchor(c == '^');
        }
        if (c == '~') {
            i++;
            if (i >= src.length() || Character.isWhitespace(src.charAt(i))) throw error("'~' must stand right before a token");
            Node n = atom();
            return glue(n);
        }
        if (c == '!') {
            i++;
            Node n = atom();
            TokenTest t = singleToken(n);
            if (t == null) throw error("'!' applies to one token only");
            return new Node.Tok(t.negate(), false, null);
        }
        if (c == '@') {
            i++;
            String name = name();
            Node m = macros.get(name);
            if (m == null) throw error("no pattern named '" + name + "' defined before");
            return m;
        }
        if (c == '{') {
            i++;
            int close = src.indexOf('}', i);
            if (close < 0) throw error("'{' without '}'");
            String list = src.substring(i, close).strip();
            boolean exact = list.length() > 2 && list.startsWith("\"") && list.endsWith("\"");
            if (exact) list = list.substring(1, list.length() - 1);
            List<String> phrases;
            try {
                phrases = lists.apply(list);
            } catch (IllegalStateException e) {
                throw error("word list '" + list + "': " + e.getMessage());
            }
            i = close + 1;
            if (phrases.isEmpty()) throw error("word list '" + list + "' is empty");
            List<Node> options = new ArrayList<>();
            // longest first, as a list of phrases is matched elsewhere
            List<String> sorted = new ArrayList<>(phrases);
            sorted.sort((a, b) -> Integer.compare(TokenSeq.of(b).size(), TokenSeq.of(a).size()));
            for (String p : sorted) options.add(literal(p, exact));
            return alt(options);
        }
        if (c == '[') return attributes();
        if (c == '"') {
            int close = src.indexOf('"', i + 1);
            if (close < 0) throw error("unclosed '\"'");
            String text = src.substring(i + 1, close);
            i = close + 1;
            if (text.isBlank()) throw error("empty quoted word");
            return literal(text, true);
        }
        if (c == '/') return new Node.Tok(regex(), false, null);
        if (c == '_' && (i + 1 >= src.length() || isBreak(src.charAt(i + 1)))) {
            i++;
            return new Node.Tok(TokenTest.ANY, false, null);
        }
        if (SPECIAL.indexOf(c) >= 0) throw error("unexpected '" + c + "'");
        StringBuilder b = new StringBuilder();
        while (i < src.length() && !isBreak(src.charAt(i))) {
            if (src.charAt(i) == '\\' && i + 1 < src.length()) i++;
            b.append(src.charAt(i++));
        }
        return literal(b.toString(), false);
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || SPECIAL.indexOf(c) >= 0;
    }

    private String name() {
        int b = i;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '-' || src.charAt(i) == '_')) i++;
        if (i == b) throw error("name expected");
        return src.substring(b, i);
    }

    /** A word as written: its tokens glued together, matched ignoring case (or as written when {@code exact}). */
    private Node literal(String text, boolean exact) {
        TokenSeq ts = TokenSeq.of(text);
        List<Node> toks = new ArrayList<>();
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            boolean glued = k > 0 && t.glued();
            TokenTest test = exact ? TokenTest.exact(t.text()) : TokenTest.text(t.lower());
            toks.add(new Node.Tok(test, glued, exact || glued ? null : t.lower()));
        }
        if (toks.isEmpty()) throw error("empty word");
        return toks.size() == 1 ? toks.get(0) : new Node.Seq(List.copyOf(toks));
    }

    private static Node glue(Node n) {
        if (n instanceof Node.Tok t) return new Node.Tok(t.test(), true, null);
        if (n instanceof Node.Seq s && !s.items().isEmpty()) {
            List<Node> items = new ArrayList<>(s.items());
            items.set(0, glue(items.get(0)));
            return new Node.Seq(List.copyOf(items));
        }
        if (n instanceof Node.Alt a) return new Node.Alt(a.options().stream().map(PatternParser::glue).toList());
        if (n instanceof Node.Group g) return new Node.Group(g.name(), glue(g.body()));
        if (n instanceof Node.Repeat r) return new Node.Repeat(glue(r.body()), r.min(), r.max(), r.greedy());
        return n;
    }

    /** The node as one test of one token, or null if it may take more or fewer than one token. */
    private static TokenTest singleToken(Node n) {
        if (n instanceof Node.Tok t && !t.glued()) return t.test();
        if (n instanceof Node.Group g && g.name() == null) return singleToken(g.body());
        if (n instanceof Node.Alt a) {
            List<TokenTest> tests = new ArrayList<>();
            for (Node o : a.options()) {
                TokenTest t = singleToken(o);
                if (t == null) return null;
                tests.add(t);
            }
            return t -> {
                for (TokenTest x : tests) if (x.test(t)) return true;
                return false;
            };
        }
        return null;
    }

    private TokenTest regex() {
        int b = ++i;
        StringBuilder re = new StringBuilder();
        while (i < src.length() && src.charAt(i) != '/') {
            if (src.charAt(i) == '\\' && i + 1 < src.length()) re.append(src.charAt(i++));
            re.append(src.charAt(i++));
        }
        if (i >= src.length()) {
            i = b - 1;
            throw error("unclosed '/'");
        }
        i++;
        boolean exact = i < src.length() && src.charAt(i) == 'c' && (i + 1 >= src.length() || isBreak(src.charAt(i + 1)));
        if (exact) i++;
        if (nestedRepetition(re)) throw error("a repeated group with a repetition inside in /" + re + "/ may backtrack without bound");
        try {
            int flags = exact ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return TokenTest.regex(Pattern.compile(re.toString(), flags));
        } catch (PatternSyntaxException e) {
            throw error("bad regular expression /" + re + "/: " + e.getDescription());
        }
    }

    /**
     * Whether a group with a repetition inside is itself repeated ({@code (a+)*}): the shape that
     * makes a backtracking engine take exponential time, refused so a token test stays bounded.
     */
    static boolean nestedRepetition(CharSequence re) {
        java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>();
        boolean repeated = false; // a repetition seen in the current group
        boolean inClass = false;
        for (int k = 0; k < re.length(); k++) {
            char c = re.charAt(k);
            if (c == '\\') {
                k++;
                continue;
            }
            if (inClass) {
                if (c == ']') inClass = false;
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> {
                    groups.push(repeated);
                    repeated = false;
                }
                case ')' -> {
                    boolean inner = repeated;
                    repeated = groups.isEmpty() ? inner : groups.pop() || inner;
                    char next = k + 1 < re.length() ? re.charAt(k + 1) : ' ';
                    if (inner && (next == '*' || next == '+' || next == '{')) return true;
                }
                case '*', '+', '{' -> repeated = true;
                default -> {
                }
            }
        }
        return false;
    }

    private Node attributes() {
        i++;
        TokenTest test = null;
        while (true) {
            skipSpace();
            String key = name().toLowerCase(Locale.ROOT);
            if (key.equals("spaced")) {
                test = test == null ? TokenTest.SPACED : test.and(TokenTest.SPACED);
                if (eat("]")) break;
                if (!eat("&")) throw error("']' or '&' expected");
                continue;
            }
            if (!eat("=")) throw error("'=' expected after '" + key + "'");
            skipSpace();
            TokenTest t;
            if (i < src.length() && src.charAt(i) == '/') {
                if (!key.equals("text")) throw error("a regular expression tests text only, not " + key);
                t = regex();
            } else {
                int b = i;
                while (i < src.length() && !Character.isWhitespace(src.charAt(i)) && src.charAt(i) != ']' && src.charAt(i) != '&') i++;
                String v = src.substring(b, i);
                if (v.isEmpty()) throw error("value expected after '" + key + "='");
                t = switch (key) {
                    case "text" -> TokenTest.text(v);
                    case "lemma" -> TokenTest.lemma(v);
                    case "pos" -> TokenTest.pos(v.toUpperCase(Locale.ROOT));
                    case "ent" -> TokenTest.entity(v.toUpperCase(Locale.ROOT));
                    default -> throw error("unknown token attribute '" + key + "' (text, lemma, pos, ent, spaced)");
                };
            }
            test = test == null ? t : test.and(t);
            if (eat("]")) break;
            if (!eat("&")) throw error("']' or '&' expected");
        }
        return new Node.Tok(test, false, null);
    }

    /** The group names used in {@code n}. */
    static Set<String> groupNames(Node n) {
        Set<String> out = new HashSet<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, Set<String> out) {
        if (n instanceof Node.Seq s) s.items().forEach(x -> collect(x, out));
        else if (n instanceof Node.Alt a) a.options().forEach(x -> collect(x, out));
        else if (n instanceof Node.Repeat r) collect(r.body(), out);
        else if (n instanceof Node.Group g) {
            if (g.name() != null) out.add(g.name());
            collect(g.body(), out);
        }
    }
}
