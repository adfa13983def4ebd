package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.article.TextSpan;
import org.diplokg.extract.EvidenceSpan;
import org.diplokg.extract.PlaceRef;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;

/**
 * The gathering a meeting was held beside: "on the sidelines of the X", "on the margins of X",
 * "on the occasion of X", or "at/during the APEC summit" where an organization is named. The
 * phrase's span is excluded from trigger and participant reading.
 */
public final class GatheringRules {
    /** Rule: explicit sidelines phrases. */
    private static final Pattern SIDELINES = Pattern.compile(
            "\\b(?:on|at)\\s+the\\s+(?:sidelines|side-lines|margins|fringes|sides)\\s+of\\s+(?:the\\s+)?|\\bon\\s+the\\s+occasion\\s+of\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /** Rule: where the gathering's name ends. */
    private static final Pattern NP_END = Pattern.compile(
            "\\s++(?:in|on|at|during|this|last|next|to|where|which|when|after|before|earlier|later|and\\s++(?:the\\s++)?(?:leaders|ministers))\\b|[,.;:!?)\u2014]|\\s++-\\s|$");
    /** Rule: "at the APEC summit", "during the APEC forum", "on the APEC sidelines". */
    private static final Pattern AT_EVENT = Pattern.compile(
            "\\b(?:at|during|on)\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}\\p{N}'\u2019.&-]*\\s+){1,5}?(?:[Ss]ummit|[Ff]orum|[Gg]athering|[Mm]eetings?|[Cc]onference|[Ss]ession|[Aa]ssembly|[Dd]ialogue|[Ss]idelines))\\b");

    private GatheringRules() {
    }

    /** The gathering named in {@code clause}, if any, with the span to exclude. */
    public static Optional<Found> find(String text, TextSpan clause, TextSpan sentence, List<Mention> mentions) {
        String s = text.substring(clause.begin(), clause.end());
        Matcher m = SIDELINES.matcher(s);
        if (m.find()) {
            Matcher e = NP_END.matcher(s);
            int end = e.find(m.end()) ? e.start() : s.length();
            if (end > m.end()) {
                return Optional.of(build(text, new TextSpan(clause.begin() + m.end(), clause.begin() + end),
                        new TextSpan(clause.begin() + m.start(), clause.begin() + end), sentence, mentions, true));
            }
        }
        Matcher a = AT_EVENT.matcher(s);
        while (a.find()) {
            TextSpan np = new TextSpan(clause.begin() + a.start(1), clause.begin() + a.end(1));
            boolean named = mentions.stream().anyMatch(x -> np.contains(x.span())
                    && (x.has(EntityKind.ORGANIZATION, NameRole.NAME) || x.has(EntityKind.GATHERING, NameRole.NAME)));
            if (named) {
                return Optional.of(build(text, np, np, sentence, mentions, false));
            }
        }
        return Optional.empty();
    }

    /** A gathering phrase: the reference and the stretch of text it covers. */
    public record Found(PlaceRef ref, TextSpan covered) {
    }

    private static Found build(String text, TextSpan np, TextSpan covered, TextSpan sentence, List<Mention> mentions,
                               boolean explicit) {
        String label = text.substring(np.begin(), np.end()).strip();
        label = label.replaceFirst("(?i)\\s+sidelines$", "");
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
