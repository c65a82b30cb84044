package io.triangulate.analysis.event;

import io.triangulate.analysis.Analyzer;
import io.triangulate.model.Article;
import io.triangulate.model.EventMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** The day and place of an article's main incident, on short reports written for these tests. */
class MainEventDatePlaceTest {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() { analyzer = Analyzer.create(); }

    private static EventMention main(String title, String text, LocalDate published) {
        Article a = new Article("t", null, null, title, published, "en", text, "-");
        return analyzer.analyse(a).events().stream().filter(e -> e.role() == EventMention.Role.MAIN).findFirst().orElseThrow();
    }

    @Test
    void aFollowUpIsDatedByTheShootingNotByTheArrest() {
        // published on a Thursday; the arrest was on Tuesday, the shooting on the Saturday before
        EventMention m = main("Man arrested in deadly shooting",
                "Police arrested a 22-year-old man on Tuesday in connection with a deadly shooting. "
                        + "The victim was shot Saturday night outside a grocery store on Main Street, police said.",
                LocalDate.of(2016, 3, 10));
        assertEquals(LocalDate.of(2016, 3, 5), m.date());
    }

    @Test
    void aTimeOfSpeakingDoesNotDateTheShooting() {
        EventMention m = main("Teen wounded in shooting",
                "A teenager was wounded in a shooting, police said Monday. "
                        + "The shooting was reported about 10 p.m. Sunday near a park.",
                LocalDate.of(2016, 3, 7));
        assertEquals(LocalDate.of(2016, 3, 6), m.date());
    }

    @Test
    void overnightIsThePublicationDay() {
        EventMention m = main("Two hurt in shooting", "Two men were hurt in a shooting overnight at an apartment complex.",
                LocalDate.of(2016, 3, 7));
        assertEquals(LocalDate.of(2016, 3, 7), m.date());
    }

    @Test
    void saidTheWednesdayShootingDatesTheShootingNotTheSaying() {
        // published on a Friday: "said the Wednesday afternoon shooting" names the shooting's day, not when it was said
        EventMention m = main("Girl, 3, wounded in shooting at home",
                "A 3-year-old girl was wounded at her home on Elm Street. Police said the Wednesday afternoon shooting "
                        + "appears to be an accident. The girl was taken to a children's hospital, where she was in stable "
                        + "condition, and investigators were trying to learn how she got hold of the gun.",
                LocalDate.of(2016, 3, 11));
        assertEquals(LocalDate.of(2016, 3, 9), m.date());
    }

    @Test
    void aSentenceSetApartWithoutAHedgeStillDatesTheShooting() {
        // run together with the next sentence ("…a suspect.It was unclear…"), the only dated sentence is not stated as fact;
        // with no hedge before its day it still dates the shooting, as the last resort
        EventMention m = main("Four hurt in shooting on Elm Street",
                "Four people were hurt in a shooting on Elm Street Saturday night, and police were looking for a suspect.It was "
                        + "unclear what led to the shooting. All four were taken to a hospital and were expected to survive, "
                        + "officers said, and no arrests have been made.",
                LocalDate.of(2016, 8, 15));
        assertEquals(LocalDate.of(2016, 8, 13), m.date());
    }

    @Test
    void theDatelinePlacesTheStory() {
        EventMention m = main("Seven hurt at Gresham nightclub party",
                "CHICAGO (AP) — Seven people were injured early Thursday when gunfire erupted inside a nightclub on the South Side.",
                LocalDate.of(2013, 3, 21));
        assertNotNull(m.location());
        assertEquals("Chicago", m.location().place().name());
    }

    @Test
    void anOutletsBrandingInTheHeadlineIsNoPlace() {
        EventMention m = main("Boy hurt in accidental shooting - KXYZ News 12 Shreveport, Louisiana News Weather",
                "Waco police say a 13-year-old boy was hurt Sunday when a rifle went off at his home.",
                LocalDate.of(2016, 5, 2));
        assertNotNull(m.location());
        assertEquals("Waco", m.location().place().name());
    }

    @Test
    void aStreetNamedAfterAPlaceIsNotThePlace() {
        EventMention m = main("Man shot on Spain Street",
                "BATON ROUGE, La. — A man was shot Friday in the 1200 block of Spain Street, police said.",
                LocalDate.of(2016, 5, 2));
        assertNotNull(m.location());
        assertEquals("Baton Rouge", m.location().place().name());
    }

