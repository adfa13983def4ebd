package org.diplokg.lang;

/**
 * A half-open range {@code [begin, end)} of UTF-16 indices into an article's text.
 * Stages pass these around; only the RDF mapper converts them to code-point offsets.
 */
public record TextSpan(int begin, int end) implements Comparable<TextSpan> {
    public TextSpan {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + "," + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(TextSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return begin < other.end && other.begin < end;
    }

    @Override
    public int compareTo(TextSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
