package io.triangulate.ingest;

import io.triangulate.model.Article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text: one article per file, with an optional {@code date YYYY-MM-DD} first line. */
final class TextReader {
    private static final Pattern DATE_LINE =
            Pattern.compile("\\A[ \\t\\u00A0\\uFEFF]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=[\\s]|\\z)[ \\t]*([^\\n]*)(\\n|\\z)");

    private TextReader() {}

    /**
     * Builds the article for a decoded text.
     *
     * @param warn receives a reason when the date line is present but not a real date (the article is kept)
     */
    static Article read(String id, String text, String origin, Consumer<String> warn) throws BadInput {
        if (text.isEmpty()) throw new BadInput("empty file");
        if (Bytes.isBlank(text)) throw new BadInput("no text (only white space)");
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        LocalDate published = null;
        Matcher m = DATE_LINE.matcher(text);
        if (m.find()) {
            try {
                published = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                warn.accept("first line gives an impossible date '" + m.group(1) + "', kept without a publication date");
            }
            String rest = m.group(2).strip();
            String after = text.substring(m.end());
            text = rest.isEmpty() ? after : rest + "\n" + after;
            if (Bytes.isBlank(text)) throw new BadInput("no text after the date line");
        }
        return new Article(id, null, null, null, published, null, text.strip(), origin);
    }
}
