package io.triangulate.clean;

/**
 * Something dropped from an article because it is not reporting.
 *
 * @param text   the text removed
 * @param reason why, e.g. {@code promotion}, {@code poll}, {@code subscription boilerplate}
 */
public record Removed(String text, String reason) {}
