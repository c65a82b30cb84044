package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Place;
import io.triangulate.model.PlaceMention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What takes an article no live story in its window took: a story just past the window on strong evidence, the story
 * of its publication day, the one story of its town and day.
 */
class GrouperLastResortTest {
    static final Place BRANTLEY = new Place(101, "Brantley", "US", "Ohio", 40.10, -83.20, 20_000, Place.Kind.CITY);
    static final Place CORVALE = new Place(102, "Corvale", "US", "Ohio", 41.30, -81.60, 30_000, Place.Kind.CITY);

    static final String SHOOTING = "A man was shot dead outside the Greyhound Tavern on Mulberry Street in Brantley late "
            + "on Friday. Police said Dorian Whitlock, 34, died at the scene; officers are searching for a grey sedan.";
    static final String BRIEF = "Sheriff's spokesman Ludovic Amberg said one person died in a shooting overnight in Brantley.";
    static final String OTHER = "A woman was wounded by gunfire at a laundromat on Cedar Avenue in Brantley, "
            + "police said; Marisol Okafor, 27, was taken to hospital.";

    /** An article placed in a town, with its main event's day (explicit when given) and killed / injured figures. */
    static AnalysedArticle placed(String id, String text, LocalDate published, LocalDate eventDay, Place town,
                                  Integer killed, Integer injured) {
        Article a = new Article(id, "outlet-" + id, null, null, published, "en", text, "test");
        int at = Math.max(0, text.indexOf(town.name()));
        PlaceMention pm = new PlaceMention(at, at + town.name().length(), town.name(), town, null, false, 1);
        List<Figure> figures = new ArrayList<>();
        if (killed != null) figures.add(new Figure(0, 0, "killed", FigureKind.KILLED, killed, killed, false, null));
        if (injured != null) figures.add(new Figure(0, 0, "injured", FigureKind.INJURED, injured, injured, false, null));
        EventMention main = new EventMention(id, 0, EventMention.Role.MAIN, EventType.OTHER,
                eventDay != null ? eventDay : published, eventDay != null ? "on that day" : null, pm, figures,
                List.of(), List.of(), List.of(0));
        return new AnalysedArticle(a, text, "en", published, false, List.of(), List.of(pm), List.of(), figures,
                EventType.OTHER, List.of(main));
    }

