package io.triangulate.model;

/** How an article puts a statement forward. Only ASSERTED and REPORTED statements become facts. */
public enum Modality {
    /** the outlet's own voice, stated as fact */
    ASSERTED,
    /** someone else's words, attributed ("police said", "according to Reuters") */
    REPORTED,
    /** hedged or conjectural ("may have been", "it's not hard to imagine") */
    SPECULATED,
    /** editorial opinion, promotion or appeal */
    OPINION;

    public boolean factual() { return this == ASSERTED || this == REPORTED; }
}
