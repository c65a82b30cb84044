package io.triangulate.analysis.event;

import io.triangulate.analysis.Analyzer;
import io.triangulate.model.Article;
import io.triangulate.model.EventMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** Place cues of an article's main incident (first names, dwellings in a county), on short reports written for these tests. */
class MainEventPlaceCuesTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() { analyzer = Analyzer.create(); }

    private static EventMention main(String title, String text) {
        Article a = new Article("t", null, null, title, LocalDate.of(2016, 5, 4), "en", text, "-");
        return analyzer.analyse(a).events().stream().filter(e -> e.role() == EventMention.Role.MAIN).findFirst().orElseThrow();
    }

    /** The main event of the article is placed in the town named {@code expected}. */
    private static void assertPlace(String expected, String title, String text) {
        EventMention m = main(title, text);
        assertNotNull(m.location(), "no place for: " + title);
        assertEquals(expected, m.location().place().name());
    }

    @Test
    void aTownsNameBeforeASurnameAndAnAgeIsAPerson() {
        assertPlace("Flint", "Three charged after toddler dies",
                "A toddler died Monday, days after she was shot while playing with a gun. "
                        + "Prosecutors said cousins Marcus Doyle, 27, and Cleveland Doyle, 24, were charged with manslaughter in the shooting. "
                        + "The girl was shot at a house in Flint, police said.");
    }

    @Test
    void aDwellingNamedAfterATownPlacesACountyStoryInIt() {
        assertPlace("Largo", "Boy hurt in shooting in Pinellas County",
                "Pinellas County deputies were called Sunday to a rural Largo address, where a 12-year-old boy had shot himself "
                        + "in the hand while cleaning a rifle.");
    }

    @Test
    void aHospitalNamedAfterATownIsNotWhereItHappened() {
        EventMention m = main("Boy, 7, shot at home",
                "A 7-year-old boy was shot by accident on Sunday, the sheriff said. "
                        + "He was flown to a Knoxville hospital, where he died.");
        assertTrue(m.location() == null || !m.location().place().name().equals("Knoxville"));
    }

    @Test
    void aTownWhosePoliceRespondedPlacesACountyStoryInIt() {
        assertPlace("Ladysmith", "Teen shot while hunting in Rusk County",
                "A 16-year-old hunter was shot in the leg on Saturday. "
                        + "The Rusk County Sheriff's Office, the Wisconsin State Patrol and the Ladysmith Police Department responded.");
    }

    @Test
    void aTownTheWoundedWereFlownToIsNotWhereItHappened() {
        assertPlace("Fremont", "Hunter shot by accident flown to Omaha",
                "A hunter was shot in the leg by accident Saturday near Fremont, the sheriff said.");
    }

    @Test
    void aTownWhereASuspectWasArrestedIsNotWhereItHappened() {
        assertPlace("Topeka", "Murder suspect arrested in Denver",
                "A man accused of shooting his neighbour dead last week in Topeka was arrested Monday.");
    }

    @Test
    void aTownNamingTheDeedAfterArrestedInIsWhereItHappened() {
        EventMention m = main("Man arrested in Tulsa shooting",
                "A man was arrested Monday after a woman was shot outside a store.");
        assertNotNull(m.location());
        assertTrue(m.location().place().name().startsWith("Tulsa"));
    }

    @Test
    void aTownNamedAsTheFirstWordOfAStreetIsNotWhereItHappened() {
        EventMention m = main("Woman shot outside apartments",
                "A woman was shot Friday at an apartment complex on Hamilton Church Road, police said.");
        assertTrue(m.location() == null || !m.location().place().name().startsWith("Hamilton"));
    }
}
