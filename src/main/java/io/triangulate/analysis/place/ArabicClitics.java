package io.triangulate.analysis.place;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics glued to names: the conjunctions {@code و} and {@code ف}, the prepositions {@code ب},
 * {@code ل}, {@code ك}, and the article {@code ال} ({@code ببغداد} "in Baghdad", {@code والعراق} "and Iraq",
 * {@code للعراق} "for Iraq"). Works on normalised keys.
 */
final class ArabicClitics {
    private ArabicClitics() {}

    /** Forms of a normalised key with proclitics taken off, most likely first; empty for non-Arabic keys. */
    static List<String> variants(String key) {
        if (key.length() < 3 || !Names.arabic(key.charAt(0))) return List.of();
        List<String> out = new ArrayList<>(4);
        String s = key;
        if (s.charAt(0) == 'و' || s.charAt(0) == 'ف') {
            s = s.substring(1);
            out.add(s);
        }
        if (s.length() > 2 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ك' || s.charAt(0) == 'ل')) {
            String t = s.substring(1);
            if (s.charAt(0) == 'ل' && t.startsWith("ل")) out.add("ا" + t); // لل = ل + ال
            out.add(t);
            s = t;
        }
        if (s.startsWith("ال") && s.length() > 3) out.add(s.substring(2));
        else if (s.length() > 2) out.add("ال" + s);
        out.removeIf(v -> v.length() < 2 || v.equals(key));
        return out;
    }
}