    @Test
    void aFacilityNamedAfterATownIsInTheTownNamedAfterIt() {
        EventMention m = main("Three shot at Orlando Community Center in Miami",
                "Three men were shot late Friday outside a community center, police said.",
                LocalDate.of(2016, 5, 7));
        assertNotNull(m.location());
        assertEquals("Miami", m.location().place().name());
    }

    @Test
    void aDriveByIsNoFutureContext() {
        EventMention m = main("Three hurt in shooting",
                "Three men were shot in a drive-by Wednesday night. Police said the car drove off.",
                LocalDate.of(2014, 5, 1));
        assertEquals(LocalDate.of(2014, 4, 30), m.date());
    }

    @Test
    void aBracketedDateAfterTheDatelineIsThePagesStamp() {
        EventMention m = main("Four wounded in shooting",
                "RICHMOND, Ind. (April 11, 2014) – Four men were wounded in a shooting Thursday night.",
                LocalDate.of(2014, 4, 11));
        assertEquals(LocalDate.of(2014, 4, 10), m.date());
    }

    @Test
    void aHedgedSentenceDatesTheShootingWhenNothingElseDoes() {
        EventMention m = main("Toddler hurt in shooting",
                "A shooting that wounded a 2-year-old Thursday evening appears to have been accidental, deputies said.",
                LocalDate.of(2015, 11, 20));
        assertEquals(LocalDate.of(2015, 11, 19), m.date());
    }

    @Test
    void aNeighbourhoodNamedLikeAFarTownIsNotTheTown() {
        EventMention m = main("Teen shot to death",
                "A teenage boy was shot to death Friday morning in the Austin neighborhood, according to Chicago police.",
                LocalDate.of(2016, 12, 16));
        assertNotNull(m.location());
        assertEquals("Chicago", m.location().place().name());
    }

    @Test
    void thePolicesTownOutweighsAFarNamesakeDateline() {
        EventMention m = main("Five shot at party",
                "AUSTIN — Gunmen opened fire on a party early Sunday, wounding four men and killing another, Chicago police said.",
                LocalDate.of(2015, 8, 2));
        assertNotNull(m.location());
        assertEquals("Chicago", m.location().place().name());
    }

    @Test
    void aTownContradictedByItsWrittenStateIsNoPlace() {
        EventMention m = main("Girl dies after accidental shooting",
                "PINETOWN, N.C. — The Beaufort County Sheriff's Office is investigating the accidental shooting of a 6-year-old girl Tuesday.",
                LocalDate.of(2017, 1, 3));
        assertNotNull(m.location());
        assertEquals("North Carolina", m.location().place().admin1());
    }

    @Test
    void aNamesakeInAnotherStateGivesWayToTheArticlesState() {
        EventMention m = main("Man shot in Mt. Pleasant",
                "A man was shot Saturday in Mt. Pleasant, Westmoreland County detectives said. "
                        + "He was flown to a hospital in Pittsburgh. Greensburg police assisted. Latrobe officers closed the road.",
                LocalDate.of(2016, 3, 21));
        assertNotNull(m.location());
        assertEquals("Pennsylvania", m.location().place().admin1());
    }

    @Test
    void aHedgeCoversTheDayAfterIt() {
        // published on a Saturday: the rockets' day is the publication day, not the strike's Friday the hedge speaks of
        EventMention m = main("Rockets hit near air base",
                "Two rockets landed near an air base north of the capital. "
                        + "The rockets may have been a response to the killing of a commander in a Friday morning drone strike.",
                LocalDate.of(2020, 1, 4));
        assertEquals(LocalDate.of(2020, 1, 4), m.date());
    }

    @Test
    void aDatelineTheTextNamesAgainOutweighsANearbyCityOfTheHeadline() {
        EventMention m = main("Three people shot to death at home in Atlanta suburbs",
                "SNELLVILLE — Police are searching for a gunman after finding three bodies. "
                        + "Officers responded to a home in Snellville after a 911 call Sunday night.",
                LocalDate.of(2013, 9, 16));
        assertNotNull(m.location());
        assertEquals("Snellville", m.location().place().name());
    }

    @Test
    void whereSomeoneLivesIsNotWhereItHappened() {
        EventMention m = main("Suspect arrested in shootout",
                "Deputies arrested a suspect in the May 14 shootout at a community event in Avon Park. "
                        + "John Doe, 22, of Lake Placid, was arrested Thursday afternoon.",
                LocalDate.of(2016, 6, 1));
        assertNotNull(m.location());
        assertEquals("Avon Park", m.location().place().name());
        assertEquals(LocalDate.of(2016, 5, 14), m.date());
    }

