package io.triangulate.model;

/** A problem with one input: the input it names and why it was skipped or degraded. */
public record Warning(String input, String message) {
    @Override public String toString() { return input + ": " + message; }
}
