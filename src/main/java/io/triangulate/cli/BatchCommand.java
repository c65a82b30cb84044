package io.triangulate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.json.Json;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Shared shape of the batch helpers ({@code places}, {@code times}, {@code classify}): read one plain text
 * or JSON Lines ({@code id}, {@code text}, optional {@code published}, {@code language}) and print one JSON
 * line per input, in input order, carrying the input's id. A malformed line is reported on standard error
 * with its line number and skipped.
 */
public abstract class BatchCommand implements Callable<Integer> {
    @Option(names = "--input-format", description = "text or jsonl (default: by extension, .jsonl/.ndjson → jsonl)")
    String inputFormat = "auto";

    @Parameters(index = "0", paramLabel = "FILE|-", description = "input file, or - for standard input")
    String input;

    /** One input item. */
    protected record Item(String id, String text, LocalDate published, String language) {}

    /** Computes the fields printed after {@code id} for one item. */
    protected abstract Map<String, Object> process(Item item);

    @Override public Integer call() throws IOException {
        boolean jsonl = switch (inputFormat) {
            case "jsonl" -> true;
            case "text" -> false;
            case "auto" -> input.endsWith(".jsonl") || input.endsWith(".ndjson");
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--input-format must be auto, text or jsonl, not '" + inputFormat + "'");
        };
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        int processed = 0;
        try (BufferedReader in = open()) {
            if (!jsonl) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                for (int n; (n = in.read(buf)) > 0; ) sb.append(buf, 0, n);
                String id = input.equals("-") ? "-" : stripExtension(Path.of(input).getFileName().toString());
                out.println(Json.line(result(new Item(id, sb.toString(), null, null))));
                processed++;
            } else {
                String line;
                int lineNo = 0;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    Item item;
                    try {
                        item = parse(line);
                    } catch (IllegalArgumentException | IOException e) {
                        System.err.println("triangulate: " + input + ":" + lineNo + ": skipped: " + e.getMessage());
                        continue;
                    }
                    out.println(Json.line(result(item)));
                    processed++;
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            System.err.println("triangulate: " + input + ": not valid UTF-8");
        } finally {
            out.flush();
        }
        return processed > 0 ? Main.OK : Main.NOTHING_PROCESSED;
    }

    private Map<String, Object> result(Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", item.id());
        m.putAll(process(item));
        return m;
    }

    private BufferedReader open() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        if (input.equals("-")) return new BufferedReader(new InputStreamReader(System.in, decoder));
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) throw new IOException(input + ": no such file");
        return new BufferedReader(new InputStreamReader(Files.newInputStream(p), decoder));
    }

    private static Item parse(String line) throws IOException {
        JsonNode n;
        try {
            n = Json.mapper().readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("not a JSON object");
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual()) throw new IllegalArgumentException("no \"text\" string");
        JsonNode id = n.get("id");
        if (id == null || id.isNull()) throw new IllegalArgumentException("no \"id\"");
        LocalDate published = null;
        JsonNode p = n.get("published");
        if (p != null && p.isTextual() && !p.asText().isBlank()) {
            String s = p.asText();
            try {
                published = LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"published\" is not an ISO date: " + s);
            }
        }
        JsonNode lang = n.get("language");
        return new Item(id.asText(), text.asText(), published, lang != null && lang.isTextual() ? lang.asText() : null);
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
