package io.triangulate.model;

import java.time.LocalDate;

/**
 * A temporal expression, normalised against a reference date.
 *
 * @param start offset
 * @param end   offset after
 * @param text  as written
 * @param type  TIMEX3 type
 * @param value TIMEX3 value ("2020-01-03", "2020-W01", "P3D", "PRESENT_REF", "XXXX-10-27"…)
 * @param date  the calendar day it denotes when it denotes exactly one day (for DATE and TIME), else null
 */
public record TimeMention(int start, int end, String text, TimexType type, String value, LocalDate date) {
}
