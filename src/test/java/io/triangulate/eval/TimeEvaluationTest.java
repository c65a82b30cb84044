package io.triangulate.eval;

import io.triangulate.analysis.time.TimeExtractor;
import io.triangulate.model.TimeMention;
import io.triangulate.model.TimexType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeEvaluationTest {
    static TimeEvaluation.Doc sample() throws Exception {
        return TimeEvaluation.read(Path.of(TimeEvaluationTest.class.getResource("sample.tml").toURI()));
    }

    @Test void readsTextGoldOffsetsAndTheDocumentDate() throws Exception {
        TimeEvaluation.Doc d = sample();
        assertEquals(LocalDate.of(2020, 1, 4), d.dct());
        assertEquals(4, d.gold().size());
        for (TimeEvaluation.Span s : d.gold()) assertEquals(s.text(), d.text().substring(s.start(), s.end()));
        assertEquals("Friday morning", d.gold().get(0).text());
        assertEquals("2020-01-03TMO", d.gold().get(0).value());
        assertEquals(true, d.text().contains("& again"));
    }

    @Test void scoresStrictRelaxedAndValue() throws Exception {
        TimeEvaluation.Doc d = sample();
        int f = d.text().indexOf("Friday"), n = d.text().indexOf("now"), t = d.text().indexOf("three days");
        List<TimeMention> sys = List.of(
                new TimeMention(f, f + 6, "Friday", TimexType.DATE, "2020-01-03", null),          // relaxed only, value wrong
                new TimeMention(n, n + 3, "now", TimexType.DATE, "PRESENT_REF", null),           // strict, value right
                new TimeMention(t, t + 10, "three days", TimexType.DURATION, "P3D", null),       // strict, value right
                new TimeMention(0, 7, "Rockets", TimexType.DATE, "XXXX", null));                 // false
        TimeEvaluation.Counts c = TimeEvaluation.score(d, sys, null);
        assertEquals(4, c.gold);
        assertEquals(4, c.sys);
        assertEquals(2, c.strict);
        assertEquals(3, c.relaxed);
        assertEquals(2, c.value);
        assertEquals(2, c.type);
    }

    @Test void extractorOnTheSampleIsPerfect() throws Exception {
        TimeEvaluation.Doc d = sample();
        TimeEvaluation.Counts c = TimeEvaluation.score(d, TimeExtractor.create().extract(d.text(), "en", d.dct()), null);
        assertEquals(4, c.strict);
        assertEquals(4, c.value);
        assertEquals(4, c.sys);
    }
}
