package io.triangulate.cli;

import io.triangulate.analysis.time.TimeExtractor;
import io.triangulate.model.TimeMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            description = "reference (document creation) date for plain text, and for JSON lines without \"published\" "
                    + "(default: a plain text's first line \"date YYYY-MM-DD\")")
    LocalDate dct;

    @Option(names = "--language", paramLabel = "CODE",
            description = "language of inputs that do not name one (en, fr, es, de, it, nl, ar; default en)")
    String language = "en";

    private final TimeExtractor extractor = TimeExtractor.create();

    /** The optional first line of a plain-text article: "date YYYY-MM-DD". */
    private static final Pattern DATE_LINE = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})\\b");

    @Override protected Map<String, Object> process(Item item) {
        LocalDate ref = item.published() != null ? item.published() : dct;
        // a plain text's "date YYYY-MM-DD" first line gives its date; that line is not part of the article
        int skip = 0;
        Matcher dl = DATE_LINE.matcher(item.text());
        if (dl.find()) {
            skip = dl.end();
            if (ref == null) {
                try {
                    ref = LocalDate.parse(dl.group(1));
                } catch (DateTimeParseException e) {
                    System.err.println("triangulate: " + item.id() + ": ignored date line (" + dl.group(1) + " is not a date)");
                }
            }
        }
        String lang = item.language() != null ? item.language() : language;
        List<Map<String, Object>> times = new ArrayList<>();
        for (TimeMention m : extractor.extract(item.text(), lang, ref)) {
            if (m.start() < skip) continue;
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
