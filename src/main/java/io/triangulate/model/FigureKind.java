package io.triangulate.model;

/** What a number in a text counts. */
public enum FigureKind {
    KILLED, INJURED, ARRESTED, MISSING, KIDNAPPED,
    /** weapons or projectiles: "two Katyusha rockets" */
    WEAPON,
    /** any other counted people or things of interest ("thousands of fighters") */
    OTHER;

    public String field() { return name().toLowerCase(java.util.Locale.ROOT); }
}
