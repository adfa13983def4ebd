package org.diplokg.lang;

import java.util.List;

import org.diplokg.lang.pattern.PatternFile;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;

/**
 * The token patterns of one language: {@code /lang/<lang>/<file>}, whose word lists
 * ({@code {name}}) are {@code <name>.txt} of the same language, or the first column of
 * {@code <name>.tsv}.
 */
public final class LangPatterns {
    private final PatternFile file;

    private LangPatterns(PatternFile file) {
        this.file = file;
    }

    public static LangPatterns load(String lang, String file) {
        return new LangPatterns(PatternFile.load(lang + "/" + file, name -> list(lang, name)));
    }

    public static List<String> list(String lang, String name) {
        String txt = lang + "/" + name + ".txt";
        if (LangPatterns.class.getResource("/lang/" + txt) != null) return Lexicon.words(txt);
        return Lexicon.table(lang + "/" + name + ".tsv", 0).stream().map(r -> r.cell(0)).toList();
    }

    public TokenPattern pattern(String name) {
        return file.get(name);
    }

    /** The pattern {@code name} as a named rule. */
    public TextRule.Tokens rule(String name) {
        return TextRule.of(file.get(name));
    }

    /** Whether pattern {@code name} matches anywhere in {@code text}. */
    public boolean test(String name, CharSequence text) {
        return file.get(name).test(TokenSeq.of(text));
    }

    public PatternFile file() {
        return file;
    }
}