    @Test
    void aSentenceAboutANearbyTownMayDateTheIncident() {
        EventMention m = main("Three found dead after standoff",
                "BILLINGS, Mont. — Three people were found dead in a home, the sheriff said. "
                        + "Sheriff John Doe says the shooting happened at a residence in Roundup on Sunday night.",
                LocalDate.of(2016, 3, 10));
        assertEquals(LocalDate.of(2016, 3, 6), m.date());
    }

    @Test
    void aCountysIncidentIsPlacedAtTheTownItsSentencesName() {
        EventMention m = main("Toddler dies in Marion County shooting",
                "Marion County deputies said a 2-year-old boy was shot Wednesday evening at a home in Belleview, Florida.",
                LocalDate.of(2016, 5, 5));
        assertNotNull(m.location());
        assertEquals("Belleview", m.location().place().name());
    }

    @Test
    void aSuburbanCityIsOnlyAReferencePoint() {
        EventMention m = main("Three killed at party",
                "A gunman killed three people at a party in a suburban Seattle home early Saturday. "
                        + "The shooting happened at a house in Mukilteo, police said.",
                LocalDate.of(2016, 7, 31));
        assertNotNull(m.location());
        assertEquals("Mukilteo", m.location().place().name());
    }

    @Test
    void aStoryNamingNoPlaceIsAtItsOutletsTown() {
        EventMention m = main("Boy hurt in accidental shooting - KXYZ News 12 Shreveport, Louisiana News Weather",
                "Police say a 13-year-old boy was hurt Sunday when a rifle went off at his home.",
                LocalDate.of(2016, 5, 2));
        assertNotNull(m.location());
        assertEquals("Shreveport", m.location().place().name());
    }

    @Test
    void aSchoolNamedAfterATownIsNotTheTown() {
        EventMention m = main("Teens shot near school",
                "Lansing police said two teens were shot Friday afternoon outside Dunbar Elementary.",
                LocalDate.of(2016, 5, 2));
        assertNotNull(m.location());
        assertEquals("Lansing", m.location().place().name());
    }

    @Test
    void theHospitalsTownIsNotWhereTheShootingWas() {
        EventMention m = main("Man dies after shooting",
                "A man shot Saturday outside a store died at a hospital in Atlanta. "
                        + "The shooting happened in Conyers, deputies said.",
                LocalDate.of(2016, 5, 2));
        assertNotNull(m.location());
        assertEquals("Conyers", m.location().place().name());
    }

    @Test
    void lastWeekdayWrittenTheNextDayIsTheWeekBefore() {
        // published on a Saturday: "last Friday" is not yesterday but the Friday before it
        EventMention m = main("Man charged in bar shooting",
                "A man was charged Friday with attempted murder. Investigators say he shot a bouncer last Friday outside a bar on Oak Street.",
                LocalDate.of(2016, 3, 12));
        assertEquals(LocalDate.of(2016, 3, 4), m.date());
    }

    @Test
    void aBirthDateNeverDatesTheIncident() {
        EventMention m = main("Deputies arrest teen after shooting",
                "Deputies arrested Tom Reed (DOB 04/12/98) on Monday in connection with a shooting. "
                        + "The shooting happened Saturday night at a home on Pine Lane, deputies said.",
                LocalDate.of(2016, 3, 15));
        assertEquals(LocalDate.of(2016, 3, 12), m.date());
    }

    @Test
    void aBareNameReadAsAFarTownDoesNotHideTheDay() {
        // "Jackson" is also a town far from Erie; here it names a victim
        EventMention m = main("Four charged in Erie party shooting",
                "ERIE, Pa. — Erie police arrested four suspects Friday morning in connection with a deadly shooting at a house party. "
                        + "Darnell Jackson, 17, was killed during the shootout on July 24, 2015.",
                LocalDate.of(2016, 3, 11));
        assertEquals(LocalDate.of(2015, 7, 24), m.date());
    }

    @Test
    void aHolidayNamedAsAnOccasionDoesNotDateTheIncident() {
        EventMention m = main("Boy, 8, killed with rifle he got for Christmas",
                "An 8-year-old boy was killed Tuesday when a rifle went off at a home on Cedar Road, deputies said. "
                        + "His brother was showing him the rifle he got for Christmas when it fired.",
                LocalDate.of(2017, 1, 4));
        assertEquals(LocalDate.of(2017, 1, 3), m.date());
    }

