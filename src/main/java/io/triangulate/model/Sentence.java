package io.triangulate.model;

/**
 * A sentence of the cleaned text.
 *
 * @param index       position in the article, from 0
 * @param start       offset of the first character in the cleaned text
 * @param end         offset after the last character
 * @param text        the sentence text (equal to cleanedText.substring(start, end))
 * @param attribution who says it and how
 * @param quoted      true for an embedded post or a quotation kept as an attributed statement
 */
public record Sentence(int index, int start, int end, String text, Attribution attribution, boolean quoted) {
    public Sentence withAttribution(Attribution a) { return new Sentence(index, start, end, text, a, quoted); }
}
