package io.triangulate.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The project's fixed tuning / held-out split: an item is held out when the SHA-256 of its key
 * (document id, incident id, topic…) falls in the last fifth. Nobody tunes rules on held-out items;
 * every evaluation reports both parts.
 */
public final class Split {
    private Split() {}

    public static boolean heldOut(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            int v = ((h[0] & 0xff) << 8) | (h[1] & 0xff);
            return v % 5 == 4;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
