package io.triangulate.analysis.place;

import java.text.Normalizer;

/**
 * The one normalisation of place names, shared by the index builder and the lookup: lower case, accents and
 * Arabic/Hebrew vowel marks dropped, Arabic letter variants folded, dots and apostrophes removed, every other
 * non-letter a single space. {@code "U.S."} → {@code "us"}, {@code "Bağdad"} → {@code "bagdad"},
 * {@code "إربيل"} → {@code "اربيل"}, {@code "Wilkes-Barre"} → {@code "wilkes barre"}.
 */
final class Names {
    /** Bump whenever {@link #normalize} or the index layout changes: old cache files are then rebuilt. */
    static final int VERSION = 10;

    private Names() {}

    static String normalize(CharSequence s) {
        String fast = ascii(s);
        if (fast != null) return fast;
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) continue;
            if (c == '.' || c == '\'' || c == '’' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == '´' || c == 'ـ') continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                fold(c, sb);
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** The same result for plain ASCII input, without decomposition; null when the input is not ASCII. */
    private static String ascii(CharSequence s) {
        int n = s.length();
        boolean simple = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) return null;
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) simple = false;
        }
        if (simple) return s.toString();
        StringBuilder sb = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'' || c == '`') continue;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (space && !sb.isEmpty()) sb.append(' ');
                space = false;
                sb.append((char) (c + 32));
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    private static void fold(char c, StringBuilder sb) {
        switch (c) {
            case 'ß' -> sb.append("ss");
            case 'ø', 'Ø' -> sb.append('o');
            case 'đ', 'Đ', 'ð', 'Ð' -> sb.append('d');
            case 'ł', 'Ł' -> sb.append('l');
            case 'æ', 'Æ' -> sb.append("ae");
            case 'œ', 'Œ' -> sb.append("oe");
            case 'ı' -> sb.append('i');
            case 'þ', 'Þ' -> sb.append("th");
            // Arabic letter variants
            case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
            case 'ى' -> sb.append('ي');
            case 'ة' -> sb.append('ه');
            case 'ک' -> sb.append('ك');
            case 'ی' -> sb.append('ي');
            default -> sb.append(Character.toLowerCase(c));
        }
    }

    /** 64-bit FNV-1a of a normalised key. */
    static long hash(CharSequence key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            h ^= (c & 0xff);
            h *= 0x100000001b3L;
            h ^= (c >>> 8);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** True for letters of a cased script (Latin, Greek, Cyrillic, Armenian), where names are capitalised. */
    static boolean casedScript(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.CYRILLIC
                || s == Character.UnicodeScript.GREEK || s == Character.UnicodeScript.ARMENIAN;
    }

    static boolean arabic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }
}
