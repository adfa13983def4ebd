package org.diplokg.extract.rules;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.article.Article;
import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.lang.Lexicon;
import org.diplokg.lang.pattern.Match;
import org.diplokg.lang.pattern.TokenSeq;

/**
 * The state whose government speaks in a text: a release says "the Prime Minister" and "we"
 * of its own side. Taken from the source's web address (a government host), else from a
 * transcript's first speaker ("Vladimir Putin: ..."), else from the issuing body named at the
 * top ("The US Department of State released ..."), else from the first office-holder the opening
 * lines name. None when the text does not show it.
 */
public final class HomeState {
    /** The issuer cell of a body that is no state's. */
    private static final String NO_STATE = "-";
    /** How far into the text the issuing body is looked for. */
    private static final int OPENING = 400;
    /** How many opening lines (title, dateline, lead) may name the protagonist. */
    private static final int PROTAGONIST_LINES = 3;
    /** How far into its line the protagonist's name may start (a title and an honorific before it). */
    private static final int PROTAGONIST_REACH = 60;

    private final Gazetteer gazetteer;
    private final ActorRules actors;
    private final Map<String, String> hosts = new HashMap<>();
    private final Map<String, String> ccTlds = new HashMap<>();
    private final Set<String> govLabels = new HashSet<>();
    private final List<Lexicon.Row> cues;
    private final Pattern cuePattern;

    public HomeState(Gazetteer gazetteer, ActorRules actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        for (Lexicon.Row r : Lexicon.table("any/publishers.tsv", 0)) {
            String kind = r.cell(0);
            switch (kind) {
                case "host" -> hosts.put(r.cell(1).toLowerCase(Locale.ROOT), state(r, r.cell(2)));
                case "cctld" -> ccTlds.put(r.cell(1).toLowerCase(Locale.ROOT), state(r, r.cell(2)));
                case "govlabel" -> govLabels.add(r.cell(1).toLowerCase(Locale.ROOT));
                default -> throw r.error("unknown kind '" + kind + "' (host, cctld or govlabel)");
            }
        }
        cues = Lexicon.table("en/issuing-bodies.tsv", 2);
        for (Lexicon.Row r : cues) {
            if (!NO_STATE.equals(r.cell(1))) state(r, r.cell(1));
        }
        cuePattern = Lexicon.anyOf(cues.stream().map(r -> r.cell(0)).toList());
    }

    private String state(Lexicon.Row r, String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) throw r.error("not a QID: " + qid);
        return qid;
    }

    /** The speaking state of {@code a}, if the text or its source shows one. */
    public Optional<Entity> of(Article a) {
        return fromSource(a.source()).or(() -> fromSpeaker(a)).or(() -> fromIssuer(a)).or(() -> fromProtagonist(a));
    }

    /**
     * "Foreign Affairs Minister Hon Nanaia Mahuta departed the Middle East today ...": a release copied by a site
     * that is no government's opens with its own official, so the first office-holder the gazetteer knows in the
     * opening lines names the speaking state when nothing else does.
     */
    Optional<Entity> fromProtagonist(Article a) {
        int lines = 0;
        for (TextSpan line : a.content()) {
            if (lines++ >= PROTAGONIST_LINES || line.begin() > OPENING * 2) break;
            // "[Title] Press Conference by Prime Minister Kishida regarding ...": the one who gives the text, after its kind
            Match by = ActorRules.AUTHORED.find(TokenSeq.of(a.text().substring(line.begin(), Math.min(line.end(), line.begin() + PROTAGONIST_REACH))));
            int from = by != null ? line.begin() + by.charEnd() : line.begin();
            for (Mention m : gazetteer.find(a.text(), line.begin(), Math.min(line.end(), line.begin() + OPENING))) {
                // only the subject that opens the line, after at most a title: "The Secretary-General met President
                // Museveni" names a host, not the speaker
                if (m.span().begin() - line.begin() > PROTAGONIST_REACH) break;
                // the words between are a title's, capitalised ("Minister for Foreign Affairs Hon"), not a phrase
                // ("At the invitation of Russian Prime Minister Putin")
                if (m.span().begin() < from || !capitalisedOnly(a.text().substring(from, m.span().begin()))) break;
                List<Entity> people = m.all(x -> x.entity().kind() == EntityKind.PERSON && x.role() == NameRole.NAME);
                if (people.isEmpty()) {
                    if (m.all(x -> x.entity().kind() == EntityKind.OFFICE).isEmpty()) break;
                    from = m.span().end();
                    continue;
                }
                Optional<Entity> st = actors.holdingState(people, a.published());
                if (st.isPresent()) return st;
                break;
            }
        }
        return Optional.empty();
    }

    Optional<Entity> fromSource(Optional<String> source) {
        if (source.isEmpty()) return Optional.empty();
        String host;
        try {
            host = URI.create(source.get().strip()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) return Optional.empty();
        // "history.state.gov.": a fully qualified name may end with the root's dot
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
        for (Map.Entry<String, String> h : hosts.entrySet()) {
            String key = h.getKey();
            boolean match = key.startsWith(".") ? host.endsWith(key) : host.equals(key) || host.endsWith("." + key);
            if (match) return entity(h.getValue());
        }
        String[] labels = host.split("\\.");
        if (labels.length >= 2 && ccTlds.containsKey(labels[labels.length - 1])) {
            for (int i = 0; i < labels.length - 1; i++) {
                if (govLabels.contains(labels[i])) return entity(ccTlds.get(labels[labels.length - 1]));
            }
        }
        return Optional.empty();
    }

    /** True when every word of {@code s} starts with a capital letter (marks and digits aside). */
    private static boolean capitalisedOnly(String s) {
        for (String w : s.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) return false;
        }
        return true;
    }

    /** "Vladimir Putin: Mr President, ..." — the first speaker of a transcript, when the gazetteer knows their state. */
    Optional<Entity> fromSpeaker(Article a) {
        int seen = 0;
        for (TextSpan line : a.content()) {
            if (seen++ > 4) break;
            String s = a.cover(line);
            int colon = s.indexOf(':');
            if (colon < 0 || colon > 80) continue;
            for (Mention m : gazetteer.find(a.text(), line.begin(), line.begin() + colon)) {
                if (m.span().begin() - line.begin() > 8) break;
                List<Entity> people = m.all(x -> x.entity().kind() == EntityKind.PERSON && x.role() == NameRole.NAME);
                Optional<Entity> st = actors.holdingState(people, a.published());
                if (st.isPresent()) return st;
            }
        }
        return Optional.empty();
    }

    /** "The US Department of State released the following statement" near the top. */
    Optional<Entity> fromIssuer(Article a) {
        String top = a.text().substring(0, Math.min(a.text().length(), OPENING));
        Matcher m = cuePattern.matcher(top);
        if (!m.find()) return Optional.empty();
        String found = m.group().replaceAll("\\s+", " ");
        for (Lexicon.Row r : cues) {
            if (r.cell(0).equalsIgnoreCase(found)) return NO_STATE.equals(r.cell(1)) ? Optional.empty() : entity(r.cell(1));
        }
        return Optional.empty();
    }

    private Optional<Entity> entity(String qid) {
        return gazetteer.state(qid);
    }
}
