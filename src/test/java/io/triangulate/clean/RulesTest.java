package io.triangulate.clean;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.*;

class RulesTest {
    @ParameterizedTest @ValueSource(strings = {"en", "fr", "es", "de", "it", "nl", "ar"})
    void everyRuleFileLoads(String lang) {
        Rules r = Rules.of(lang);
        assertFalse(r.para.isEmpty(), lang);
        for (Rules.Rule rule : r.span) {
            assertNotNull(rule.triggers(), () -> "span rule without a trigger scans every paragraph: " + rule.pattern());
        }
    }

    @Test void unknownLanguageHasNoRules() {
        assertSame(Rules.NONE, Rules.of("xx"));
        assertSame(Rules.NONE, Rules.of("not a code"));
    }

    @Test void malformedRuleLinesNameTheLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Rules.parse(new BufferedReader(new StringReader("# c\npara promotion 10 - (unclosed\n")), "rules-t.txt"));
        assertTrue(e.getMessage().startsWith("rules-t.txt:2: bad regex"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> Rules.parse(new BufferedReader(new StringReader("drop promotion 10 - x\n")), "rules-t.txt"));
        assertEquals("rules-t.txt:1: unknown rule kind 'drop'", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> Rules.parse(new BufferedReader(new StringReader("para promotion 10 x\n")), "rules-t.txt"));
        assertTrue(e.getMessage().contains("expected KIND REASON MAX_WORDS TRIGGERS REGEX"));
    }

    @Test void triggersGateTheRegex() throws IOException {
        Rules.Rule r = Rules.parse(new BufferedReader(new StringReader("span poll 100 vote \\d+%\n")), "t").get(0);
        assertFalse(r.foundIn("50% turnout", "50% turnout"));
        assertTrue(r.foundIn("50% (3 Votes)", "50% (3 votes)"));
    }
}
