package io.triangulate.analysis.eventtype;

/**
 * One word of the text: lower-cased form, stem, sentence number and global index.
 *
 * @param raw      the lower-cased word as written
 * @param stem     its stem in the text's language
 * @param sentence 0 for the first sentence (or headline)
 * @param index    position among all tokens of the text
 */
record Token(String raw, String stem, int sentence, int index) {}
