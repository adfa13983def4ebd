package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.lang.Lexicon;

/**
 * Meeting names that carry their parties: "the Japan-Republic of Korea (ROK) Foreign Ministers'
 * Meeting", "the U.S.-Japan summit", "the Japan-China High-Level Economic Dialogue". States
 * joined by dashes or slashes, then a meeting noun within a few words.
 */
public final class CompoundNames {
    /** How many words may stand between the last state and the meeting noun. */
    private static final int MAX_WORDS = 6;
    private static final Pattern MEETING_NOUN = Lexicon.anyOf(Lexicon.words("en/meeting-nouns.txt"));

    private CompoundNames() {
    }

    /** A compound meeting name and the states it names, in order. */
    public record Compound(TextSpan span, List<Entity> states) {
    }

    /** The compound meeting names inside {@code window}. */
    public static List<Compound> find(String text, TextSpan window, List<Mention> mentions) {
        List<Mention> ms = mentions.stream().filter(m -> window.contains(m.span())).toList();
        List<Compound> out = new ArrayList<>();
        int i = 0;
        while (i < ms.size()) {
            Optional<Entity> first = state(ms.get(i));
            if (first.isEmpty()) {
                i++;
                continue;
            }
            Map<String, Entity> states = new LinkedHashMap<>();
            states.put(first.get().iri(), first.get());
            int begin = ms.get(i).span().begin();
            int end = afterParenthesis(text, ms.get(i).span().end(), window.end());
            int j = i + 1;
            while (j < ms.size()) {
                Mention next = ms.get(j);
                if (next.span().begin() < end) { // inside "(ROK)"
                    j++;
                    continue;
                }
                Optional<Entity> st = state(next);
                if (st.isEmpty() || !joiner(text.substring(end, next.span().begin()))) break;
                states.putIfAbsent(st.get().iri(), st.get());
                end = afterParenthesis(text, next.span().end(), window.end());
                j++;
            }
            if (states.size() >= 2) {
                int noun = meetingNounEnd(text, end, window.end(), MAX_WORDS);
                if (noun > 0) out.add(new Compound(new TextSpan(begin, noun), List.copyOf(states.values())));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static Optional<Entity> state(Mention m) {
        return m.first(EntityKind.STATE, NameRole.NAME).or(() -> m.first(EntityKind.STATE, NameRole.DEMONYM));
    }

    /** A dash or slash alone between two states. */
    private static boolean joiner(String gap) {
        String g = gap.strip();
        return g.length() == 1 && "-\u2010\u2011\u2012\u2013\u2014/".indexOf(g.charAt(0)) >= 0;
    }

    /** Skips " (ROK)" after a state name. */
    private static int afterParenthesis(String text, int at, int limit) {
        int k = at;
        while (k < limit && text.charAt(k) == ' ') k++;
        if (k < limit && text.charAt(k) == '(') {
            int close = text.indexOf(')', k);
            if (close > 0 && close < limit && close - k <= 12) return close + 1;
        }
        return at;
    }

    /** Where a meeting noun ends, if one follows {@code from} within {@code maxWords} words and before any punctuation, else -1. */
    public static int meetingNounEnd(String text, int from, int limit, int maxWords) {
        int stop = from;
        int words = 0;
        boolean inWord = false;
        while (stop < limit) {
            char c = text.charAt(stop);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '"' || c == '\u201c') break;
            if (Character.isWhitespace(c)) {
                if (inWord && ++words > maxWords) break;
                inWord = false;
            } else {
                inWord = true;
            }
            stop++;
        }
        Matcher m = MEETING_NOUN.matcher(text);
        m.region(from, stop);
        return m.find() ? m.end() : -1;
    }
}
