package io.triangulate.analysis.language;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** ISO 639-3 (and 639-2/T) codes to ISO 639-1, from the JDK's tables plus the model's individual-language codes. */
final class Iso639 {
    private static final Map<String, String> PART1 = new HashMap<>();

    static {
        for (String two : Locale.getISOLanguages()) {
            try {
                PART1.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // a two-letter code without a three-letter one: nothing to map
            }
        }
        // individual languages the model uses where ISO 639-1 has the macrolanguage
        PART1.put("cmn", "zh");
        PART1.put("pes", "fa");
        PART1.put("lvs", "lv");
        PART1.put("ekk", "et");
        PART1.put("zsm", "ms");
        PART1.put("pnb", "pa");
        PART1.put("plt", "mg");
        PART1.put("arb", "ar");
        PART1.put("swh", "sw");
        PART1.put("gsw", "de"); // Swiss German is written news German's neighbour; no code of its own in 639-1
        // ISO 639-2/B codes, in case a caller passes them
        PART1.put("fre", "fr");
        PART1.put("ger", "de");
        PART1.put("dut", "nl");
        PART1.put("chi", "zh");
        PART1.put("per", "fa");
        PART1.put("alb", "sq");
        PART1.put("arm", "hy");
        PART1.put("geo", "ka");
        PART1.put("gre", "el");
        PART1.put("cze", "cs");
        PART1.put("slo", "sk");
        PART1.put("rum", "ro");
        PART1.put("baq", "eu");
        PART1.put("ice", "is");
        PART1.put("mac", "mk");
        PART1.put("may", "ms");
        PART1.put("bur", "my");
        PART1.put("wel", "cy");
        PART1.put("tib", "bo");
    }

    private Iso639() {}

    /** The two-letter code, or the given code itself when the language has none (e.g. {@code ceb}, {@code war}). */
    static String toPart1(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        if (c.length() == 2) return c;
        return PART1.getOrDefault(c, c);
    }
}
