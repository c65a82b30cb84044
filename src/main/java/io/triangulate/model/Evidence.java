package io.triangulate.model;

/**
 * A sentence that gives a value.
 *
 * @param article     article id
 * @param text        the sentence
 * @param start       offset of the sentence in the article's cleaned text
 * @param end         offset after
 * @param attribution who says it and how
 */
public record Evidence(String article, String text, int start, int end, Attribution attribution) {
}
