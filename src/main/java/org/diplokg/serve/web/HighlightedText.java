package org.diplokg.serve.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Article text with evidence spans marked. Offsets in the data count Unicode code points (NIF),
 * Java strings count UTF-16 units, so every span is converted here before the text is cut.
 * Overlapping spans are fine: the text is cut at every span boundary and each piece is marked
 * with what covers it.
 */
final class HighlightedText {
    /** A span in code points; mention spans name an entity, the others state the meeting. */
    record Mark(int beginCp, int endCp, boolean mention, String title) {
        String anchorId() {
            return "char=" + beginCp + "," + endCp;
        }
    }

    private final String text;
    private final int length;

    HighlightedText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
    }

    String text() {
        return text;
    }

    int utf16(int cp) {
        return text.offsetByCodePoints(0, Math.max(0, Math.min(cp, length)));
    }

    /** Code-point range [begin, end) of the sentence that holds the mark, or the mark itself. */
    int[] sentenceAround(Mark m, String sentence) {
        int b = utf16(m.beginCp());
        int e = utf16(m.endCp());
        if (sentence != null && !sentence.isEmpty()) {
            int from = Math.min(text.length(), b + sentence.length());
            for (int i = text.lastIndexOf(sentence, from); i >= 0; i = text.lastIndexOf(sentence, i - 1)) {
                if (i <= b && i + sentence.length() >= e) {
                    return new int[] {text.codePointCount(0, i), text.codePointCount(0, i + sentence.length())};
                }
                if (i == 0) break;
            }
        }
        return new int[] {m.beginCp(), m.endCp()};
    }

    /** HTML for the code-point range [fromCp, toCp), with anchors where marks begin when asked. */
    String render(int fromCp, int toCp, List<Mark> marks, boolean anchors) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(fromCp, toCp));
        for (Mark m : marks) {
            if (m.endCp() <= fromCp || m.beginCp() >= toCp) continue;
            cuts.add(Math.max(fromCp, m.beginCp()));
            cuts.add(Math.min(toCp, m.endCp()));
        }
        StringBuilder sb = new StringBuilder();
        Set<String> anchored = new LinkedHashSet<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) piece(sb, prev, cut, marks, anchors, anchored);
            prev = cut;
        }
        return sb.toString();
    }

    private void piece(StringBuilder sb, int a, int b, List<Mark> marks, boolean anchors, Set<String> anchored) {
        List<Mark> covering = new ArrayList<>();
        for (Mark m : marks) {
            if (anchors && m.beginCp() == a && anchored.add(m.anchorId())) {
                sb.append("<a class=\"span-anchor\" id=\"").append(Html.esc(m.anchorId())).append("\"></a>");
            }
            if (m.beginCp() <= a && m.endCp() >= b) covering.add(m);
        }
        String words = Html.esc(text.substring(utf16(a), utf16(b)));
        if (covering.isEmpty()) {
            sb.append(words);
            return;
        }
        boolean mention = covering.stream().anyMatch(Mark::mention);
        Set<String> titles = new LinkedHashSet<>();
        covering.forEach(m -> titles.add(m.title()));
        sb.append("<mark class=\"").append(mention ? "mention" : "trigger").append("\" title=\"")
                .append(Html.esc(String.join("; ", titles))).append("\">").append(words).append("</mark>");
    }
}
