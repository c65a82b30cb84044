/**
 * Temporal expressions: finding them in text and normalising them to TIMEX3 values (our own rules; no
 * HeidelTime code or resources).
 *
 * <p>Entry points: {@link io.triangulate.analysis.time.TimeExtractor} (text + language + reference date →
 * {@link io.triangulate.model.TimeMention}s) and {@link io.triangulate.analysis.time.PublicationDateInference}
 * (the date an undated article was written, or every date its text allows).
 *
 * <p>How it works: the text is split into tokens ({@code Tokenizer}); each token is looked up in the lexicon of
 * the language ({@code <lang>.txt} in the resources: month and weekday names, number words, units, "yesterday",
 * "last", "ago"…, each line {@code category value: phrase | phrase}); one set of rules ({@code Grammar}) reads
 * the categories in either word order ("last week", "la semaine dernière", "الأسبوع الماضي"), takes the longest
 * expression at each place and computes its value against the reference date. Adding a language is adding a
 * lexicon file and a test.
 *
 * <p>Conventions (TimeML / TimeBank): a bare weekday is the most recent one on or before the reference date
 * unless a cue in the sentence speaks of the future ("will", "scheduled", "effective"), and a past perfect ("had
 * been scheduled") keeps it in the past; a month (and day) without a year is
 * the one nearest the reference date, the past weighted double; "last week" is the ISO week before; "two days
 * ago" has the granularity of its unit; "a year earlier" after a quarter is that quarter a year before; "the next
 * day" follows the last day the text named, "the previous Friday" counts back from it, and a clock time takes the
 * day named earlier in its sentence; "the quarter ended Sept. 30" is the quarter that day closes; after "the nine
 * months" (a span of several months) "a year earlier" is the year before, not a quarter; "by February" looks
 * ahead; "April 24 and 25" gives the 25th the same month; "this summer" in February is this year's; "now" is
 * {@code PRESENT_REF}; "the 1990s" is {@code 199}; "0600 GMT" is a time and "at 0600 on Friday" is on that Friday;
 * a present tense of a scheduled act ("leaders meet Monday") looks ahead; "for years" is {@code PXY}; "the next
 * morning" follows the story's day; a unit capitalised inside an English expression ("This Week",
 * "60 Minutes") is a title, not a time. Spans keep
 * "the" before quarters and durations but not before hyphenated adjectives ("the two-week" → "two-week"), keep
 * "early/late/mid" and "nearly/more than", and leave out "about", "within", "over" and a possessive "'s".
 */
package io.triangulate.analysis.time;
