package org.diplokg.extract.rules;

import java.util.List;

import org.diplokg.article.Boilerplate;

/**
 * Loads the language files of every rule class (token patterns, regular expressions, word lists
 * and tables), so a bad line stops the program when the extractor is made (with its file and
 * line) rather than at the first text that needs it.
 */
public final class RuleFiles {
    private RuleFiles() {
    }

    /** Loads and compiles the rule files; the first error is thrown as it was raised, naming file and line. */
    public static void check() {
        try {
            List<Object> loaded = List.of(StatusRules.NEGATED, TriggerRules.TRIGGER, WindowRules.TOPIC_STARTS,
                    GatheringRules.class, ClauseSplitter.class, DateRules.class, SentenceSplitter.class, ActorRules.class,
                    FrameRules.class, Dateline.class, Boilerplate.class);
            for (Object o : loaded) {
                if (o instanceof Class<?> c) Class.forName(c.getName(), true, c.getClassLoader());
            }
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
