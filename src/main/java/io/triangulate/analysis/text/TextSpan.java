package io.triangulate.analysis.text;

/**
 * A span of a text: {@code text.substring(start, end)}.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    /** The spanned text. */
    public String of(CharSequence text) { return text.subSequence(start, end).toString(); }
}
