package io.triangulate.cli;

import io.triangulate.analysis.time.TimeExtractor;
import io.triangulate.model.TimeMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code triangulate times}: every temporal expression of each input with its TIMEX3 type and value,
 * resolved against the input's {@code published} date (JSON Lines) or {@code --dct}.
 */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Find temporal expressions and print their TIMEX3 type and normalised value, one JSON line per input.")
public final class TimesCommand extends BatchCommand {
    @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
            description = "reference (document creation) date for plain text, and for JSON lines without \"published\"")
    LocalDate dct;

    @Option(names = "--language", paramLabel = "CODE",
            description = "language of inputs that do not name one (en, fr, es, de, it, nl, ar; default en)")
    String language = "en";

    private final TimeExtractor extractor = TimeExtractor.create();

    @Override protected Map<String, Object> process(Item item) {
        LocalDate ref = item.published() != null ? item.published() : dct;
        String lang = item.language() != null ? item.language() : language;
        List<Map<String, Object>> times = new ArrayList<>();
        for (TimeMention m : extractor.extract(item.text(), lang, ref)) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("start", m.start());
            t.put("end", m.end());
            t.put("text", m.text());
            t.put("type", m.type().name());
            t.put("value", m.value());
            times.add(t);
        }
        return Map.of("times", times);
    }
}
