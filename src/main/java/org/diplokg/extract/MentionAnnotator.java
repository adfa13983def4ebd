package org.diplokg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplokg.extract.annotate.Annotator;
import org.diplokg.extract.annotate.Document;
import org.diplokg.extract.annotate.Layer;
import org.diplokg.extract.annotate.Sentence;
import org.diplokg.extract.annotate.TextLayers;
import org.diplokg.extract.gazetteer.EntityKind;
import org.diplokg.extract.gazetteer.Gazetteer;
import org.diplokg.extract.gazetteer.Mention;
import org.diplokg.extract.gazetteer.NameRole;
import org.diplokg.extract.gazetteer.Sense;
import org.diplokg.lang.Lexicon;

/** The gazetteer's names in each sentence: states, demonyms, capitals, people, titles, places, gatherings. */
final class MentionAnnotator implements Annotator {
    private final Gazetteer gazetteer;

    MentionAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "mentions";
    }

    private static final Set<String> HONORIFICS = Set.copyOf(Lexicon.words("en/honorifics.txt"));
    private static final List<String> REGIONAL = Lexicon.words("en/regional-adjectives.txt").stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();

    /**
     * Rule: "Latin American leaders" names no state. A state's demonym that ends an adjective of a
     * region (a language file) loses its demonym senses (null when none is left).
     */
    static Mention withoutRegion(String text, Mention m) {
        if (!m.has(EntityKind.STATE, NameRole.DEMONYM)) return m;
        String demonym = m.text().toLowerCase(java.util.Locale.ROOT);
        for (String r : REGIONAL) {
            if (!r.endsWith(demonym) || r.length() == demonym.length()) continue;
            String region = r.substring(0, r.length() - demonym.length());
            int from = m.span().begin() - region.length();
            // a space and a hyphen join the region word alike ("Latin American", "Latin-American", "Inter American")
            if (from >= 0 && joined(text.substring(from, m.span().begin())).equalsIgnoreCase(joined(region))
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return keeping(m, x -> !(x.role() == NameRole.DEMONYM && x.entity().kind() == EntityKind.STATE));
            }
        }
        return m;
    }

    private static String joined(String s) {
        return s.replace('-', ' ');
    }

    /** The mention with only the senses {@code keep} accepts: itself when all are, null when none is. */
    private static Mention keeping(Mention m, java.util.function.Predicate<Sense> keep) {
        List<Sense> kept = new ArrayList<>();
        for (Sense x : m.senses()) if (keep.test(x)) kept.add(x);
        if (kept.size() == m.senses().size()) return m;
        return kept.isEmpty() ? null : new Mention(m.span(), m.text(), kept);
    }

    /**
     * Rule: "António Guterres" is not Francisco Guterres. A lone surname right after a
     * capitalised word that is neither the person's own given name, nor a title or name the
     * gazetteer found, nor a form of address ("Mr"), belongs to someone else: its person senses
     * are dropped (null when none is left).
     */
    static Mention withoutOtherGivenName(String text, Mention m, int notBefore) {
        if (m.text().contains(" ")) return m;
        int end = m.span().begin();
        if (end < 2 || text.charAt(end - 1) != ' ') return m;
        int begin = end - 1;
        while (begin > notBefore && !Character.isWhitespace(text.charAt(begin - 1))) begin--;
        String before = text.substring(begin, end - 1);
        if (before.isEmpty() || !Character.isUpperCase(before.codePointAt(0)) || HONORIFICS.contains(before)) return m;
        // "Antony J. Blinken", "Joseph Robinette Biden": an initial or a middle name of a longer name
        if (before.endsWith(".") && before.length() <= 3) return m;
        int b2 = begin - 1;
        while (b2 > notBefore && Character.isWhitespace(text.charAt(b2 - 1))) b2--;
        if (b2 > notBefore && b2 < begin && Character.isLetter(text.charAt(b2 - 1))) {
            int w = b2;
            while (w > notBefore && !Character.isWhitespace(text.charAt(w - 1))) w--;
            if (Character.isUpperCase(text.codePointAt(w))) return m;
        }
        return keeping(m, x -> !x.surnameOnly(m.text()) || x.entity().label().startsWith(before + " "));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextLayers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> satisfies() {
        return Set.of(MeetingLayers.MENTIONS);
    }

    @Override
    public void annotate(Document doc) {
        List<List<Mention>> out = new ArrayList<>();
        String text = doc.article().text();
        for (Sentence s : doc.get(TextLayers.SENTENCES)) {
            List<Mention> found = gazetteer.find(text, s.span().begin(), s.span().end());
            List<Mention> kept = new ArrayList<>(found.size());
            for (int i = 0; i < found.size(); i++) {
                Mention m = withoutOtherGivenName(text, found.get(i), i > 0 ? found.get(i - 1).span().end() : s.span().begin());
                if (m != null) m = withoutRegion(text, m);
                if (m != null) kept.add(m);
            }
            out.add(List.copyOf(kept));
        }
        doc.put(MeetingLayers.MENTIONS, List.copyOf(out));
    }
}
