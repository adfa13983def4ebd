package org.diplokg.resolve;

/**
 * Every number the resolver decides with, in one place. A report joins a meeting when
 * <ol>
 * <li>no report of the same article is in it already (an article's own meetings are already told apart);</li>
 * <li>their state sets are compatible: they share two states, and the report names no state the meeting
 *     lacks (a report may name fewer states); a report that names more states, or other ones with a
 *     Jaccard index of at least {@link #MIN_STATE_JACCARD}, joins only if the same day, place or
 *     gathering ties it to the meeting (a bilateral and a trilateral of one trip are two meetings);</li>
 * <li>their gatherings do not differ, where both are known;</li>
 * <li>their time windows overlap (see {@link TimeWindow}: a date as precise as the text gives, else a
 *     window around the publication date chosen by the report's tense, i.e. its status);</li>
 * <li>the score, {@link #BASE} plus the bonuses and penalties below, is at least {@link #MIN_SCORE}.</li>
 * </ol>
 * Of several meetings a report could join it joins the one with the highest score (the earliest on a tie).
 * A report with neither a date nor a publication date cannot be placed in time and stays a meeting of its own.
 */
public final class Thresholds {
    /** State sets of which neither contains the other are compatible from this Jaccard index on. */
    public static final double MIN_STATE_JACCARD = 2.0 / 3.0;

    /** Days either side of a day-precise date: time zones, talks running past midnight, datelines. */
    public static final int DAY_SLACK = 1;
    /** An undated "held" report: the meeting took place within these many days before publication. */
    public static final int HELD_LOOKBACK_DAYS = 14;
    /** An undated "scheduled" report: the meeting is to take place within these many days after publication. */
    public static final int SCHEDULED_HORIZON_DAYS = 120;
    /** An undated "proposed" report: the meeting may take place within these many days after publication. */
    public static final int PROPOSED_HORIZON_DAYS = 365;
    /** A "cancelled" (called off or postponed) report: the meeting may still be held this many days after it. */
    public static final int POSTPONEMENT_HORIZON_DAYS = 180;

    /** Score of a compatible report and meeting before the bonuses. */
    public static final double BASE = 1.0;
    /** Both give the same day. */
    public static final double SAME_DAY = 1.0;
    /** Both give the same place. */
    public static final double SAME_PLACE = 1.0;
    /**
     * Both give a place, and not the same one. Mild, as a venue and its city ("the Great Hall of the
     * People", "Beijing") differ too: it keeps apart only reports that have nothing else in common.
     */
    public static final double OTHER_PLACE = -0.5;
    /** Both name the same gathering. */
    public static final double SAME_GATHERING = 1.0;
    /** Per person both name, up to {@link #MAX_PEOPLE}. */
    public static final double PER_SHARED_PERSON = 0.5;
    public static final double MAX_PEOPLE = 1.0;
    /**
     * For some state, both name its people and none is the same: Xi Jinping at one meeting, Li Qiang
     * at the next, on one visit. People are placed in a state by their office holdings.
     */
    public static final double OTHER_PEOPLE_OF_A_STATE = -1.5;
    /**
     * Both give a level, and not the same one. Not a bar: a minister calling on a head of state is
     * read as a summit by one text and a ministerial meeting by another.
     */
    public static final double OTHER_LEVEL = -1.0;
    /** Exactly the same states. */
    public static final double SAME_STATES = 0.5;
    /** The least score at which a report joins a meeting. */
    public static final double MIN_SCORE = 1.0;

    private Thresholds() {
    }
}
