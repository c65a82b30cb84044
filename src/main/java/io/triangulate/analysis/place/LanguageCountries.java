package io.triangulate.analysis.place;

import java.util.Map;
import java.util.Set;

/** The countries where each language of the analysis is an official or majority language of the press. */
final class LanguageCountries {
    /** Score added to a town in one of the text language's countries (in log10-population units). */
    static final double BONUS = 0.7;

    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            "en", Set.of("US", "GB", "CA", "AU", "NZ", "IE", "ZA", "IN", "PK", "NG", "KE", "GH", "PH", "SG", "JM", "UG", "ZW", "ZM"),
            "fr", Set.of("FR", "BE", "CH", "CA", "LU", "MC", "SN", "CI", "ML", "BF", "NE", "TD", "CM", "CD", "CG", "GA", "DZ", "MA", "TN", "HT", "MG", "RE", "BJ", "TG", "GN"),
            "es", Set.of("ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR"),
            "de", Set.of("DE", "AT", "CH", "LI", "LU"),
            "it", Set.of("IT", "CH", "SM", "VA"),
            "nl", Set.of("NL", "BE", "SR"),
            "ar", Set.of("IQ", "SY", "LB", "JO", "SA", "AE", "KW", "QA", "BH", "OM", "YE", "EG", "LY", "TN", "DZ", "MA", "SD", "PS", "MR"));

    private LanguageCountries() {}

    static Set<String> of(String language) {
        if (language == null) return Set.of();
        String l = language.length() > 2 ? language.substring(0, 2) : language;
        return BY_LANGUAGE.getOrDefault(l.toLowerCase(java.util.Locale.ROOT), Set.of());
    }
}
