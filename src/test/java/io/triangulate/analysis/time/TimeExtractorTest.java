package io.triangulate.analysis.time;

import io.triangulate.model.TimeMention;
import io.triangulate.model.TimexType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** English: relative dates around a year boundary, the TIMEX3 types and values, spans. */
class TimeExtractorTest {
    static final TimeExtractor TIMES = TimeExtractor.create();
    /** A Saturday, four days into a new year. */
    static final LocalDate JAN4 = LocalDate.of(2020, 1, 4);

    static TimeMention only(String text, String lang, LocalDate ref) {
        List<TimeMention> ms = TIMES.extract(text, lang, ref);
        assertEquals(1, ms.size(), () -> "expected one expression in '" + text + "', got " + ms);
        return ms.get(0);
    }

    static TimeMention find(String text, String lang, LocalDate ref, String mention) {
        return TIMES.extract(text, lang, ref).stream().filter(m -> m.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + mention + "' not found in " + TIMES.extract(text, lang, ref)));
    }

    static void value(String text, LocalDate ref, String mention, TimexType type, String value) {
        TimeMention m = find(text, "en", ref, mention);
        assertEquals(type, m.type(), () -> mention + " type");
        assertEquals(value, m.value(), () -> mention + " value");
    }

    @Test void weekdaysLookBackFromTheReportDate() {
        TimeMention fri = find("Rockets were fired on Friday morning at the base.", "en", JAN4, "Friday morning");
        assertEquals(TimexType.TIME, fri.type());
        assertEquals("2020-01-03TMO", fri.value());
        assertEquals(LocalDate.of(2020, 1, 3), fri.date());
        TimeMention tue = find("The embassy had been stormed on Tuesday by protesters.", "en", JAN4, "Tuesday");
        assertEquals("2019-12-31", tue.value());
        assertEquals(LocalDate.of(2019, 12, 31), tue.date());
        // the reference day itself counts as the most recent Saturday
        value("Two rockets fell on Saturday evening.", JAN4, "Saturday evening", TimexType.TIME, "2020-01-04TEV");
        value("Officials met on Saturday.", JAN4, "Saturday", TimexType.DATE, "2020-01-04");
    }

    @Test void futureTenseLooksForward() {
        value("The council will meet on Monday to decide.", JAN4, "Monday", TimexType.DATE, "2020-01-06");
        value("Talks are scheduled for Wednesday.", JAN4, "Wednesday", TimexType.DATE, "2020-01-08");
        value("He said he left last Monday.", JAN4, "last Monday", TimexType.DATE, "2019-12-30");
        value("They return next Friday.", JAN4, "next Friday", TimexType.DATE, "2020-01-10");
    }

    @Test void monthAndDayWithoutYearTakeTheNearestYearAcrossTheBoundary() {
        value("The strike happened on October 27.", JAN4, "October 27", TimexType.DATE, "2019-10-27");
        value("Protests began on December 31.", JAN4, "December 31", TimexType.DATE, "2019-12-31");
        value("Elections are due on Jan. 20.", JAN4, "Jan. 20", TimexType.DATE, "2020-01-20");
        value("Prices rose in December.", JAN4, "December", TimexType.DATE, "2019-12");
        value("The base was hit on the 2nd of January.", JAN4, "2nd of January", TimexType.DATE, "2020-01-02");
        value("It was founded on March 3, 1998.", JAN4, "March 3, 1998", TimexType.DATE, "1998-03-03");
        // the weekday picks the year when the nearest one does not fit: Saturday, January 4 was in 2020, not 2021
        value("The base was hit on Saturday, January 4.", LocalDate.of(2020, 12, 1), "Saturday, January 4", TimexType.DATE, "2020-01-04");
    }

    @Test void deicticAndRelativeDates() {
        value("He arrived yesterday.", JAN4, "yesterday", TimexType.DATE, "2020-01-03");
        value("Talks resume tomorrow.", JAN4, "tomorrow", TimexType.DATE, "2020-01-05");
        value("It is calm today.", JAN4, "today", TimexType.DATE, "2020-01-04");
        value("It happened two days ago.", JAN4, "two days ago", TimexType.DATE, "2020-01-02");
        value("It happened three weeks ago.", JAN4, "three weeks ago", TimexType.DATE, "2019-W50");
        value("Sales fell last year.", JAN4, "last year", TimexType.DATE, "2019");
        value("Sales fell last month.", JAN4, "last month", TimexType.DATE, "2019-12");
        value("Prices rose last week.", JAN4, "last week", TimexType.DATE, "2019-W52");
        value("Prices rose this week.", JAN4, "this week", TimexType.DATE, "2020-W01");
        value("Talks open next week.", JAN4, "next week", TimexType.DATE, "2020-W02");
        value("Profit rose in the last quarter.", JAN4, "the last quarter", TimexType.DATE, "2019-Q4");
        value("Profit rose in the fourth quarter.", JAN4, "the fourth quarter", TimexType.DATE, "2019-Q4");
        value("It rained last night.", JAN4, "last night", TimexType.TIME, "2020-01-03TNI");
        value("Rockets hit at 8 p.m. on the base.", JAN4, "8 p.m.", TimexType.TIME, "2020-01-04T20:00");
        value("Shelling began at 20:15 local time.", JAN4, "20:15", TimexType.TIME, "2020-01-04T20:15");
        value("It was built in 1998.", JAN4, "1998", TimexType.DATE, "1998");
        value("Published 2020-01-04T17:05:00Z by the agency.", JAN4, "2020-01-04T17:05:00Z", TimexType.TIME, "2020-01-04T17:05");
        value("Updated 01/04/2020 at noon.", JAN4, "01/04/2020", TimexType.DATE, "2020-01-04");
        value("Sales boomed in the 1990s.", JAN4, "the 1990s", TimexType.DATE, "199");
        value("He moved there a few years ago.", LocalDate.of(1998, 5, 1), "a few years ago", TimexType.DATE, "199X");
        value("Markets closed on Christmas.", JAN4, "Christmas", TimexType.DATE, "2019-12-25");
    }

    @Test void anchoredExpressionsFollowTheLastNamedDay() {
        String t = "He was wounded on December 28 and died the next day; the day before, he had written a letter.";
        value(t, JAN4, "December 28", TimexType.DATE, "2019-12-28");
        value(t, JAN4, "the next day", TimexType.DATE, "2019-12-29");
        // without an earlier day, "the next day" is the day after the reference date
        value("Talks resume the next day.", JAN4, "the next day", TimexType.DATE, "2020-01-05");
    }

    @Test void durationsSetsAndReferences() {
        value("The siege lasted three days.", JAN4, "three days", TimexType.DURATION, "P3D");
        value("The siege lasted 3 days.", JAN4, "3 days", TimexType.DURATION, "P3D");
        value("A two-hour battle followed.", JAN4, "two-hour", TimexType.DURATION, "PT2H");
        value("Over the past two months prices doubled.", JAN4, "the past two months", TimexType.DURATION, "P2M");
        value("It took nearly two years.", JAN4, "nearly two years", TimexType.DURATION, "P2Y");
        value("It takes several weeks.", JAN4, "several weeks", TimexType.DURATION, "PXW");
        value("The plant closes for the next year or so.", JAN4, "the next year or so", TimexType.DATE, "2021");
        value("He left a week or so ago.", JAN4, "a week or so ago", TimexType.DATE, "2019-W52");
        value("He served 2 1/2 years in jail.", JAN4, "2 1/2 years", TimexType.DURATION, "P2Y6M");
        value("The blast lasted a minute and a half.", JAN4, "a minute and a half", TimexType.DURATION, "PT1M30S");
        value("Talks took three and a half hours.", JAN4, "three and a half hours", TimexType.DURATION, "PT3H30M");
        value("Rates doubled over a three-year period.", JAN4, "a three-year period", TimexType.DURATION, "P3Y");
        value("A two-hour battle followed.", JAN4, "two-hour", TimexType.DURATION, "PT2H");
        value("Funds may flee in the weeks ahead.", JAN4, "the weeks ahead", TimexType.DURATION, "PXW");
        value("The deal runs for an additional year.", JAN4, "an additional year", TimexType.DURATION, "P1Y");
        value("They protest every Monday.", JAN4, "every Monday", TimexType.SET, "XXXX-WXX-1");
        value("The paper appears daily.", JAN4, "daily", TimexType.SET, "P1D");
        value("He is now in Baghdad.", JAN4, "now", TimexType.DATE, "PRESENT_REF");
        value("He recently visited Baghdad.", JAN4, "recently", TimexType.DATE, "PAST_REF");
        value("Nobody knows what the future holds.", JAN4, "the future", TimexType.DATE, "FUTURE_REF");
        value("The board blamed its current difficulties on prices.", JAN4, "current", TimexType.DATE, "PRESENT_REF");
        assertTrue(TIMES.extract("Now, he says, the talks failed. Current rules apply.", "en", JAN4).isEmpty());
        value("Taxes will fall in future quarters.", JAN4, "future quarters", TimexType.DATE, "FUTURE_REF");
        value("Prices rose in recent years.", JAN4, "recent years", TimexType.DURATION, "PXY");
        value("Prices may fall in the coming months.", JAN4, "the coming months", TimexType.DURATION, "PXM");
        value("Sales fell over the past three years.", JAN4, "the past three years", TimexType.DURATION, "P3Y");
        value("They say it will one day be legal.", JAN4, "one day", TimexType.DATE, "FUTURE_REF");
        assertTrue(TIMES.extract("Riots marked the past three summers.", "en", JAN4).isEmpty(), "not 'the past' alone");
        value("The visit lasted one day.", JAN4, "one day", TimexType.DURATION, "P1D");
    }

    @Test void pastPerfectPutsAScheduledDayInThePast() {
        // a Monday report: "had been due to expire Friday" is the Friday just gone, "is due to expire Friday" the next
        LocalDate mon = LocalDate.of(2020, 1, 6);
        value("The offer had been due to expire Friday evening.", mon, "Friday evening", TimexType.TIME, "2020-01-03TEV");
        value("The offer had been scheduled to expire at midnight Friday.", mon, "midnight Friday", TimexType.TIME, "2020-01-03T24");
        value("The offer is due to expire Friday evening.", mon, "Friday evening", TimexType.TIME, "2020-01-10TEV");
        value("Workers get a new contract effective June 1.", LocalDate.of(2019, 10, 26), "June 1", TimexType.DATE, "2020-06-01");
    }

    @Test void abbreviationDotsDoNotEndTheSentence() {
        // a Wednesday report: the dots of "U.S." must not cut "left" off from "Thursday"
        LocalDate wed = LocalDate.of(2020, 1, 8);
        value("He left the U.S. Thursday.", wed, "Thursday", TimexType.DATE, "2020-01-02");
        value("He left. Thursday is next.", wed, "Thursday", TimexType.DATE, "2020-01-09");
        value("The law takes effect Monday.", wed, "Monday", TimexType.DATE, "2020-01-13");
    }

    @Test void aClockTimeFallsOnTheDayNamedInItsSentence() {
        value("The offer expires Nov. 15 at 5 p.m., the company said.", LocalDate.of(2019, 10, 26), "5 p.m.", TimexType.TIME, "2019-11-15T17:00");
        value("The offer expired Nov. 15. Trading resumed at 5 p.m.", LocalDate.of(2019, 12, 26), "5 p.m.", TimexType.TIME, "2019-12-26T17:00");
    }

    @Test void previousWeekdayCountsBackFromTheDayTheStoryTells() {
        LocalDate mon = LocalDate.of(2020, 1, 6);
        value("Stocks fell on Friday, down 4% from the previous Friday.", mon, "the previous Friday", TimexType.DATE, "2019-12-27");
        value("Stocks fell on Friday.", mon, "Friday", TimexType.DATE, "2020-01-03");
    }

    @Test void aCapitalisedTitleIsNotADate() {
        assertTrue(TIMES.extract("He spoke on ABC's \"This Week\" program and on \"60 Minutes.\"", "en", JAN4).isEmpty());
        value("This week, the talks resumed.", JAN4, "This week", TimexType.DATE, "2020-W01");
        value("Polls close on Election Day.", JAN4, "Election Day", TimexType.DATE, "2019-11-05");
    }

    @Test void quartersAndHalvesTakeTheirAnchorFromTheText() {
        LocalDate oct = LocalDate.of(2019, 10, 28);
        value("Sales rose in the quarter ended Sept. 30, the company said.", oct, "the quarter", TimexType.DATE, "2019-Q3");
        value("Sales were flat through the last half of the '80s.", oct, "the last half of the '80s", TimexType.DATE, "198");
        value("Net rose in the third quarter. For the quarter a year ago, it fell.", oct, "the quarter a year ago", TimexType.DATE, "2018-Q3");
        value("Net for the year-earlier nine months included a gain.", oct, "the year-earlier nine months", TimexType.DURATION, "P9M");
        // a forecast quarter does not become the quarter the report is about
        value("Net fell in the second quarter. Losses may last through the third quarter of 2020. A year earlier, it rose.", oct,
                "A year earlier", TimexType.DATE, "2018-Q2");
    }

    @Test void aBareDayAfterADateSharesItsMonth() {
        LocalDate feb = LocalDate.of(2020, 2, 6);
        value("The summit will be held on April 24 and 25 in Rome.", feb, "25", TimexType.DATE, "2020-04-25");
        value("Voting ends on Nov. 3 or 4.", LocalDate.of(2020, 10, 1), "4", TimexType.DATE, "2020-11-04");
        // a count after the date is not a day
        assertTrue(TIMES.extract("Shares rose on Nov. 3 and 14 fell.", "en", feb).stream().noneMatch(m -> m.text().equals("14")));
        assertTrue(TIMES.extract("It was signed on May 2 and 5 people left.", "en", feb).stream().noneMatch(m -> m.text().equals("5")));
    }

    @Test void seasonsNearTheTurnOfTheYear() {
        LocalDate feb = LocalDate.of(2020, 2, 6);
        value("The team hopes to win this summer.", feb, "this summer", TimexType.DATE, "2020-SU");
        value("The team expects a recovery in the spring.", feb, "the spring", TimexType.DATE, "2020-SP");
        value("Sales slowed in the spring.", feb, "the spring", TimexType.DATE, "2019-SP");
        value("Sales were flat in the summer.", feb, "the summer", TimexType.DATE, "2019-SU");
        value("The vote was held last fall.", feb, "last fall", TimexType.DATE, "2019-FA");
        value("The vote is due next summer.", feb, "next summer", TimexType.DATE, "2020-SU");
        value("Prices rose this winter.", feb, "this winter", TimexType.DATE, "2019-WI");
    }

    @Test void byAMonthIsADeadlineAhead() {
        LocalDate oct = LocalDate.of(2019, 10, 28);
        value("The firm plans to repay the loan by February.", oct, "February", TimexType.DATE, "2020-02");
        // a past verb before it keeps the reading in the past
        value("The firm had repaid the loan by February.", oct, "February", TimexType.DATE, "2019-02");
        value("The firm bought the unit in February.", oct, "February", TimexType.DATE, "2019-02");
    }

    @Test void aYearEarlierAfterSeveralMonthsIsTheYearBefore() {
        LocalDate oct = LocalDate.of(2019, 10, 28);
        String t = "Net rose 5% in the third quarter. For the nine months, net was $3 million, up from $2 million a year earlier. "
                + "The year-ago results included a charge. Sales in the 2018 period were flat.";
        value(t, oct, "a year earlier", TimexType.DATE, "2018");
        value(t, oct, "year-ago", TimexType.DATE, "2018");
        value(t, oct, "the 2018 period", TimexType.DATE, "2018");
        // a quarter named again brings back the quarter reading
        value("For the nine months, net rose. In the third quarter, net fell from a year earlier.", oct,
                "a year earlier", TimexType.DATE, "2018-Q3");
    }

    @Test void spansFollowTimeMLConventions() {
        List<TimeMention> ms = TIMES.extract("A 52-year-old man, 40 years old, said the third-quarter results were weak.", "en", JAN4);
        assertEquals(1, ms.size(), ms::toString);
        assertEquals("third-quarter", ms.get(0).text());
        assertEquals("2019-Q3", ms.get(0).value());
        assertTrue(TIMES.extract("Iraq imports about three-quarters of its food; Jan Kavan, who may decide.", "en", JAN4).isEmpty());
        TimeMention m = only("On Friday's raid, nothing.", "en", JAN4);
        assertEquals("Friday", m.text());
        String t = "It ended on Sept. 30, 1989.";
        TimeMention d = only(t, "en", JAN4);
        assertEquals(t.indexOf("Sept."), d.start());
        assertEquals(t.substring(d.start(), d.end()), d.text());
        assertEquals("1989-09-30", d.value());
    }

    @Test void theDayAfterTheReportsWeekdayIsTomorrowUnlessThePastIsMarked() {
        // JAN4 is a Saturday: a bare "Sunday" is the next day, "said Sunday"-style past stays a week back
        value("Voters go to the polls Sunday in the capital.", JAN4, "Sunday", TimexType.DATE, "2020-01-05");
        value("Police said Sunday that the road was closed.", JAN4, "Sunday", TimexType.DATE, "2019-12-29");
        value("Polls open at 9 a.m. Sunday in the capital.", JAN4, "9 a.m. Sunday", TimexType.TIME, "2020-01-05T09:00");
    }

    @Test void quartersAndYearsOfAnEarningsReport() {
        LocalDate oct = LocalDate.of(2019, 10, 25);
        String t = "The firm earned $3 million in the fiscal first quarter. Sales in the quarter rose, and in the 2018 period they fell.";
        value(t, oct, "the fiscal first quarter", TimexType.DATE, "2019-Q1");
        value(t, oct, "the quarter", TimexType.DATE, "2019-Q1");
        value(t, oct, "the 2018 period", TimexType.DATE, "2018-Q1");
        // without a named quarter, "the quarter" is the last complete one
        value("Profit fell in the quarter.", oct, "the quarter", TimexType.DATE, "2019-Q3");
        value("Profit fell in the latest period.", oct, "the latest period", TimexType.DATE, "2019-Q3");
        value("Profit for the year rose.", oct, "the year", TimexType.DATE, "2019");
        value("Profit for the year ended June 30 rose.", oct, "the year", TimexType.DURATION, "P1Y");
        value("Costs rose throughout the fiscal year.", oct, "the fiscal year", TimexType.DURATION, "P1Y");
        value("Shares fell 3% for the week.", oct, "the week", TimexType.DATE, "2019-W43");
        value("Talks will resume the week of March 6.", oct, "the week of March 6", TimexType.DATE, "2020-W10");
        value("Net rose in the last half of 2019.", oct, "the last half of 2019", TimexType.DATE, "2019-H2");
        value("Sales in the third quarter beat a year-earlier figure.", oct, "year-earlier", TimexType.DATE, "2018-Q3");
        value("Debt will be cut by year-end.", oct, "year-end", TimexType.DATE, "2019");
        assertTrue(TIMES.extract("Sales fell the year before.", "en", oct).stream().noneMatch(m -> m.text().equals("the year")));
        value("Snow fell last winter and last fall.", LocalDate.of(2020, 2, 10), "last fall", TimexType.DATE, "2019-FA");
        value("A rebound is seen in the first quarter of next year.", oct, "the first quarter of next year", TimexType.DATE, "2020-Q1");
        value("It was built in the summer of 2017.", oct, "the summer of 2017", TimexType.DATE, "2017-SU");
        value("Profit rose in 2018's third quarter.", oct, "2018's third quarter", TimexType.DATE, "2018-Q3");
        assertTrue(TIMES.extract("Net for the year-ago quarter rose.", "en", oct).stream().noneMatch(m -> m.text().equals("the year")));
    }

    @Test void decadesCenturiesAndAnchoredYears() {
        value("Rents soared in the nineties.", JAN4, "the nineties", TimexType.DATE, "199");
        value("It was the war of the 20th century.", JAN4, "the 20th century", TimexType.DATE, "19");
        value("He moved there in 2011. Later that year he married.", JAN4, "Later that year", TimexType.DATE, "2011");
        assertTrue(TIMES.extract("The minister, Jan Kavan, signed.", "en", JAN4).isEmpty());
    }

    @Test void aBareClockTimeFallsOnTheDayTheStoryTells() {
        value("The blast came on Friday. At 10:35 a.m. the first call was logged.", JAN4, "10:35 a.m.", TimexType.TIME, "2020-01-03T10:35");
        value("Shares fell on Friday. Dealers bought in the morning.", JAN4, "the morning", TimexType.TIME, "2020-01-03TMO");
        value("At 10:35 a.m. the first call was logged.", JAN4, "10:35 a.m.", TimexType.TIME, "2020-01-04T10:35");
    }

    @Test void withoutReferenceDateValuesStayUnderspecified() {
        assertEquals("XXXX-10-27", only("on October 27", "en", null).value());
        assertEquals("XXXX-WXX-2", only("on Tuesday", "en", null).value());
        assertNull(only("on Tuesday", "en", null).date());
        assertEquals("2013-01-01T17:05", only("January 1, 2013 5:05 PM", "en", null).value());
        assertEquals(LocalDate.of(2013, 1, 1), only("January 1, 2013 5:05 PM", "en", null).date());
    }

    @Test void militaryTimesTakeTheDayAfterOn() {
        value("Troops moved in at 0600 on Friday.", JAN4, "0600", TimexType.TIME, "2020-01-03T06:00");
        value("The shelling stopped at 2130 local time.", JAN4, "2130", TimexType.TIME, "2020-01-04T21:30");
        value("The blast came at 1415 GMT.", JAN4, "1415 GMT", TimexType.TIME, "2020-01-04T14:15");
        // a conversion in brackets restates the time before it; the clock takes the day that follows
        List<TimeMention> ms = TIMES.extract("It exploded at 10:35 a.m. (0735 GMT) Friday.", "en", JAN4);
        assertEquals(List.of("10:35 a.m.", "Friday"), ms.stream().map(TimeMention::text).toList());
        assertEquals("2020-01-03T10:35", ms.get(0).value());
        value("The office shuts at 5 p.m. on Thursday.", JAN4, "5 p.m.", TimexType.TIME, "2020-01-02T17:00");
        value("It began after 11 p.m. local time on Friday.", JAN4, "11 p.m.", TimexType.TIME, "2020-01-03T23:00");
        value("It began at 10.30am.", JAN4, "10.30am", TimexType.TIME, "2020-01-04T10:30");
        assertTrue(TIMES.extract("Shares rose 10.30 points.", "en", JAN4).isEmpty());
        // a year or a count is no time
        assertTrue(TIMES.extract("Sales rose at 1990 prices in 2000.", "en", JAN4).stream().noneMatch(m -> m.type() == TimexType.TIME));
        assertTrue(TIMES.extract("They counted 1200 votes.", "en", JAN4).isEmpty());
    }

    @Test void aPresentTenseOfAScheduledActLooksForward() {
        value("The two leaders meet separately Monday in Paris.", JAN4, "Monday", TimexType.DATE, "2020-01-06");
        value("The trial resumes Tuesday.", JAN4, "Tuesday", TimexType.DATE, "2020-01-07");
        value("The two leaders met Monday in Paris.", JAN4, "Monday", TimexType.DATE, "2019-12-30");
        // the letters of "p.m." do not use up the window in which "will" is seen
        value("Talks will end at 5 p.m. on Wednesday.", JAN4, "Wednesday", TimexType.DATE, "2020-01-08");
    }

    @Test void aYearBeforeAPluralNounAfterADeterminerOrPreposition() {
        value("The 1992 protests were large.", JAN4, "1992", TimexType.DATE, "1992");
        value("Its 1989 results were weak.", JAN4, "1989", TimexType.DATE, "1989");
        value("Output rose from 1985 to 1989 levels.", JAN4, "1989", TimexType.DATE, "1989");
        assertTrue(TIMES.extract("The poll drew (1685 votes) so far.", "en", JAN4).isEmpty());
    }

    @Test void theNextMorningFollowsTheDayTheStoryTellsAndARangeRunsForward() {
        value("The raid began on Tuesday. The next morning, troops withdrew.", JAN4, "The next morning", TimexType.TIME, "2020-01-01TMO");
        value("Shops open from Thursday to Monday.", JAN4, "Monday", TimexType.DATE, "2020-01-06");
        value("Shops open from Thursday to Monday.", JAN4, "Thursday", TimexType.DATE, "2020-01-02");
        value("He met them Thursday and left Monday.", JAN4, "Monday", TimexType.DATE, "2019-12-30");
    }

    @Test void countsLabelsAndLowerCaseAbbreviationsAreNoDates() {
        assertTrue(TIMES.extract("He sat. They wed. Police said 2000 people came.", "en", JAN4).isEmpty());
        assertTrue(TIMES.extract("The ship carried 1500 tons. Resolution 1441 passed. Bus No. 1920 crashed.", "en", JAN4).isEmpty());
        value("The 2000 election was close.", JAN4, "2000", TimexType.DATE, "2000");
        value("The meeting is on Wed. Jan. 8.", JAN4, "Wed. Jan. 8", TimexType.DATE, "2020-01-08");
    }

    @Test void bareUnitsRatesHalfHoursAndFiscalQuarters() {
        value("He has lived abroad for years.", JAN4, "years", TimexType.DURATION, "PXY");
        value("It was the first rise in months.", JAN4, "months", TimexType.DURATION, "PXM");
        assertTrue(TIMES.extract("Years of war left the town in ruins.", "en", JAN4).isEmpty());
        value("She trains three times a week.", JAN4, "times a week", TimexType.SET, "P1W");
        value("The vote took half an hour.", JAN4, "half an hour", TimexType.DURATION, "PT30M");
        value("They must live without power for a while.", JAN4, "a while", TimexType.DURATION, "PXX");
        value("He left a while ago.", JAN4, "a while ago", TimexType.DATE, "PAST_REF");
        assertTrue(TIMES.extract("Once in a while he calls.", "en", JAN4).isEmpty());
        value("The vote was put off to a later date.", JAN4, "a later date", TimexType.DATE, "FUTURE_REF");
        value("Sales in fiscal 1990's first quarter rose.", JAN4, "fiscal 1990's first quarter", TimexType.DATE, "1990-Q1");
        value("Sales in the first quarter of fiscal 1990 rose.", JAN4, "the first quarter of fiscal 1990", TimexType.DATE, "1990-Q1");
    }

    @Test void tenseCuesPassivesPlacesAndMonthsAhead() {
        LocalDate dec = LocalDate.of(2019, 12, 5); // a Thursday
        // a bare month up to four months ahead is the coming one; an irregular past verb keeps it behind
        value("Delegates can take part in planning for the summit in April.", dec, "April", TimexType.DATE, "2020-04");
        value("The group sold the unit in April for $5 million.", dec, "April", TimexType.DATE, "2019-04");
        value("The regulator gave the bidder until mid-March to reply.", dec, "mid-March", TimexType.DATE, "2020-03");
        // a participle after "be" is passive, so the auxiliary before it decides: "will be sold" looks forward
        value("The plant will be sold on Monday.", dec, "Monday", TimexType.DATE, "2019-12-09");
        value("The plant was sold on Monday.", dec, "Monday", TimexType.DATE, "2019-12-02");
        // "next to" is a place: no future reading
        value("A bomb exploded next to the embassy on Friday.", dec, "Friday", TimexType.DATE, "2019-11-29");
    }

    @Test void aQuarterNamedInPassingDoesNotMoveTheReportQuarter() {
        LocalDate oct = LocalDate.of(2019, 10, 28);
        String t = "Net rose 5% in the third quarter. After a weak second quarter, the company cut costs. "
                + "Sales were higher than a year ago.";
        value(t, oct, "a year ago", TimexType.DATE, "2018-Q3");
        // a quarter used as an adjective after "a" is the report's own: "a second-quarter loss"
        value("The firm posted a second-quarter loss. Sales were higher than a year ago.", oct, "a year ago", TimexType.DATE, "2018-Q2");
    }

    @Test void todayAsAnAgeIsNoDay() {
        assertTrue(TIMES.extract("Privacy means little in today's world.", "en", JAN4).isEmpty());
        assertTrue(TIMES.extract("They are the leaders of tomorrow, she said.", "en", JAN4).isEmpty());
        value("Prices are fixed as of today.", JAN4, "today", TimexType.DATE, "2020-01-04");
        value("Tomorrow's vote will decide it.", JAN4, "Tomorrow", TimexType.DATE, "2020-01-05");
    }

    @Test void overnightIsTheNightBeforeTheStoryDay() {
        LocalDate mon = LocalDate.of(2019, 10, 28);
        String t = "Shares in Paris closed lower Friday, hit by overnight losses in Tokyo, and were down 2% from the previous Friday.";
        value(t, mon, "overnight", TimexType.TIME, "2019-10-24TNI");
        value(t, mon, "the previous Friday", TimexType.DATE, "2019-10-18");
        // "last night" stays the night before the report
        value("Rockets hit the base last night.", mon, "last night", TimexType.TIME, "2019-10-27TNI");
    }

    @Test void withinHoursOfAnEventIdiomsAndCounts() {
        value("Within hours of the attack, police sealed the area.", JAN4, "hours", TimexType.DURATION, "PTXH");
        assertTrue(TIMES.extract("It was the film High Noon.", "en", JAN4).isEmpty());
        assertTrue(TIMES.extract("It was the third attack in as many weeks.", "en", JAN4).isEmpty());
        // a bare plural before "of" after "in" is no length: "in years of drought"
        assertTrue(TIMES.extract("Farmers suffered in years of drought.", "en", JAN4).isEmpty());
    }

    @Test void anAccountingPeriodEndedInThePast() {
        LocalDate oct = LocalDate.of(2019, 10, 30);
        // three months ahead would read forward, but a period reported as ended is over
        value("In the fiscal year ended Jan. 31, the chain earned $3 million.", oct, "Jan. 31", TimexType.DATE, "2019-01-31");
        value("Sales rose in the six months ended in December.", oct, "December", TimexType.DATE, "2018-12");
        // without the period noun the usual reading stays: a day just ahead is the coming one
        value("The offer runs until Jan. 31.", oct, "Jan. 31", TimexType.DATE, "2020-01-31");
    }

    @Test void theDayBeforeOrAfterANamedDay() {
        LocalDate thu = LocalDate.of(2020, 2, 27);
        value("He flew in the day before last Tuesday.", thu, "the day before last Tuesday", TimexType.DATE, "2020-02-24");
        value("The rally came the day after Feb. 14.", thu, "the day after Feb. 14", TimexType.DATE, "2020-02-15");
        // an event, not a day: nothing to count from
        assertTrue(TIMES.extract("He was arrested the day before the attack.", "en", thu).isEmpty());
    }

    @Test void aDateOpeningItsSentenceTakesTheTenseOfTheVerbAfterIt() {
        LocalDate wed = LocalDate.of(2019, 10, 30);
        value("On Friday, the president will travel to Paris.", wed, "Friday", TimexType.DATE, "2019-11-01");
        value("On Friday, police said the man had fled.", wed, "Friday", TimexType.DATE, "2019-10-25");
        value("In January, the company will open a plant.", wed, "January", TimexType.DATE, "2020-01");
        // a finite "planned" is a past tense
        value("On Thursday, the government planned to pay the claims.", wed, "Thursday", TimexType.DATE, "2019-10-24");
        // not at the opening of the sentence: the verb after the date says nothing of it
        value("Police said Thursday the trial will resume.", wed, "Thursday", TimexType.DATE, "2019-10-24");
    }

    @Test void aModelYearBeforeAMakeOfCarIsNoDate() {
        LocalDate wed = LocalDate.of(2019, 10, 30);
        assertTrue(TIMES.extract("His 1994 Buick Century was found in a lot.", "en", wed).isEmpty());
        value("The man drove off in a blue 2011 Nissan Altima on Tuesday.", wed, "Tuesday", TimexType.DATE, "2019-10-29");
        assertEquals(1, TIMES.extract("The man drove off in a blue 2011 Nissan Altima on Tuesday.", "en", wed).size());
        // after a preposition the number is a year again
        value("In 2001 Nissan cut prices.", wed, "2001", TimexType.DATE, "2001");
    }

    @Test void lastAsAVerbStaysOutOfTheSpan() {
        TimeMention m = find("The hearing is expected to last two weeks.", "en", JAN4, "two weeks");
        assertEquals("P2W", m.value());
        assertEquals("PXD", find("The storm could last several days.", "en", JAN4, "several days").value());
        // an adjective after "to" still is the last one
        value("Sales fell compared to last year.", JAN4, "last year", TimexType.DATE, "2019");
    }

    @Test void anAverageDailyFigureIsNoRecurrence() {
        assertTrue(TIMES.extract("The average daily output of the mine fell.", "en", JAN4).isEmpty());
        value("The mine reports its output daily.", JAN4, "daily", TimexType.SET, "P1D");
    }

    @Test void theNthIsADayOfTheMonthTalkedAbout() {
        LocalDate wed = LocalDate.of(2020, 1, 8);
        value("Officials will meet again on the 15th.", wed, "the 15th", TimexType.DATE, "2020-01-15");
        value("The vote was held on the 10th.", wed, "the 10th", TimexType.DATE, "2019-12-10");
        value("The firm said on Jan. 2 that it had sued on the 28th.", wed, "the 28th", TimexType.DATE, "2019-12-28");
        assertTrue(TIMES.extract("He lives on the 15th floor.", "en", wed).isEmpty());
    }

    @Test void unknownLanguageFallsBackToEnglishAndEmptyTextIsFine() {
        assertEquals("2020-01-03", only("yesterday", "xx", JAN4).value());
        assertTrue(TIMES.extract("", "en", JAN4).isEmpty());
        assertThrows(NullPointerException.class, () -> TIMES.extract(null, "en", JAN4));
        assertThrows(IllegalArgumentException.class, () -> TimeExtractor.builder().fallbackLanguage("xx"));
    }

    @Test void threadSafe() throws Exception {
        String text = "On Friday morning, two days ago, and on October 27, rockets fell; last week too.";
        List<TimeMention> expected = TIMES.extract(text, "en", JAN4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TimeMention>>> fs = new java.util.ArrayList<>();
            for (int k = 0; k < 200; k++) fs.add(pool.submit(() -> TIMES.extract(text, "en", JAN4)));
            for (Future<List<TimeMention>> f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }
}
