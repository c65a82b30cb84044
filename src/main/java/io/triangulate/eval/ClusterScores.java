package io.triangulate.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * B-cubed and pairwise precision, recall and F1 of a clustering against gold classes. Items missing from
 * either side are ignored; a subset of items (a split) is scored by restricting both clusterings to it.
 *
 * @param bcubedP  B-cubed precision
 * @param bcubedR  B-cubed recall
 * @param bcubedF1 B-cubed F1
 * @param pairP    pairwise precision (1 when no pair is predicted)
 * @param pairR    pairwise recall (1 when the gold has no pair)
 * @param pairF1   pairwise F1
 * @param items    number of items scored
 */
public record ClusterScores(double bcubedP, double bcubedR, double bcubedF1, double pairP, double pairR, double pairF1,
                            int items) {

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → class) on the items {@code include} accepts. */
    public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold, Predicate<String> include) {
        Map<String, Integer> predSize = new HashMap<>(), goldSize = new HashMap<>(), both = new HashMap<>();
        int n = 0;
        for (var e : gold.entrySet()) {
            String item = e.getKey();
            String p = predicted.get(item);
            if (p == null || !include.test(item)) continue;
            n++;
            predSize.merge(p, 1, Integer::sum);
            goldSize.merge(e.getValue(), 1, Integer::sum);
            both.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
        }
        if (n == 0) return new ClusterScores(0, 0, 0, 0, 0, 0, 0);
        double bp = 0, br = 0;
        for (var e : gold.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null || !include.test(e.getKey())) continue;
            int inter = both.get(p + "\u0000" + e.getValue());
            bp += (double) inter / predSize.get(p);
            br += (double) inter / goldSize.get(e.getValue());
        }
        bp /= n;
        br /= n;
        long tp = 0, pp = 0, gp = 0;
        for (int c : both.values()) tp += (long) c * (c - 1) / 2;
        for (int c : predSize.values()) pp += (long) c * (c - 1) / 2;
        for (int c : goldSize.values()) gp += (long) c * (c - 1) / 2;
        double pwP = pp == 0 ? 1 : (double) tp / pp, pwR = gp == 0 ? 1 : (double) tp / gp;
        return new ClusterScores(bp, br, f1(bp, br), pwP, pwR, f1(pwP, pwR), n);
    }

    static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
