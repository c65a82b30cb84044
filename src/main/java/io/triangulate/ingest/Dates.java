package io.triangulate.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Publication dates as found in inputs: ISO dates and date-times, RFC 1123 (feeds), a few common variants. */
final class Dates {
    private Dates() {}

    /** The calendar date (as written, in the writer's own time zone), or null when the value is not a date. */
    static LocalDate parse(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty()) return null;
        try { return LocalDate.parse(v); } catch (DateTimeParseException ignored) { }
        try { return OffsetDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        try { return ZonedDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        try { return LocalDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        try { return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate(); } catch (DateTimeParseException ignored) { }
        // "2020-01-04 18:30:00", "2020-01-04T18:30:00+0000", "20200104"
        if (v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[ T].*")) {
            try { return LocalDate.parse(v.substring(0, 10)); } catch (DateTimeParseException ignored) { }
        }
        if (v.matches("\\d{8}")) {
            try { return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE); } catch (DateTimeParseException ignored) { }
        }
        try {
            return LocalDate.parse(v, DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));
        } catch (DateTimeParseException ignored) { }
        return null;
    }

    /** Strict form for JSON Lines, as the interface documents: ISO date or ISO date-time only. */
    static LocalDate parseIso(String value) {
        String v = value.strip();
        try { return LocalDate.parse(v); } catch (DateTimeParseException ignored) { }
        try { return OffsetDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        try { return ZonedDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        try { return LocalDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException ignored) { }
        if (v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*")) {
            try { return LocalDate.parse(v.substring(0, 10)); } catch (DateTimeParseException ignored) { }
        }
        return null;
    }
}
