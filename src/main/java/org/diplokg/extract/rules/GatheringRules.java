package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.EvidenceSpan;
import org.diplokg.extract.PlaceRef;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenPattern;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.lang.LangPatterns;

/**
 * The gathering a meeting was held beside: "on the sidelines of the X", "on the margins of X",
 * "on the occasion of X", or "at/during the APEC summit" where an organization is named. The
 * phrase's span is excluded from trigger and participant reading. The phrases are token patterns
 * of {@code lang/en/gatherings.rules}.
 */
public final class GatheringRules {
    private static final LangPatterns EN = LangPatterns.load("en", "gatherings.rules");
    /** Rule: explicit sidelines phrases. */
    private static final TokenPattern SIDELINES = EN.pattern("sidelines");
    /** Rule: where the gathering's name ends. */
    private static final TokenPattern NAME_END = EN.pattern("name-end");
    /** Rule: "at the APEC summit", "during the APEC forum", "on the APEC sidelines". */
    private static final TokenPattern AT_EVENT = EN.pattern("at-event");
    /** Rule: the word left out of a gathering's label ("the G20 sidelines"). */
    private static final TokenPattern LABEL_TAIL = EN.pattern("label-tail");
    /** Rule: a visit named as the occasion is a meeting of its own, not a gathering beside which one is held. */
    private static final TokenPattern VISIT_NAME = EN.pattern("visit-name");

    private GatheringRules() {
    }

    /** The gathering named in {@code clause}, if any, with the span to exclude. */
    public static Optional<Found> find(String text, TextSpan clause, TextSpan sentence, List<Mention> mentions) {
        String s = text.substring(clause.begin(), clause.end());
        TokenSeq ts = TokenSeq.of(s);
        Match m = SIDELINES.find(ts);
        if (m != null) {
            int start = ts.beginOf(m.end()); // the name starts after the phrase and the white space that follows it
            int end = start + nameEnd(s.substring(start));
            if (end > start && VISIT_NAME.find(TokenSeq.of(s.substring(start, end))) == null) {
                return Optional.of(build(text, new TextSpan(clause.begin() + start, clause.begin() + end),
                        new TextSpan(clause.begin() + m.begin(), clause.begin() + end), sentence, mentions, true));
            }
        }
        for (Match a = AT_EVENT.find(ts); a != null; a = AT_EVENT.find(ts, a.end())) {
            TextSpan g = a.group("np");
            TextSpan np = new TextSpan(clause.begin() + g.begin(), clause.begin() + g.end());
            boolean named = mentions.stream().anyMatch(x -> np.contains(x.span())
                    && (x.has(EntityKind.ORGANIZATION, NameRole.NAME) || x.has(EntityKind.GATHERING, NameRole.NAME)));
            if (named) {
                return Optional.of(build(text, np, np, sentence, mentions, false));
            }
        }
        return Optional.empty();
    }

    /** Length of the gathering's name at the start of {@code rest}: up to the white space before the word or mark that ends it. */
    private static int nameEnd(String rest) {
        TokenSeq ts = TokenSeq.of(rest);
        Match e = NAME_END.find(ts);
        if (e == null || e.start() >= ts.size()) return rest.length();
        return ts.get(e.start()).spaced() ? ts.endBefore(e.start()) : ts.get(e.start()).begin();
    }

    /** A gathering phrase: the reference and the stretch of text it covers. */
    public record Found(PlaceRef ref, TextSpan covered) {
    }

    private static Found build(String text, TextSpan np, TextSpan covered, TextSpan sentence, List<Mention> mentions,
                               boolean explicit) {
        String label = text.substring(np.begin(), np.end()).strip();
        TokenSeq words = TokenSeq.of(label);
        Match tail = LABEL_TAIL.find(words);
        if (tail != null) label = label.substring(0, words.endBefore(tail.start()));
        Optional<Entity> whole = Optional.empty();
        Optional<Entity> convenor = Optional.empty();
        List<Mention> inside = new ArrayList<>();
        for (Mention x : mentions) {
            if (!np.contains(x.span())) continue;
            inside.add(x);
            if (x.span().equals(np)) whole = x.first(EntityKind.GATHERING, NameRole.NAME);
            if (convenor.isEmpty()) convenor = x.first(EntityKind.ORGANIZATION, NameRole.NAME);
        }
        return new Found(new PlaceRef(label, whole, convenor, List.of(new EvidenceSpan(np, sentence))), covered);
    }
}
