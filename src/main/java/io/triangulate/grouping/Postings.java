package io.triangulate.grouping;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * Stories by dimension id, for finding candidates. Vocabulary ids are dense and bounded (see {@link Vocabulary}),
 * so the lists sit in an array indexed by id: a lookup is one array read, with no hashing or boxing, however
 * large the stream's vocabulary grows.
 */
final class Postings {
    @SuppressWarnings("unchecked")
    private ArrayList<StoryState>[] lists = new ArrayList[1024];
    private int keys;

    /** The stories under {@code id}, or null when none. */
    ArrayList<StoryState> get(int id) { return id >= 0 && id < lists.length ? lists[id] : null; }

    void add(int id, StoryState s) {
        if (id < 0) throw new IllegalArgumentException("dimension id must be ≥ 0, not " + id);
        if (id >= lists.length) lists = Arrays.copyOf(lists, Math.max(id + 1, lists.length * 2));
        ArrayList<StoryState> l = lists[id];
        if (l == null) {
            lists[id] = l = new ArrayList<>(4);
            keys++;
        }
        l.add(s);
    }

    /** Removes the story from the list under {@code id} (the list's last entry takes its place). */
    void remove(int id, StoryState s) {
        ArrayList<StoryState> l = get(id);
        if (l == null) return;
        int i = l.indexOf(s);
        if (i >= 0) {
            int last = l.size() - 1;
            l.set(i, l.get(last));
            l.remove(last);
        }
        if (l.isEmpty()) {
            lists[id] = null;
            keys--;
        }
    }

    /** Whether no story is held under any id. */
    boolean isEmpty() { return keys == 0; }

    /** Number of ids with at least one story. */
    int size() { return keys; }
}
