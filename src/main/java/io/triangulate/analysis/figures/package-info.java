/**
 * Counted figures in news text: killed, injured, arrested, missing, kidnapped, weapons and other counted
 * groups, in English, French, Spanish, German, Italian, Dutch and Arabic.
 *
 * <p>Entry points: {@link io.triangulate.analysis.figures.FigureExtractor} (figures of a text, and the
 * killed/injured an article implies) and {@link io.triangulate.analysis.figures.NumberWords} (cardinals in
 * digits or words). Everything else is package-private.
 *
 * <p>How it works: a text is split into tokens; per-language lexicons ({@code <lang>.lex} resources beside
 * these classes, format documented in {@code en.lex}) supply number words, hedges, vague quantities,
 * casualty phrases placed after a counted group ("were shot dead", "Tote", "قتلى") or before it
 * ("killing", "tuant", "مقتل"), negatives, person nouns, weapon nouns with their canonical English names,
 * and the context words that make a number not a count (units, months, currencies). Passes run in order
 * over unclaimed tokens: negatives, multiples ("double homicide"), counted groups, singular passives,
 * casualty verbs before names.
 */
package io.triangulate.analysis.figures;
