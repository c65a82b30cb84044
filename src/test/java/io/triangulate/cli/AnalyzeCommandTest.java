package io.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code triangulate analyze} as a user runs it: a child JVM, real exit codes, results on standard output,
 * one line per bad input on standard error, the rest of the batch processed.
 */
class AnalyzeCommandTest {
    record Run(int exit, String out, String err) {}

    @TempDir static Path dir;

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "io.triangulate.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "analyze finished");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void inputs() throws IOException {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(batch.resolve("a-good.txt"), "date 2024-05-11\nTwo people were wounded in a shooting in "
                + "Springfield, Illinois, on Friday night, police said.\n");
        Files.writeString(batch.resolve("b-empty.txt"), "");
        Files.write(batch.resolve("c-binary.txt"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0, 0x08});
        Files.write(batch.resolve("d-latin1.txt"), "Caf\u00e9 incendi\u00e9 \u00e0 Li\u00e8ge".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("e-lines.jsonl"), "{\"id\": \"j1\", \"text\": \"A man was shot dead in Dayton, Ohio, on Sunday.\", \"published\": \"2024-05-13\"}\n"
                + "{not json\n{\"id\": \"j3\"}\n");
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "  \n");
    }

    @Test
    void badInputsAreSkippedWithOneLineEachAndTheRestIsProcessed() throws Exception {
        Run r = run("analyze", dir.resolve("batch").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = Json.mapper().readTree(r.out());
        List<String> ids = new ArrayList<>();
        doc.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(List.of("a-good", "j1"), ids.stream().sorted().toList());
        List<String> warned = new ArrayList<>();
        doc.get("warnings").forEach(w -> warned.add(w.get("input").asText()));
        for (String name : List.of("b-empty.txt", "c-binary.txt", "d-latin1.txt", "e-lines.jsonl:2", "e-lines.jsonl:3")) {
            assertTrue(warned.stream().anyMatch(w -> w.endsWith(name)), name + " warned: " + warned);
            assertTrue(r.err().lines().anyMatch(l -> l.contains(name)), name + " on stderr: " + r.err());
        }
        assertTrue(r.err().lines().allMatch(l -> !l.isBlank() && !l.startsWith("\tat ")), "one line each, no stack traces: " + r.err());
        assertFalse(r.out().contains("triangulate:"), "nothing but the result on stdout");
    }

    @Test
    void nothingProcessedExitsOne() throws Exception {
        Run r = run("analyze", dir.resolve("bad").toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        assertTrue(r.err().contains("empty.txt"), r.err());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Run unknown = run("analyze", "--colour", dir.resolve("batch").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--colour"), unknown.err());
        assertEquals("", unknown.out());
        Run format = run("analyze", "--format", "yaml", dir.resolve("batch").toString());
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("yaml"), format.err());
        assertEquals(2, run("analyze").exit(), "a PATH is required");
    }

    @Test
    void textReportReadsAsAReport() throws Exception {
        Run r = run("analyze", "--format", "text", dir.resolve("batch").resolve("a-good.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Triangulate: 1 article, 1 story"), r.out());
        assertTrue(r.out().contains("STORY s1"), r.out());
        assertTrue(r.out().contains("Springfield"), r.out());
        assertTrue(r.out().contains("2024-05-10"), "Friday night before 2024-05-11: " + r.out());
    }
}