    @Test
    void anAgencyStampIsNotTheDayOfTheEvent() {
        EventMention m = main("Gunman's texts studied",
                "MOBILE, Ala., March 9 (Reuters) - Investigators studied the texts of the gunman in Tuesday's shooting at a warehouse that killed two workers.",
                LocalDate.of(2016, 3, 9));
        assertEquals(LocalDate.of(2016, 3, 8), m.date());
    }

    @Test
    void anApproximateClockTimeAloneIsNoDay() {
        EventMention m = main("Homeowner killed in shooting",
                "At approximately 2:30 p.m., on Friday, March 4, 2016, dispatchers received a call about a shooting at a home on Birch Road.",
                LocalDate.of(2016, 3, 7));
        assertEquals(LocalDate.of(2016, 3, 4), m.date());
    }

    @Test
    void aWeekdayQualifyingTheShootingIsThePastOne() {
        // published on a Thursday: "the Friday shooting" is last Friday's, never tomorrow's
        EventMention m = main("Clerk arrested in teen's death",
                "The clerk was arrested Monday. Police say video of the Friday shooting shows the clerk was not threatened.",
                LocalDate.of(2016, 12, 8));
        assertEquals(LocalDate.of(2016, 12, 2), m.date());
    }

    private static EventMention mainFrom(io.triangulate.model.Place home, String title, String text) {
        Article a = new Article("t", "outlet.example", null, title, LocalDate.of(2016, 3, 7), "en", text, "-");
        io.triangulate.analysis.place.PlaceExtractor.Options o =
                io.triangulate.analysis.place.PlaceExtractor.Options.home("US", null).withTown(home);
        return analyzer.analyse(a, o).events().stream().filter(e -> e.role() == EventMention.Role.MAIN).findFirst().orElseThrow();
    }

    private static io.triangulate.model.Place town(String name, String state) {
        return io.triangulate.analysis.place.Gazetteer.shared().candidates(name).stream()
                .filter(p -> state.equals(p.admin1()) && name.equals(p.name())).findFirst().orElseThrow();
    }

    @Test
    void aStoryNamingNoPlaceHappenedInTheOutletsHomeTown() {
        EventMention m = mainFrom(town("Miami", "Florida"), "Teen shot outside store",
                "A 16-year-old boy was shot Sunday night outside a convenience store. He was taken to a hospital in critical condition.");
        assertNotNull(m.location());
        assertEquals("Miami", m.location().place().name());
        // without a known home town it stays unplaced
        EventMention none = main("Teen shot outside store",
                "A 16-year-old boy was shot Sunday night outside a convenience store. He was taken to a hospital in critical condition.",
                LocalDate.of(2016, 3, 7));
        assertNull(none.location());
    }

    @Test
    void aFarNamesakeOfALocalNameIsTheHomeTownsNeighbourhood() {
        io.triangulate.model.Place philly = town("Philadelphia", "Pennsylvania");
        String text = "A man was shot and killed Saturday night in Germantown, police said. No arrests have been made.";
        EventMention m = mainFrom(philly, "Man killed in Germantown shooting", text);
        assertEquals("Philadelphia", m.location().place().name());
        // a story that names another state keeps its town
        EventMention md = mainFrom(philly, "Man killed in Germantown shooting",
                "A man was shot and killed Saturday night in Germantown, Maryland, police said. No arrests have been made.");
        assertEquals("Maryland", md.location().place().admin1());
    }

    @Test
    void anArticleWithoutAStrongTriggerStillHasAMainIncident() {
        // "body found", "shootout … nets prison term": no strong trigger and no figure, yet the article tells of one happening
        Article a = new Article("t", null, null, "Body found on Elm Drive in Dorchester County", LocalDate.of(2016, 3, 7), "en",
                "Officials confirm a body has been found on Elm Drive. Few details are available at this time.", "-");
        EventMention m = analyzer.analyse(a).events().stream().filter(e -> e.role() == EventMention.Role.MAIN).findFirst().orElseThrow();
        assertEquals("Dorchester County", m.location().place().name());
        assertEquals(LocalDate.of(2016, 3, 7), m.date());
    }

