package io.triangulate.clean;

/**
 * One paragraph of the cleaned text.
 *
 * @param start  offset of its first character in {@link Cleaned#text()}
 * @param end    offset after its last character
 * @param kind   reporting, an embedded social-media post, or a paragraph that is one quotation
 * @param author for an embedded post the account ({@code @handle}, or the display name when no handle is
 *               given); for a quotation the speaker named right after it when there is one; else null
 */
public record Block(int start, int end, Kind kind, String author) {
    /** What a paragraph is. */
    public enum Kind { PARAGRAPH, EMBEDDED_POST, QUOTE }
}
