package io.triangulate.analysis.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multi-token phrases keyed by their first token, matched longest first against a token list. */
final class PhraseSet<V> {
    record Entry<V>(String[] words, V value) {}

    record Match<V>(int end, V value) {}

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

    void add(String phrase, V value) {
        String[] words = phrase.trim().split("\\s+");
        List<Entry<V>> l = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
        l.add(new Entry<>(words, value));
        l.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().length));
    }

    boolean isEmpty() { return byFirst.isEmpty(); }

    boolean startsWith(String norm) { return byFirst.containsKey(norm); }

    java.util.Set<String> firstWords() { return byFirst.keySet(); }

    /** The longest phrase starting at token {@code i}, or null. Punctuation tokens match themselves. */
    Match<V> match(List<Token> tokens, int i) {
        if (i >= tokens.size()) return null;
        List<Entry<V>> l = byFirst.get(tokens.get(i).norm());
        if (l == null) return null;
        outer:
        for (Entry<V> e : l) {
            String[] w = e.words();
            if (i + w.length > tokens.size()) continue;
            for (int k = 1; k < w.length; k++) {
                if (!tokens.get(i + k).norm().equals(w[k])) continue outer;
            }
            return new Match<>(i + w.length, e.value());
        }
        return null;
    }
}
