package io.triangulate.ingest;

/** An input that cannot be accepted; the message is the one-line reason shown to the user. */
class BadInput extends Exception {
    BadInput(String reason) { super(reason, null, false, false); }
}
