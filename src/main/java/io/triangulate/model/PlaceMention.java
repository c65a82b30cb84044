package io.triangulate.model;

/**
 * A place name in a text, resolved to a gazetteer entry.
 *
 * @param start    offset of the mention
 * @param end      offset after the mention
 * @param text     the text as written ("بغداد", "Bagdad", "the Iraqi capital")
 * @param place    the resolved entry
 * @param facility a facility named with it ("Balad air base", "U.S. Embassy"), nullable
 * @param demonym  true when the text is an adjective or demonym ("Iraqi", "American"): not an event location
 * @param score    confidence of the resolution in [0,1]
 */
public record PlaceMention(int start, int end, String text, Place place, String facility, boolean demonym, double score) {
}
