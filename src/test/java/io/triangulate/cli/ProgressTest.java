package io.triangulate.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class ProgressTest {
    @Test void plainLinesCarryCountRateAndEta() {
        Progress p = new Progress(new PrintStream(new ByteArrayOutputStream()), "ingest", 200, false);
        p.step(50);
        String line = p.line(System.nanoTime());
        assertTrue(line.matches("triangulate: ingest 50/200 \\(25%\\), [0-9.]+/s, elapsed \\d+s, ETA .+"), line);
    }

    @Test void terminalBarRedrawsInPlace() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), "ingest", 10, true);
        p.step(10);
        String bar = p.line(System.nanoTime());
        assertTrue(bar.contains("[##############################] 100% 10/10"), bar);
        p.finish("done");
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r"), out);
        assertTrue(out.endsWith("triangulate: done" + System.lineSeparator()), out);
    }

    @Test void durationsAreShort() {
        assertEquals("59s", Progress.duration(59));
        assertEquals("2m05s", Progress.duration(125));
        assertEquals("1h01m", Progress.duration(3660));
    }
}
