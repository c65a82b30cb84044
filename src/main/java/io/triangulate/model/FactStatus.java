package io.triangulate.model;

/** The state of one field across the articles of an event. */
public enum FactStatus {
    /** several articles, one value */
    AGREED,
    /** articles give incompatible values */
    CONFLICT,
    /** a later article revises an earlier figure */
    UPDATED,
    /** one article */
    SINGLE;

    @com.fasterxml.jackson.annotation.JsonValue
    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