    /** Unrelated reports placed in Brantley, a month before: its name is no longer rare in the stream. */
    static List<AnalysedArticle> townNews(LocalDate d, int n) {
        String[] topics = {"the council of Brantley approved the school budget", "Brantley library extended its hours",
                "a farmers market opened in Brantley", "Brantley high school won the state debate final"};
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++)
            out.add(placed("town" + i, "Local news: " + topics[i % topics.length] + " on day " + i + ".", d, null, BRANTLEY, null, null));
        return out;
    }

    static Grouper withBackground(Grouper g, LocalDate d) {
        townNews(d.minusDays(40), 8).forEach(g::add);
        GrouperOnlineTest.background(d, 12).forEach(g::add);
        return g;
    }

    @Test void aShortReportJoinsTheOneStoryOfItsTownAndDay() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        Grouper g = withBackground(Grouper.builder().build(), d);
        String story = g.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        assertEquals(story, g.add(placed("brief", BRIEF, d.plusDays(1), null, BRANTLEY, 1, null)));

        // without the rule the brief report shares too little to join
        Grouper off = withBackground(Grouper.builder().townDayFloor(Double.POSITIVE_INFINITY).build(), d);
        String s = off.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        assertNotEquals(s, off.add(placed("brief", BRIEF, d.plusDays(1), null, BRANTLEY, 1, null)));
    }

    @Test void noTownStoryTakesAReportWhenTheTownHadTwoIncidentsThatDayOrTheFiguresDiffer() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        Grouper two = withBackground(Grouper.builder().build(), d);
        String a = two.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        String b = two.add(placed("other", OTHER, d, d, BRANTLEY, null, 1));
        assertNotEquals(a, b);
        String brief = two.add(placed("brief", BRIEF, d.plusDays(1), null, BRANTLEY, 1, null));
        assertNotEquals(a, brief);
        assertNotEquals(b, brief);

        Grouper figures = withBackground(Grouper.builder().build(), d);
        String s = figures.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        assertNotEquals(s, figures.add(placed("brief", BRIEF, d.plusDays(1), null, BRANTLEY, 2, null)));

        // another town, or another week, is not the story's
        Grouper elsewhere = withBackground(Grouper.builder().build(), d);
        String t = elsewhere.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        assertNotEquals(t, elsewhere.add(placed("brief", BRIEF.replace("Brantley", "Corvale"), d.plusDays(1), null, CORVALE, 1, null)));
        assertNotEquals(t, elsewhere.add(placed("later", BRIEF, d.plusDays(6), d.plusDays(6), BRANTLEY, 1, null)));
    }

    @Test void aReportRecallingAnEarlierDayJoinsTheStoryOfItsPublicationDay() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        Grouper g = withBackground(Grouper.builder().build(), d);
        String story = g.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        // the text's main event was read as a day two years back (a conviction the report recalls)
        AnalysedArticle recalling = placed("recall", SHOOTING + " Whitlock had been convicted of robbery in 2022.",
                d.plusDays(1), d.minusDays(700), BRANTLEY, 1, null);
        assertEquals(story, g.add(recalling));

        Grouper off = withBackground(Grouper.builder().recalledScore(Double.POSITIVE_INFINITY).townDayFloor(Double.POSITIVE_INFINITY).build(), d);
        String s = off.add(placed("long", SHOOTING, d, d, BRANTLEY, 1, null));
        assertNotEquals(s, off.add(recalling));
    }

    static final String SPILL = "a tanker lorry overturned on the ring road at dawn and spilled diesel across three lanes; "
            + "crews spread sand over the fuel, the drains by the bus depot were sealed and the fire brigade pumped "
            + "the slick into a recovery truck while commuters were diverted through the industrial estate.";

    @Test void aFollowUpJustPastTheWindowJoinsOnStrongEvidenceWithoutSharedNames() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        // no names in these reports: only their wording ties the follow-up to the story, eight days on
        AnalysedArticle first = GrouperOnlineTest.art("spill-1", SPILL, d);
        AnalysedArticle later = GrouperOnlineTest.art("spill-2", SPILL + " the road reopened after eight days of repairs.", d.plusDays(8));
        Grouper g = Grouper.builder().windowDays(5).latenessDays(10).build();
        GrouperOnlineTest.background(d, 12).forEach(g::add);
        String story = g.add(first);
        assertEquals(story, g.add(later));

        Grouper off = Grouper.builder().windowDays(5).latenessDays(10).pastSpanScore(Double.POSITIVE_INFINITY).build();
        GrouperOnlineTest.background(d, 12).forEach(off::add);
        String s = off.add(first);
        assertNotEquals(s, off.add(later));
    }

    @Test void inADenseWindowAFollowUpPastTheWindowNeedsMoreThanWording() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        AnalysedArticle first = GrouperOnlineTest.art("spill-1", SPILL, d);
        AnalysedArticle later = GrouperOnlineTest.art("spill-2", SPILL + " the road reopened after eight days of repairs.", d.plusDays(8));
        // the same stream, read as if its window held far more stories than the scorer was fitted on: stories read
        // alike by chance, so wording alone no longer ties a report to one past the window
        Grouper dense = Grouper.builder().windowDays(5).latenessDays(10).densityReference(0.01).build();
        GrouperOnlineTest.background(d, 12).forEach(dense::add);
        String s = dense.add(first);
        assertNotEquals(s, dense.add(later));
    }

    /** An article whose main event has no place, with killed / injured figures. */
    static AnalysedArticle unplaced(String id, String text, LocalDate published, Integer killed, Integer injured) {
        Article a = new Article(id, "outlet-" + id, null, null, published, "en", text, "test");
        List<Figure> figures = new ArrayList<>();
        if (killed != null) figures.add(new Figure(0, 0, "killed", FigureKind.KILLED, killed, killed, false, null));
        if (injured != null) figures.add(new Figure(0, 0, "injured", FigureKind.INJURED, injured, injured, false, null));
        EventMention main = new EventMention(id, 0, EventMention.Role.MAIN, EventType.OTHER, published, null, null,
                figures, List.of(), List.of(), List.of(0));
        return new AnalysedArticle(a, text, "en", published, false, List.of(), List.of(), List.of(), figures,
                EventType.OTHER, List.of(main));
    }

    static final String TEEN = "A 17-year-old was shot and killed inside a house late on Sunday, police said; "
            + "officers found the teenager with a gunshot wound and are looking for a suspect.";
    static final String TEEN2 = "Police said a 17-year-old was shot and killed inside a house on Sunday night and a "
            + "suspect is being sought.";

    @Test void weakEvidenceNeedsAPlaceForReportsOfCasualties() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        // (the vocabulary-only rule, which the bar leaves alone, is off here)
        // the same wording with nothing placed: below the bar it starts a story of its own
        Grouper strict = Grouper.builder().placelessBar(99).centroidCosine(2).build();
        GrouperOnlineTest.background(d, 12).forEach(strict::add);
        String s = strict.add(unplaced("teen-1", TEEN, d, 1, null));
        assertNotEquals(s, strict.add(unplaced("teen-2", TEEN2, d.plusDays(1), 1, null)));

        // with the bar at the threshold (off) it joins
        Grouper off = Grouper.builder().placelessBar(0).centroidCosine(2).build();
        GrouperOnlineTest.background(d, 12).forEach(off::add);
        String o = off.add(unplaced("teen-1", TEEN, d, 1, null));
        assertEquals(o, off.add(unplaced("teen-2", TEEN2, d.plusDays(1), 1, null)));

        // reports placed in one town, or reports of no casualties, are not held to it
        Grouper placedToo = Grouper.builder().placelessBar(99).centroidCosine(2).build();
        GrouperOnlineTest.background(d, 12).forEach(placedToo::add);
        String p = placedToo.add(placed("teen-1", TEEN + " Brantley", d, null, BRANTLEY, 1, null));
        assertEquals(p, placedToo.add(placed("teen-2", TEEN2 + " Brantley", d.plusDays(1), null, BRANTLEY, 1, null)));
        Grouper noFigures = Grouper.builder().placelessBar(99).centroidCosine(2).build();
        GrouperOnlineTest.background(d, 12).forEach(noFigures::add);
        String n = noFigures.add(unplaced("teen-1", TEEN, d, null, null));
        assertEquals(n, noFigures.add(unplaced("teen-2", TEEN2, d.plusDays(1), null, null)));
    }

    @Test void aRememberedStoryDoesNotTakeAReportOfAnotherDayWithOtherFiguresOnWeakEvidence() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        String again = SHOOTING.replace("A man was shot dead", "Two men were wounded");
        for (double bar : new double[]{99, Double.NEGATIVE_INFINITY})
            for (Integer killed : new Integer[]{1, 0}) {
                Grouper g = Grouper.builder().windowDays(5).latenessDays(5).archiveDayBar(bar).build();
                GrouperOnlineTest.background(d, 12).forEach(g::add);
                String story = g.add(placed("first", SHOOTING, d, d, BRANTLEY, 1, null));
                for (AnalysedArticle bg : GrouperOnlineTest.background(d.plusDays(12), 12)) // the story is archived
                    g.add(GrouperOnlineTest.art("later-" + bg.id(), bg.text(), d.plusDays(12)));
                // twelve days on, the text dates its own event that day; the figures agree (a follow-up) or not
                String later = g.add(placed("later", again, d.plusDays(12), d.plusDays(12), BRANTLEY, killed, null));
                assertEquals(bar < 0 || killed == 1, story.equals(later), "bar " + bar + " killed " + killed);
            }
    }

    static final String ROUND_UP = "Weekend violence in Corvale: twelve people were shot in separate incidents. A man was "
            + "wounded on Mulberry Street near the Greyhound Tavern, a teenager on Cedar Avenue, two women on Oak Street, "
            + "a driver on Birch Road, a man on Maple Drive, another on Walnut Lane, a couple on Chestnut Court, a boy on "
            + "Spruce Boulevard, a man on Hazel Terrace, a woman on Aspen Way and two men on Poplar Place. Police said "
            + "one victim was from Brantley.";

    /** A report whose main event is placed in {@code main}, naming {@code mentioned} too. */
    static AnalysedArticle twoTowns(String id, String text, LocalDate day, Place main, Place mentioned, Integer killed, Integer injured) {
        AnalysedArticle a = placed(id, text, day, day, main, killed, injured);
        int at = text.lastIndexOf(mentioned.name());
        List<PlaceMention> places = new ArrayList<>(a.places());
        places.add(new PlaceMention(at, at + mentioned.name().length(), mentioned.name(), mentioned, null, false, 1));
        return new AnalysedArticle(a.article(), a.text(), a.language(), a.published(), false, List.of(), places, List.of(),
                a.figures(), a.type(), a.events());
    }

    @Test void aRoundUpOfManyShootingsJoinsOnlyAStoryOfItsOwnArea() {
        LocalDate d = LocalDate.of(2024, 5, 10);
        for (int streets : new int[]{10, 999}) {
            // (a threshold low enough that anything found through the index would join)
            Grouper g = Grouper.builder().threshold(-20).roundUpStreets(streets).build();
            String story = g.add(placed("first", SHOOTING, d, d, BRANTLEY, 1, null));
            // a round-up of Corvale's weekend names a Brantley victim and the tavern's street: not the Brantley story
            String r = g.add(twoTowns("round-up", ROUND_UP, d.plusDays(1), CORVALE, BRANTLEY, 1, 12));
            assertEquals(streets > 10, story.equals(r), "round-up from " + streets + " streets");
        }
        // a round-up of the story's own town may join it
        Grouper g = Grouper.builder().threshold(-20).build();
        String story = g.add(placed("first", SHOOTING, d, d, BRANTLEY, 1, null));
        assertEquals(story, g.add(twoTowns("round-up", ROUND_UP.replace("Corvale", "Brantley"), d.plusDays(1), BRANTLEY, CORVALE, 1, 12)));
        // and an ordinary report of Corvale naming a Brantley victim is not held to it
        Grouper one = Grouper.builder().threshold(-20).build();
        String s = one.add(placed("first", SHOOTING, d, d, BRANTLEY, 1, null));
        assertEquals(s, one.add(twoTowns("report", "A man was wounded on Mulberry Street in Corvale; he was from Brantley.",
                d.plusDays(1), CORVALE, BRANTLEY, null, 1)));
    }
}
