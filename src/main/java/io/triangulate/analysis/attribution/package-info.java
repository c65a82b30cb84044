/**
 * Who stands behind a sentence (speaker, relaying outlet) and how it is put forward (asserted, reported,
 * speculated, opinion), in English, French, Spanish, German, Italian, Dutch and Arabic.
 *
 * <p>Entry point: {@link io.triangulate.analysis.attribution.AttributionAnalyzer}. Rules are per-language
 * resources ({@code <lang>.lex} beside these classes): reporting verbs, source prepositions, citing words,
 * source nouns, hedges, promotion and appeal cues, each a regular-expression alternative a line. Matching
 * starts only at words whose first letters a section can begin with, so long alternations stay cheap.
 */
package io.triangulate.analysis.attribution;
