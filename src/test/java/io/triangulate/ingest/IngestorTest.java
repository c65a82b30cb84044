package io.triangulate.ingest;

import io.triangulate.model.Article;
import io.triangulate.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class IngestorTest {
    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static IngestResult read(Path... paths) {
        List<String> ps = new ArrayList<>();
        for (Path p : paths) ps.add(p.toString());
        return Ingestor.create().readAll(ps, InputFormat.AUTO);
    }

    private static Warning only(IngestResult r) {
        assertEquals(1, r.warnings().size(), () -> "warnings: " + r.warnings());
        return r.warnings().get(0);
    }

    @Test void textFileWithDateLineGluedToText() throws IOException {
        Path p = write("017_storm.txt", " date 2021-03-05 Heavy rain flooded parts of Lyon on Friday.\n\nRoads were closed.\n");
        IngestResult r = read(p);
        assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
        Article a = r.articles().get(0);
        assertEquals("017_storm", a.id());
        assertEquals(LocalDate.of(2021, 3, 5), a.published());
        assertEquals("Heavy rain flooded parts of Lyon on Friday.\n\nRoads were closed.", a.text());
        assertEquals(p.toString(), a.origin());
    }

    @Test void textFileWithDateLineAlone() throws IOException {
        Article a = read(write("a.txt", "date 2019-12-31\nProtesters gathered in Basra.")).articles().get(0);
        assertEquals(LocalDate.of(2019, 12, 31), a.published());
        assertEquals("Protesters gathered in Basra.", a.text());
    }

    @Test void textFileWithoutDateLine() throws IOException {
        Article a = read(write("b.txt", "The date of the vote was not set.\nMore text.")).articles().get(0);
        assertNull(a.published());
        assertTrue(a.text().startsWith("The date of the vote"));
    }

    @Test void impossibleDateIsWarnedAndArticleKept() throws IOException {
        IngestResult r = read(write("c.txt", "date 2020-13-45\nA fire broke out in Mosul."));
        assertEquals(1, r.articles().size());
        assertNull(r.articles().get(0).published());
        assertTrue(only(r).message().contains("impossible date"));
    }

    @Test void directoryIsReadRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
        write("d/b.txt", "Second article text.");
        write("d/a.txt", "First article text.");
        write("d/sub/c.txt", "Third article text.");
        write("d/.DS_Store", "junk");
        IngestResult r = read(dir.resolve("d"));
        assertEquals(List.of("a", "b", "c"), r.articles().stream().map(Article::id).toList());
        assertTrue(r.warnings().isEmpty());
    }

    @Test void jsonlWithAllFieldsAndUnknownOnes() throws IOException {
        Path p = write("batch.jsonl", """
                {"id":"x1","text":"Two rockets hit Balad.","title":"Rockets","published":"2020-01-04T19:30:00Z","url":"https://example.org/a","source":"Example News","language":"EN","extra":{"a":1}}

                {"id":"x2","text":"A bridge collapsed in Genoa.","published":"2018-08-14"}
                """);
        IngestResult r = read(p);
        assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
        Article a = r.articles().get(0);
        assertEquals("x1", a.id());
        assertEquals("Rockets", a.title());
        assertEquals(LocalDate.of(2020, 1, 4), a.published());
        assertEquals("https://example.org/a", a.url());
        assertEquals("Example News", a.source());
        assertEquals("en", a.language());
        assertEquals(p + ":1", a.origin());
        assertEquals(p + ":3", r.articles().get(1).origin());
    }

    @Test void malformedJsonlLinesAreWarnedAndTheRestRead() throws IOException {
        Path p = write("bad.jsonl", String.join("\n",
                "{\"id\":\"ok1\",\"text\":\"Fine.\"}",
                "{\"id\":\"broken\",\"text\":",
                "{\"text\":\"no id\"}",
                "{\"id\":\"no-text\"}",
                "{\"id\":[1],\"text\":\"array id\"}",
                "{\"id\":\"t\",\"text\":42}",
                "{\"id\":\"d\",\"text\":\"Bad date.\",\"published\":\"last Tuesday\"}",
                "[1,2]",
                "{\"id\":\"ok2\",\"text\":\"Also fine.\",\"title\":7}",
                ""));
        IngestResult r = read(p);
        assertEquals(List.of("ok1", "d", "ok2"), r.articles().stream().map(Article::id).toList());
        List<String> w = r.warnings().stream().map(Warning::toString).toList();
        assertEquals(8, w.size(), w::toString);
        assertTrue(w.get(0).startsWith(p + ":2: invalid JSON"), w.get(0));
        assertEquals(p + ":3: missing \"id\"", w.get(1));
        assertEquals(p + ":4: missing \"text\"", w.get(2));
        assertEquals(p + ":5: \"id\" must be a string, not an array", w.get(3));
        assertEquals(p + ":6: \"text\" must be a string, not a number", w.get(4));
        assertTrue(w.get(5).startsWith(p + ":7: \"published\" 'last Tuesday' is not an ISO date"), w.get(5));
        assertTrue(w.get(6).startsWith(p + ":8: not a JSON object"), w.get(6));
        assertTrue(w.get(7).startsWith(p + ":9: \"title\" must be a string"), w.get(7));
        assertNull(r.articles().get(1).published());
    }

    @Test void duplicateIdsKeepTheFirst() throws IOException {
        Path a = write("one/x.txt", "First version.");
        Path j = write("two.jsonl", "{\"id\":\"x\",\"text\":\"Second version.\"}\n");
        IngestResult r = read(a, j);
        assertEquals(1, r.articles().size());
        assertEquals("First version.", r.articles().get(0).text());
        Warning w = only(r);
        assertEquals(j + ":1", w.input());
        assertTrue(w.message().contains("duplicate id 'x'") && w.message().contains(a.toString()), w.message());
    }

    @Test void emptyFile() throws IOException {
        Path e = write("empty.txt", "");
        Path ok = write("ok.txt", "Real text.");
        IngestResult r = read(e, ok);
        assertEquals(1, r.articles().size());
        assertEquals(new Warning(e.toString(), "empty file"), only(r));
    }

    @Test void whitespaceOnlyFile() throws IOException {
        Path e = write("blank.txt", "  \n\t\n\u00A0 \n");
        assertEquals("no text (only white space)", only(read(e)).message());
    }

    @Test void dateLineWithNothingAfterIt() throws IOException {
        assertEquals("no text after the date line", only(read(write("d.txt", "date 2020-01-01\n\n"))).message());
    }

    @Test void binaryFileWithNulBytes() throws IOException {
        Path b = dir.resolve("image.txt");
        Files.write(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertTrue(only(read(b)).message().startsWith("binary file"));
    }

    @Test void binaryFileWithManyControlBytes() throws IOException {
        byte[] data = new byte[2000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        Path b = dir.resolve("blob.txt");
        Files.write(b, data);
        assertTrue(only(read(b)).message().startsWith("binary file ("), only(read(b)).message());
    }

    @Test void invalidUtf8() throws IOException {
        Path b = dir.resolve("latin1.txt");
        Files.write(b, "Caf\u00e9 in Paris".getBytes(StandardCharsets.ISO_8859_1));
        Warning w = only(read(b));
        assertEquals("invalid UTF-8 at byte 3 (is the file in another encoding?)", w.message());
    }

    @Test void invalidUtf8InOneJsonlLine() throws IOException {
        Path p = dir.resolve("mixed.jsonl");
        byte[] good = "{\"id\":\"g\",\"text\":\"Good.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"b\",\"text\":\"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(p, concat(good, bad, good));
        IngestResult r = read(p);
        assertEquals(1, r.articles().size()); // the third line repeats id g
        assertTrue(r.warnings().get(0).toString().startsWith(p + ":2: invalid UTF-8"), r.warnings().toString());
    }

    @Test void fiftyMegabyteFileIsRejectedBySize() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: never written, and never read by the ingestor
        }
        Path ok = write("small.txt", "A small article.");
        IngestResult r = read(big, ok);
        assertEquals(1, r.articles().size());
        Warning w = only(r);
        assertEquals(big.toString(), w.input());
        assertEquals("file too large: 52428800 bytes, over the limit of 5242880 bytes (5 MB)", w.message());
    }

    @Test void overlongJsonlLineIsSkippedWithoutStoringIt() throws IOException {
        Path p = dir.resolve("long.jsonl");
        String big = "{\"id\":\"big\",\"text\":\"" + "a".repeat(3000) + "\"}\n";
        Files.writeString(p, big + "{\"id\":\"small\",\"text\":\"ok\"}\n");
        IngestResult r = Ingestor.builder().maxArticleBytes(1000).build().readAll(List.of(p.toString()), InputFormat.AUTO);
        assertEquals(List.of("small"), r.articles().stream().map(Article::id).toList());
        assertTrue(only(r).message().startsWith("line too large: 3022 bytes"), only(r).message());
    }

    @Test void standardInputStreamsTextOrJsonl() {
        Ingestor text = Ingestor.builder().stdin(() -> new ByteArrayInputStream(
                "date 2020-01-04\nSomething happened.".getBytes(StandardCharsets.UTF_8))).build();
        Article a = text.readAll(List.of("-"), InputFormat.AUTO).articles().get(0);
        assertEquals("stdin", a.id());
        assertEquals("-", a.origin());
        assertEquals(LocalDate.of(2020, 1, 4), a.published());

        Ingestor jsonl = Ingestor.builder().stdin(() -> new ByteArrayInputStream(
                "{\"id\":\"s1\",\"text\":\"One.\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8))).build();
        IngestResult r = jsonl.readAll(List.of("-"), InputFormat.AUTO);
        assertEquals(List.of("s1", "s2"), r.articles().stream().map(Article::id).toList());
        assertEquals("-:2", r.articles().get(1).origin());
    }

    @Test void nonexistentPath() {
        Path missing = dir.resolve("nope.txt");
        assertEquals(new Warning(missing.toString(), "no such file or directory"), only(read(missing)));
    }

    @Test void unreadableDirectory() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        write("locked/a.txt", "Hidden away.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running with privileges that read any directory (root): skipped");
            assertEquals(new Warning(locked.toString(), "cannot read directory: permission denied"), only(read(locked)));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test void symbolicLinkLoopIsReadOnce() throws IOException {
        write("loop/a.txt", "Only once.");
        Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
        IngestResult r = read(dir.resolve("loop"));
        assertEquals(1, r.articles().size());
        assertTrue(only(r).message().contains("already read"), only(r).message());
    }

    @Test void explicitFormatOverridesExtension() throws IOException {
        Path p = write("feed.txt", "{\"id\":\"j\",\"text\":\"As JSON.\"}\n");
        IngestResult r = Ingestor.create().readAll(List.of(p.toString()), InputFormat.JSONL);
        assertEquals("j", r.articles().get(0).id());
    }

    @Test void streamingDeliversArticlesAsTheyAreRead() throws IOException {
        write("s/1.txt", "One.");
        write("s/2.txt", "");
        write("s/3.txt", "Three.");
        List<String> events = new ArrayList<>();
        Ingestor.create().read(List.of(dir.resolve("s").toString()), InputFormat.AUTO,
                a -> events.add("article " + a.id()), w -> events.add("warning " + w.input()));
        assertEquals(List.of("article 1", "warning " + dir.resolve("s").resolve("2.txt"), "article 3"), events);
    }

    @Test void parseFormat() {
        assertEquals(InputFormat.JSONL, InputFormat.parse("JSONL"));
        assertEquals(InputFormat.HTML, InputFormat.parse("html"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("xml"));
        assertEquals("input format must be one of auto, text, jsonl, html, feed (got 'xml')", e.getMessage());
        assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("x.ndjson"));
        assertEquals(InputFormat.HTML, InputFormat.AUTO.resolve("x.HTM"));
        assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("x.md"));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int o = 0;
        for (byte[] p : parts) { System.arraycopy(p, 0, out, o, p.length); o += p.length; }
        return out;
    }
}