    @Test
    void aFarTownThatAnotherPlaceOfTheArticleVouchesForIsKept() {
        // a Chicago station's story of a North Carolina shooting: "Goldsboro" with "the Wayne County Sheriff's Office" is
        // that region, not a neighbourhood of the home town misread
        io.triangulate.model.Place chicago = town("Chicago", "Illinois");
        EventMention m = mainFrom(chicago, "Man fatally shoots wife after mistaking her for burglar",
                "The Wayne County Sheriff's Office said a man shot his wife Friday night at their home in Goldsboro. "
                        + "Deputies said the man thought she was a burglar.");
        assertEquals("Goldsboro", m.location().place().name());
        assertEquals("North Carolina", m.location().place().admin1());
    }

    @Test
    void aTownNameWrittenAsAPersonsSurnameIsNoPlaceOfTheEvent() {
        String text = "Man charged in shooting\n\nThe victim was identified as Tristan Gray, police said. Gray was shot Friday.";
        Article a = new Article("t", null, null, null, LocalDate.of(2016, 3, 7), "en", text, "-");
        io.triangulate.model.AnalysedArticle aa = analyzer.analyse(a);
        io.triangulate.model.Place gray = town("Gray", "Georgia");
        int first = aa.text().indexOf("Gray"), second = aa.text().indexOf("Gray", first + 1);
        io.triangulate.model.PlaceMention p1 = new io.triangulate.model.PlaceMention(first, first + 4, "Gray", gray, null, false, 0.9);
        io.triangulate.model.PlaceMention p2 = new io.triangulate.model.PlaceMention(second, second + 4, "Gray", gray, null, false, 0.9);
        EventMentionExtractor.Input in = new EventMentionExtractor.Input("t", aa.text(), "en", aa.published(), aa.sentences(),
                java.util.List.of(), java.util.List.of(p1, p2), java.util.List.of());
        // after a first name, and so also where it stands alone
        assertTrue(EventMentionExtractor.surname(in, p1));
        assertTrue(EventMentionExtractor.surname(in, p2));
        // a place's qualifier or a word the text writes in lower case is no first name
        String town = "Shooting in Gray\n\nA man was shot in North Gray on Friday, police said.";
        io.triangulate.model.AnalysedArticle tb = analyzer.analyse(new Article("u", null, null, null, LocalDate.of(2016, 3, 7), "en", town, "-"));
        int at = tb.text().indexOf("Gray", tb.text().indexOf("North"));
        io.triangulate.model.PlaceMention p3 = new io.triangulate.model.PlaceMention(at, at + 4, "Gray", gray, null, false, 0.9);
        EventMentionExtractor.Input in2 = new EventMentionExtractor.Input("u", tb.text(), "en", tb.published(), tb.sentences(),
                java.util.List.of(), java.util.List.of(p3), java.util.List.of());
        assertFalse(EventMentionExtractor.surname(in2, p3));
    }

    @Test
    void injuriesFromADayDateTheShooting() {
        // published on a Sunday: "from Friday morning" is when the shooting happened, not the start of a period
        EventMention m = main("Third victim dies after bar shooting",
                "A third person has died of injuries from the shooting in the parking lot of a bar on Elm Street from Friday morning.",
                LocalDate.of(2017, 4, 9));
        assertEquals(LocalDate.of(2017, 4, 7), m.date());
    }

    @Test
    void aBuildingNamedAfterAFarTownDoesNotHideTheDay() {
        // "Orlando Apartments" is a building in the dateline's town, not a sentence about a Florida incident
        EventMention m = main("Man charged in death of boy, 3",
                "SPRINGFIELD, Ill. — A man was charged Monday with manslaughter in the death of a 3-year-old boy. "
                        + "The boy was shot on March 2 at Orlando Apartments around 9 p.m.",
                LocalDate.of(2016, 3, 8));
        assertEquals(LocalDate.of(2016, 3, 2), m.date());
    }

    @Test
    void aWeekdayNamedWithThePublicationsOwnIsTheDayAfterIt() {
        // stamped on a Thursday: "Friday" and "Thursday afternoon" are consecutive days, not eight days apart
        EventMention m = main("Two hurt in shooting at apartment complex",
                "Two men were wounded in a shooting Friday at an apartment complex on Oak Street. "
                        + "Officers were called to the complex Thursday afternoon after neighbours heard shots, police said.",
                LocalDate.of(2014, 1, 16));
        assertEquals(LocalDate.of(2014, 1, 16), m.date());
    }

