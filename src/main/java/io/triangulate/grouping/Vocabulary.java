package io.triangulate.grouping;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Dimension ids and online document frequencies for the stream seen so far. Not thread-safe: the grouper
 * owns one. The number of distinct keys is capped; past the cap new keys share one overflow dimension
 * per hash bucket, so memory stays bounded on an endless stream.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private int[] df = new int[1024];
    private long docs;
    private final int maxKeys;

    Vocabulary(int maxKeys) { this.maxKeys = maxKeys; }

    int id(String key) {
        Integer id = ids.get(key);
        if (id != null) return id;
        if (ids.size() >= maxKeys) return maxKeys + Math.floorMod(key.hashCode(), 4096);
        int n = ids.size();
        ids.put(key, n);
        return n;
    }

    /** Id of a key without adding it; -1 when unknown. */
    int peek(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    void countDocument(Iterable<Integer> distinctIds) {
        docs++;
        for (int id : distinctIds) {
            if (id >= df.length) df = Arrays.copyOf(df, Math.max(id + 1, df.length * 2));
            df[id]++;
        }
    }

    int df(int id) { return id < df.length ? df[id] : 0; }

    long documents() { return docs; }

    /** Smoothed inverse document frequency. */
    double idf(int id) { return Math.log((docs + 1.0) / (df(id) + 0.5)); }

    int size() { return ids.size(); }
}
