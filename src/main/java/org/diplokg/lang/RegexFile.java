package org.diplokg.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Named regular expressions of one language: {@code /lang/<lang>/<file>}, one
 * {@code name = expression} a line, {@code #} for comments. They hold the few shapes that are
 * counted in characters ("a word of three to nine letters, one space, a number"), which token
 * patterns do not say; everything that reads words is a token pattern. An expression keeps its
 * case unless it says {@code (?i)}; a space at either end is written {@code [ ]}, since a line is
 * read without the white space around it. Every expression is compiled when the file is loaded; a
 * bad one stops the program with its file and line.
 */
public final class RegexFile {
    private final String path;
    private final Map<String, TextRule.Regex> rules;

    private RegexFile(String path, Map<String, TextRule.Regex> rules) {
        this.path = path;
        this.rules = rules;
    }

    public static RegexFile load(String lang, String file) {
        String name = lang + "/" + file;
        Map<String, TextRule.Regex> rules = new LinkedHashMap<>();
        for (Lexicon.Row r : Lexicon.table(name, 1)) {
            String line = r.cell(0);
            int eq = line.indexOf('=');
            if (eq < 0) throw r.error("expected 'name = regular expression'");
            String rule = line.substring(0, eq).strip();
            String regex = line.substring(eq + 1).strip();
            if (!rule.matches("[A-Za-z][A-Za-z0-9_-]*")) throw r.error("bad rule name '" + rule + "'");
            if (regex.isEmpty()) throw r.error("empty regular expression");
            try {
                if (rules.put(rule, new TextRule.Regex(rule, Pattern.compile(regex))) != null) {
                    throw r.error("rule '" + rule + "' defined twice");
                }
            } catch (PatternSyntaxException e) {
                throw r.error("bad regular expression: " + e.getDescription() + " at index " + e.getIndex());
            }
        }
        return new RegexFile("/lang/" + name, Map.copyOf(rules));
    }

    /** The rule named {@code name}; a missing one is an error that names the file. */
    public TextRule.Regex rule(String name) {
        TextRule.Regex r = rules.get(name);
        if (r == null) throw new IllegalStateException(path + ": no rule named '" + name + "'");
        return r;
    }
}
