package io.triangulate.analysis.place;

/** The gazetteer data cannot be had: no network, a checksum mismatch, an unwritable cache. The message says which. */
public final class GazetteerUnavailableException extends RuntimeException {
    public GazetteerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
