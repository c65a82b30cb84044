package io.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte-level checks shared by the readers: size limits, binary detection, strict UTF-8 decoding. */
final class Bytes {
    private Bytes() {}

    /** How many leading bytes the binary check looks at. */
    static final int SNIFF = 8192;

    /**
     * Reads at most {@code limit} bytes; if the stream holds more, the rest is drained (never stored)
     * and {@link BadInput} is thrown.
     */
    static byte[] readBounded(InputStream in, long limit) throws IOException, BadInput {
        byte[] buf = new byte[(int) Math.min(limit + 1, 64 * 1024)];
        int len = 0;
        for (int n; (n = in.read(buf, len, buf.length - len)) > 0; ) {
            len += n;
            if (len > limit) {
                long total = len + in.transferTo(OutputStreamSink.INSTANCE);
                throw new BadInput(tooLarge(total, limit));
            }
            if (len == buf.length) buf = Arrays.copyOf(buf, (int) Math.min(limit + 1, (long) buf.length * 2));
        }
        return Arrays.copyOf(buf, len);
    }

    static String tooLarge(long size, long limit) {
        String h = human(limit);
        return "too large: " + size + " bytes, over the limit of " + limit + " bytes" + (h.endsWith("bytes") ? "" : " (" + h + ")");
    }

    static String human(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) return (bytes >> 20) + " MB";
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) return (bytes >> 10) + " KB";
        return bytes + " bytes";
    }

    /** Rejects data that looks binary: any NUL byte, or more than 10% control bytes in the first {@value #SNIFF}. */
    static void checkText(byte[] b, int off, int len) throws BadInput {
        int end = off + Math.min(len, SNIFF);
        int control = 0;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == 0) throw new BadInput("binary file (contains NUL bytes), not text");
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) control++;
            else if (c == 0x7f) control++;
        }
        int n = end - off;
        if (n > 0 && control * 10 > n) {
            throw new BadInput("binary file (" + (control * 100 / n) + "% control bytes), not text");
        }
    }

    /** Decodes strict UTF-8 (a leading byte-order mark is dropped), naming the offset of the first bad byte. */
    static String utf8(byte[] b, int off, int len) throws BadInput {
        if (len >= 3 && (b[off] & 0xff) == 0xEF && (b[off + 1] & 0xff) == 0xBB && (b[off + 2] & 0xff) == 0xBF) {
            off += 3;
            len -= 3;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, off, len);
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new BadInput("invalid UTF-8 at byte " + (in.position() - off) + " (is the file in another encoding?)");
        }
        r = dec.flush(out);
        if (r.isError()) throw new BadInput("invalid UTF-8 at the end of the input");
        out.flip();
        return out.toString();
    }

    /** True when the text holds nothing but white space (including no-break and zero-width spaces). */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') return false;
        }
        return true;
    }

    /** A sink that discards everything written to it. */
    static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();
        @Override public void write(int b) {}
        @Override public void write(byte[] b, int off, int len) {}
    }
}
