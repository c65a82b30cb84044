package io.triangulate.analysis.figures;

/**
 * One token of a text: a word (letters, digits, inner hyphens and apostrophes, digit groups such as
 * {@code 1,000}) or a single punctuation character.
 *
 * @param text  as written
 * @param norm  normalised for lexicon look-up (see {@link Lexicon#norm(String)})
 * @param start offset in the text
 * @param end   offset after
 * @param word  true for words and numbers, false for punctuation
 */
record Token(String text, String norm, int start, int end, boolean word) {
    boolean digits() {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != ',') return false;
        }
        return true;
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