    @Test
    void theDeedToldFirstOutranksALaterDayInTheReport() {
        // published on a Monday: the boy was shot on Friday night; the Saturday morning a later sentence gives is the police's
        EventMention m = main("Teen shot at party dies in Aurora hospital",
                "A 17-year-old boy was shot Friday night at a house party in Boulder. "
                        + "Aurora police said they responded to the shooting Saturday morning when the boy was brought to a hospital there.",
                LocalDate.of(2016, 3, 7));
        assertEquals(LocalDate.of(2016, 3, 4), m.date());
        // a time of speaking told first is no day of the deed
        EventMention said = main("Teen shot at party dies in Aurora hospital",
                "Boulder police said Friday night that a 17-year-old boy had been hurt at a house party. "
                        + "Aurora police said they responded to the shooting Saturday morning when the boy was brought to a hospital there.",
                LocalDate.of(2016, 3, 7));
        assertEquals(LocalDate.of(2016, 3, 5), said.date());
    }

    @Test
    void aDeedToldFirstWithItsTimeOfDayOutranksTheEveningBeforeNamedLater() {
        // published on a Monday: the lead's "Monday afternoon" dates the shooting; "Sunday evening" is another one
        EventMention m = main("Teen hurt in Hampton shooting",
                "A 15-year-old girl was badly hurt in a shooting in Hampton Monday afternoon. Officers were called to Main "
                        + "Street around 2:40 p.m. and found her wounded. A 19-year-old man was shot on Elm Street in Hampton "
                        + "Sunday evening.",
                LocalDate.of(2016, 3, 7));
        assertEquals(LocalDate.of(2016, 3, 7), m.date());
        assertTrue(EventMentionExtractor.daytime("1:27 a.m. Saturday"));
        assertTrue(EventMentionExtractor.daytime("Saturday morning"));
        assertFalse(EventMentionExtractor.daytime("Sunday"));
        assertFalse(EventMentionExtractor.daytime("Saturday night"));
        assertFalse(EventMentionExtractor.daytime("this morning"));
    }

    @Test
    void theHeadlinesTownOfTheDatelinesStateOutweighsTheBureausDateline() {
        EventMention m = main("Woman wounded in Utica shooting",
                "ALBANY, N.Y. — A woman was shot Friday night outside her home and is expected to recover, police said.",
                LocalDate.of(2016, 3, 5));
        assertNotNull(m.location());
        assertEquals("Utica", m.location().place().name());
        // a headline that names no town of the dateline's state leaves the story at its dateline
        EventMention far = main("Woman wounded in shooting",
                "ALBANY, N.Y. — A woman was shot Friday night outside her home and is expected to recover, police said.",
                LocalDate.of(2016, 3, 5));
        assertEquals("Albany", far.location().place().name());
    }

    @Test
    void aCornerOfTwoStreetsIsNoTown() {
        EventMention m = main("Two men wounded in shooting",
                "ERIE — Two men were shot Saturday night near Springfield and Chester avenues, police said. "
                        + "Another man was hurt at 82nd and Chester, near Broadway and Elm Street.",
                LocalDate.of(2016, 3, 7));
        assertNotNull(m.location());
        assertEquals("Erie", m.location().place().name());
        String text = "Two men were shot Saturday night near Springfield and Chester avenues, police said.";
        EventMention bare = main("Two men wounded in shooting", text, LocalDate.of(2016, 3, 7));
        assertTrue(bare.location() == null || !bare.location().place().name().equals("Springfield"));
    }

    @Test
    void aNewspaperNamedAfterItsCityIsNoPlaceOfTheEvent() {
        EventMention m = main("Boy, 4, shot at home",
                "A 4-year-old boy was shot Friday at his home in Villa Park, according to the Chicago Tribune. "
                        + "The boy was hurt when a gun went off, the Chicago Tribune reported.",
                LocalDate.of(2016, 3, 5));
        assertNotNull(m.location());
        assertEquals("Villa Park", m.location().place().name());
    }

    @Test
    void aDatelineWhoseWrittenStateContradictsItsReadingDoesNotPlaceTheStory() {
        // "Letcher" alone reads as Kentucky's county; written with "S.D." it is a South Dakota village the gazetteer lacks
        EventMention m = main("Teen hurt while hunting",
                "LETCHER, S.D. — A 13-year-old was shot in the hand while hunting Saturday north of Letcher. "
                        + "He was taken to a hospital in Mitchell.",
                LocalDate.of(2016, 11, 7));
        assertNotNull(m.location());
        assertEquals("South Dakota", m.location().place().admin1());
    }
}
