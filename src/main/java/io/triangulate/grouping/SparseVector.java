package io.triangulate.grouping;

import java.util.Arrays;
import java.util.Map;

/** An immutable sparse vector: sorted dimension ids with weights, usually L2-normalised. */
record SparseVector(int[] ids, float[] weights) {
    static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    /** Builds a unit vector from id → raw weight, keeping at most {@code maxDims} heaviest dimensions. */
    static SparseVector of(Map<Integer, Double> raw, int maxDims) {
        if (raw.isEmpty()) return EMPTY;
        var entries = raw.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(maxDims).toList();
        int n = entries.size();
        int[] ids = new int[n];
        double norm = 0;
        for (var e : entries) norm += e.getValue() * e.getValue();
        norm = Math.sqrt(norm);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(entries.get(a).getKey(), entries.get(b).getKey()));
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            var e = entries.get(order[i]);
            ids[i] = e.getKey();
            w[i] = (float) (norm == 0 ? 0 : e.getValue() / norm);
        }
        return new SparseVector(ids, w);
    }

    int size() { return ids.length; }

    /**
     * Dot product (cosine for unit vectors). The merge of the two sorted id lists advances without a data-dependent
     * branch (the comparisons become increments), which the grouper's candidate scoring spends most of its time in.
     */
    double dot(SparseVector o) {
        int[] a = ids, b = o.ids;
        float[] wa = weights, wb = o.weights;
        int i = 0, j = 0, na = a.length, nb = b.length;
        double s = 0;
        while (i < na && j < nb) {
            int x = a[i], y = b[j];
            if (x == y) s += wa[i] * wb[j];
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return s;
    }

    /** Number of shared dimensions. */
    int shared(SparseVector o) { return Scorer.intersect(ids, o.ids); }
}
