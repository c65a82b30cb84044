package io.triangulate.analysis.eventtype;

import java.util.List;
import java.util.Set;

/**
 * One lexicon entry: a word pattern that signals one or more concepts with a weight.
 *
 * @param concepts what the phrase signals
 * @param weight   how strongly (1 = a clear trigger)
 * @param parts    the pattern, one element per word or gap
 * @param source   the entry as written, for explanations
 * @param length   number of word parts (gaps excluded)
 * @param conceptArray the concepts, as an array for fast iteration
 */
record Cue(Set<Concept> concepts, double weight, List<Part> parts, String source, int length, Concept[] conceptArray) {
    Cue(Set<Concept> concepts, double weight, List<Part> parts, String source) {
        this(Set.copyOf(concepts), weight, List.copyOf(parts), source,
                (int) parts.stream().filter(p -> !(p instanceof Gap)).count(),
                concepts.stream().sorted().toArray(Concept[]::new));
    }

    /** One element of a cue pattern. */
    sealed interface Part permits Stem, Exact, Prefix, Contains, AnyOf, Gap {}

    /** A word whose stem equals the entry's stem. */
    record Stem(String stem) implements Part {}

    /** A word exactly as written (lower-cased): {@code =firefight}, where stems would conflate. */
    record Exact(String text) implements Part {}

    /** A word (as written, lower-cased) starting with the text: {@code raket*}. */
    record Prefix(String text) implements Part {}

    /** A word containing the text: {@code *granat*}, for compounds. */
    record Contains(String text) implements Part {}

    /**
     * One member of a named word class ({@code @THROW} for throw, hurl, pelt…; a member may be a phrase,
     * {@code set_up}): one cue stands for every combination of its classes, so a synonym added to a class
     * serves every phrase that uses it. Members are stem sequences, the longest first.
     */
    record AnyOf(String name, List<List<Stem>> alternatives) implements Part {
        @Override public String toString() {
            return "@" + name;
        }
    }

    /** Up to {@code max} words of any kind: {@code ~3}. */
    record Gap(int max) implements Part {}

    boolean matchesWord(Part p, Token t) {
        return switch (p) {
            case Stem s -> s.stem().equals(t.stem());
            case Exact x -> x.text().equals(t.raw());
            case Prefix x -> t.raw().startsWith(x.text());
            case Contains x -> t.raw().contains(x.text());
            case AnyOf a -> throw new IllegalArgumentException("a word class matches in Lexicon, not word by word");
            case Gap g -> true;
        };
    }

    /** Number of word parts (gaps excluded): longer cues win over shorter ones at the same place. */
    @Override public int length() {
        return length;
    }
}
