package io.triangulate.reconcile;

import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearTollsTest {
    @Test
    void aSentenceAboutAYearsSpan() {
        assertTrue(YearTolls.yearSpan("Records show 80 people were shot dead in the county in 2030."));
        assertTrue(YearTolls.yearSpan("So far in 2031, at least 12 have been killed."));
        assertTrue(YearTolls.yearSpan("Reckless drivers kill hundreds every year."));
        assertTrue(YearTolls.yearSpan("Police figures for 2030 show 90 people were murdered."));
        assertTrue(YearTolls.yearSpan("It is the ninth killing this year."));
        assertFalse(YearTolls.yearSpan("Two men were killed on March 3, 2031, outside a bar."), "a date is no span");
        assertFalse(YearTolls.yearSpan("A 19-year-old man was wounded."));
        assertFalse(YearTolls.yearSpan("The man, who had served a year-long sentence, was shot."));
    }

    @Test
    void countsOfTwoOrMoreOfTheDeadOrHurtInAYearSentenceAreLeftOut() {
        String s = "In 2030, 40 people died in shootings here, and a man was killed.";
        Figure forty = new Figure(9, 25, "40 people died", FigureKind.KILLED, 40, 40, false, null);
        Figure one = new Figure(46, 62, "a man was killed", FigureKind.KILLED, 1, 1, false, null);
        Figure guns = new Figure(0, 5, "3 guns", FigureKind.WEAPON, 3, 3, false, "gun");
        assertEquals(List.of(one, guns), YearTolls.without(List.of(forty, one, guns), at -> s));
        assertEquals(List.of(forty), YearTolls.without(List.of(forty), at -> "40 people died in the blast."));
        assertEquals(List.of(forty), YearTolls.without(List.of(forty), at -> null));
    }
}
