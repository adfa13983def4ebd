package org.diplokg.extract.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplokg.extract.MeetingDate;
import org.diplokg.extract.MeetingStatus;
import org.diplokg.extract.annotate.Word;
import org.diplokg.lang.pattern.TokenSeq;
import org.diplokg.extract.rules.DateRules;
import org.diplokg.extract.rules.StatusRules;
import org.diplokg.lang.TextRule;

/**
 * The features the learned status model reads from one {@link StatusContext}: the rule's own
 * decision, which of its cues fire and where, the words of the window (stems, and the verbs as
 * written, which carry tense), the verbs of the rest of the sentence, and whether the dates in the
 * window and the sentence lie before or after the publication date. Each feature is a string
 * ("rule=held", "cue:w:timed", "w=meet", "v=will", "date:s=future"); the same context always gives
 * the same features in the same order.
 */
public final class StatusFeatures {
    /** The status cues read in the window, by the names of {@code lang/en/status.rules}. */
    private static final List<TextRule.Tokens> WINDOW_CUES = List.of(StatusRules.CONDITIONAL, StatusRules.PROPOSED,
            StatusRules.STRONG_PROPOSAL, StatusRules.HEDGE, StatusRules.SCHEDULED, StatusRules.FIRM_SCHEDULE, StatusRules.PLANNED,
            StatusRules.AGREED, StatusRules.TIMED, StatusRules.REPORTED_FUTURE, StatusRules.SUPERSEDED_PLAN);
    /** The cues of a change of plan, read in the clause, the sentence and the paragraphs around. */
    private static final List<TextRule.Tokens> CHANGE_CUES = List.of(StatusRules.CANCELLED, StatusRules.REVERSED);
    /** The cues read in the title. */
    private static final List<TextRule.Tokens> TITLE_CUES = List.of(StatusRules.SCHEDULED, StatusRules.PROPOSED, StatusRules.CANCELLED);
    private static final Set<String> VERB_POS = Set.of("VERB", "AUX");
    /** How many words before the window are read. */
    private static final int PRECEDING = 3;

    private StatusFeatures() {
    }

    /** The features of {@code c}, given the status the rule decided for it. */
    public static String[] of(StatusContext c, MeetingStatus rule) {
        Set<String> f = new LinkedHashSet<>();
        String r = rule.label();
        f.add("rule=" + r);
        TokenSeq window = TokenSeq.of(c.window());
        List<String> cues = new ArrayList<>();
        for (TextRule.Tokens cue : WINDOW_CUES) {
            if (cue.test(window)) cues.add("cue:w:" + cue.name());
        }
        for (TextRule.Tokens cue : CHANGE_CUES) {
            if (cue.test(c.reported())) cues.add("cue:r:" + cue.name());
            if (cue.test(c.sentence())) cues.add("cue:s:" + cue.name());
            if (cue.test(c.paragraph())) cues.add("cue:p:" + cue.name());
        }
        f.addAll(cues);
        String title = c.title() == null ? "" : c.title();
        for (TextRule.Tokens cue : TITLE_CUES) {
            if (cue.test(title)) f.add("cue:t:" + cue.name());
        }
        f.add("date:t=" + when(title, c.published()));
        List<Word> all = c.words().get();
        List<Word> before = new ArrayList<>();
        for (Word w : all) {
            if (w.span().end() <= c.at().begin()) before.add(w);
        }
        // "ahead of the summit", "before the talks": the words just before the window
        for (Word w : before.subList(Math.max(0, before.size() - PRECEDING), before.size())) f.add("pre=" + w.lemma().toLowerCase(Locale.ROOT));
        List<Word> ws = c.windowWords();
        for (Word w : ws) {
            if (w.pos().equals("PUNCT")) continue;
            f.add("w=" + w.lemma().toLowerCase(Locale.ROOT));
            if (VERB_POS.contains(w.pos())) {
                f.add("v=" + w.text().toLowerCase(Locale.ROOT));
                f.add("vf=" + form(w.text()));
            }
        }
        for (Word w : all) {
            if (VERB_POS.contains(w.pos()) && !ws.contains(w)) {
                f.add("sv=" + w.text().toLowerCase(Locale.ROOT));
                f.add("svf=" + form(w.text()));
            }
        }
        String wd = when(c.window(), c.published());
        String rd = when(c.reported(), c.published());
        String sd = when(c.sentence(), c.published());
        f.add("date:w=" + wd);
        f.add("date:r=" + rd);
        f.add("date:s=" + sd);
        // a linear model cannot say "the rule said held, but the date is ahead" unless asked
        f.add("rule=" + r + "&date:w=" + wd);
        f.add("rule=" + r + "&date:r=" + rd);
        f.add("rule=" + r + "&date:s=" + sd);
        for (String cue : cues) f.add("rule=" + r + "&" + cue);
        return f.toArray(String[]::new);
    }

    /** The form of a verb as written, which carries its tense: "ed", "ing", "s" or "base". */
    static String form(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.endsWith("ed")) return "ed";
        if (v.endsWith("ing")) return "ing";
        if (v.endsWith("s") && !v.endsWith("ss")) return "s";
        return "base";
    }

    /**
     * Where the first date of {@code text} lies against the publication date: "past", "future",
     * "near" (within a day of it), "open" (a date without a year or weekday whose side depends on
     * the tense), "none", or "unanchored" when there is no publication date.
     */
    static String when(String text, Optional<LocalDate> published) {
        if (published.isEmpty()) return "unanchored";
        Optional<DateRules.Found> past = DateRules.find(text, 0, text.length(), published, MeetingStatus.HELD);
        if (past.isEmpty()) return "none";
        Optional<DateRules.Found> ahead = DateRules.find(text, 0, text.length(), published, MeetingStatus.SCHEDULED);
        String a = side(past.get(), published.get());
        String b = ahead.map(d -> side(d, published.get())).orElse(a);
        return a.equals(b) ? a : "open";
    }

    private static String side(DateRules.Found d, LocalDate pub) {
        MeetingDate m = new MeetingDate(d.lexical(), d.precision(), List.of());
        LocalDate first = switch (d.precision()) {
            case DAY -> LocalDate.parse(d.lexical());
            case MONTH -> m.lastDay().withDayOfMonth(1);
            case YEAR -> m.lastDay().withDayOfYear(1);
        };
        if (m.lastDay().isBefore(pub.minusDays(1))) return "past";
        if (first.isAfter(pub.plusDays(1))) return "future";
        return "near";
    }
}
