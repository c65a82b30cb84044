package io.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines from a stream, each at most {@code limit} bytes; a longer line is skipped to its end
 * without being stored and reported as {@link Line#overflow()}.
 */
final class LineReader {
    /** One line (without its terminator); {@code length} is the full length even when overflowed. */
    record Line(byte[] bytes, long length, long number, boolean overflow) {}

    private final InputStream in;
    private final long limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos, end;
    private long number;
    private byte[] line = new byte[1024];

    LineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at end of input. */
    Line next() throws IOException {
        int len = 0;
        long total = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') pos++;
            int n = pos - start;
            total += n;
            if (total <= limit) {
                if (len + n > line.length) line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
                System.arraycopy(buf, start, line, len, n);
                len += n;
            }
            if (pos < end) { // found the newline
                pos++;
                break;
            }
        }
        number++;
        boolean overflow = total > limit;
        if (!overflow && len > 0 && line[len - 1] == '\r') len--;
        return new Line(overflow ? new byte[0] : Arrays.copyOf(line, len), overflow ? total : len, number, overflow);
    }
}
