package io.triangulate.analysis.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class PublicationDateInferenceTest {
    @Test void datelineGivesTheDate() {
        String t = "January 1, 2013 5:05 PM\nFloods hit the north of the country on Monday, officials said.";
        assertEquals(Optional.of(LocalDate.of(2013, 1, 1)), PublicationDateInference.infer(t, "en"));
        assertTrue(PublicationDateInference.candidates(t, "en").contains(LocalDate.of(2013, 1, 1)));
    }

    @Test void weekdayWithDayAndMonthFitsSeveralYearsSoNoGuess() {
        String t = "Shells fell on the base on the evening of Saturday, January 4, officials said. Nobody was hurt.";
        assertEquals(Optional.empty(), PublicationDateInference.infer(t, "en"));
        List<LocalDate> c = PublicationDateInference.candidates(t, "en");
        assertTrue(c.contains(LocalDate.of(2020, 1, 4)), c::toString);
        assertTrue(c.contains(LocalDate.of(2014, 1, 4)), c::toString);
        assertTrue(c.contains(LocalDate.of(2025, 1, 4)), c::toString);
        for (LocalDate d : c) assertEquals(6, d.getDayOfWeek().getValue(), d::toString);
        assertTrue(c.stream().allMatch(d -> d.getYear() >= 1990 && d.getYear() <= 2035));
    }

    @Test void aMentionedYearSelectsOne() {
        String t = "Shells fell on Saturday, January 4, in a city that has seen protests since 2019.";
        assertEquals(Optional.of(LocalDate.of(2020, 1, 4)), PublicationDateInference.infer(t, "en"));
        String fr = "Samedi 4 janvier, des obus sont tombés sur la ville, en proie à des manifestations depuis 2019.";
        assertEquals(Optional.of(LocalDate.of(2020, 1, 4)), PublicationDateInference.infer(fr, "fr"));
    }

    @Test void nothingDatedGivesNothing() {
        assertEquals(Optional.empty(), PublicationDateInference.infer("Rockets fell on Tuesday and again yesterday.", "en"));
        assertTrue(PublicationDateInference.candidates("Rockets fell on Tuesday.", "en").isEmpty());
    }

    @Test void aLoneFullDateLaterInTheTextCounts() {
        String t = "The minister spoke to reporters. " + "x ".repeat(200) + "The vote was held on March 3, 2019.";
        assertEquals(Optional.of(LocalDate.of(2019, 3, 3)), PublicationDateInference.infer(t, "en"));
    }
}
