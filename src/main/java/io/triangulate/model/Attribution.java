package io.triangulate.model;

/**
 * Who stands behind a statement.
 *
 * @param speaker  the original source ("Iraqi security source", "police", "Reuters"), null for the outlet's own voice
 * @param via      the outlet or account that relayed it ("Al-Arabiya", "@AlArabiya_Brk"), nullable
 * @param modality how the article puts it forward
 */
public record Attribution(String speaker, String via, Modality modality) {
    public static final Attribution OWN_VOICE = new Attribution(null, null, Modality.ASSERTED);

    public Attribution {
        if (modality == null) modality = Modality.ASSERTED;
    }
}
