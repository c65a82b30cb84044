package io.triangulate.reconcile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distances that place an event from a landmark ("about 50 miles north of Baghdad", "less than a hundred
 * kilometres further north"), read as an interval in kilometres with a compass direction, so that two
 * articles' phrasings can be compared: they agree when the intervals overlap and the directions do not
 * differ. Hedges widen the interval: "about"/"some"/"nearly" ±15%, "less than"/"under"/"within" from 0,
 * "more than"/"over" open above; a bare figure ±5%. English phrasing only.
 */
final class Distances {
    /** A distance as compared: bounds in km, the direction (null when none), and the phrase as written. */
    record Offset(double minKm, double maxKm, String direction, String text) {
        String key() {
            return String.format(Locale.ROOT, "%.0f-%s km %s", minKm, Double.isInfinite(maxKm) ? "" : String.format(Locale.ROOT, "%.0f", maxKm),
                    direction == null ? "" : direction).strip();
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("a hundred", 100),
            Map.entry("one hundred", 100), Map.entry("hundred", 100), Map.entry("two hundred", 200));

    private static final Pattern DISTANCE = Pattern.compile(
            "(?i)\\b(about|around|some|roughly|approximately|nearly|almost|less than|under|within|up to|more than|over)?\\s*"
                    + "(\\d+(?:[.,]\\d+)?|a hundred|one hundred|two hundred|hundred|[a-z]+)\\s*"
                    + "(miles?|mi|kilometers?|kilometres?|km)\\b"
                    + "(?:\\s+(?:further|farther|to the))?"
                    + "(?:\\s+(north(?:east|west)?|south(?:east|west)?|east|west))?");

    private Distances() {}

    /** The first distance phrase in a sentence, or null. */
    static Offset in(String sentence) {
        Matcher m = DISTANCE.matcher(sentence);
        while (m.find()) {
            Double n = number(m.group(2));
            if (n == null || n <= 0) continue;
            double km = m.group(3).toLowerCase(Locale.ROOT).startsWith("mi") ? n * 1.609344 : n;
            String hedge = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            double lo, hi;
            switch (hedge) {
                case "about", "around", "some", "roughly", "approximately" -> { lo = km * 0.85; hi = km * 1.15; }
                case "nearly", "almost" -> { lo = km * 0.85; hi = km; }
                case "less than", "under", "within", "up to" -> { lo = 0; hi = km; }
                case "more than", "over" -> { lo = km; hi = Double.POSITIVE_INFINITY; }
                default -> { lo = km * 0.95; hi = km * 1.05; }
            }
            String dir = m.group(4) == null ? null : m.group(4).toLowerCase(Locale.ROOT);
            return new Offset(lo, hi, dir, m.group().strip());
        }
        return null;
    }

    /** Two distances agree when their intervals overlap and their directions, where both are given, are the same. */
    static boolean compatible(Offset a, Offset b) {
        boolean overlap = a.minKm() <= b.maxKm() && b.minKm() <= a.maxKm();
        boolean sameWay = a.direction() == null || b.direction() == null || a.direction().equals(b.direction());
        return overlap && sameWay;
    }

    private static Double number(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        if (Character.isDigit(t.charAt(0))) {
            try {
                return Double.parseDouble(t.replace(',', '.'));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Integer w = WORDS.get(t);
        return w == null || t.equals("a") ? null : w.doubleValue();
    }
}
