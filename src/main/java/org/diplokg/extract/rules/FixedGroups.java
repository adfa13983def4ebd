package org.diplokg.extract.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplokg.lang.TextSpan;
import org.diplokg.extract.gazetteer.Entity;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.lang.Lexicon;

/**
 * Meetings of groups whose membership is fixed ("the G7 Leaders' Summit in Hiroshima", "the
 * Quad leaders' meeting"): every member takes part. Members come from {@code lang/any/groups.tsv}.
 */
public final class FixedGroups {
    /** How many words may stand between the group's name and the meeting noun ("Leaders'", "Foreign Ministers'"). */
    private static final int MAX_WORDS = 3;

    private final Map<String, List<Entity>> members = new HashMap<>();
    private final Pattern names;

    public FixedGroups(Gazetteer gazetteer) {
        List<String> all = new ArrayList<>();
        for (Lexicon.Row r : Lexicon.table("any/groups.tsv", 2)) {
            List<Entity> states = new ArrayList<>();
            for (String q : r.cell(1).split(";")) {
                Entity st = gazetteer.state(q.strip()).orElse(null);
                if (st == null) throw r.error("member " + q + " is not a state of the gazetteer");
                states.add(st);
            }
            for (String name : r.cell(0).split(";")) {
                members.put(key(name), List.copyOf(states));
                all.add(name.strip());
            }
        }
        names = Lexicon.anyOf(all);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A group's meeting named in the text, and its members. */
    public record GroupMeeting(TextSpan span, List<Entity> members) {
    }

    /** The meetings of fixed groups named inside {@code clause}. */
    public List<GroupMeeting> find(String text, TextSpan clause) {
        List<GroupMeeting> out = new ArrayList<>();
        Matcher m = names.matcher(text);
        m.region(clause.begin(), clause.end());
        while (m.find()) {
            int end = CompoundNames.meetingNounEnd(text, m.end(), clause.end(), MAX_WORDS);
            if (end < 0) continue;
            List<Entity> states = members.get(key(m.group()));
            if (states != null) out.add(new GroupMeeting(new TextSpan(m.start(), end), states));
        }
        return out;
    }
}
