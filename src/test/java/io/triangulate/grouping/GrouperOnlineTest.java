package io.triangulate.grouping;

import io.triangulate.model.AnalysedArticle;
import io.triangulate.model.Article;
import io.triangulate.model.EventMention;
import io.triangulate.model.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Online behaviour: late articles, merges, splits, eviction and bounded state. */
class GrouperOnlineTest {
    static final String FLOOD = "Floodwaters from the Ostrava river swept away a footbridge in Novy Jicin, "
            + "where rescuers searched for Marek Dvorak and Jana Horakova after the storm.";
    static final String FLOOD_AGAIN = "Floodwaters from the Ostrava river swept away the road bridge in Novy Jicin, "
            + "where rescuers searched for Petr Svoboda and Eva Kratochvilova after the storm.";
    static final String FIRE = "A warehouse fire at the Kopecky timber yard near Frydek forced the evacuation of "
            + "Lubomir Sedlacek's family, and firefighters from Ostravice battled the blaze overnight.";
    static final String QUAKE = "An earthquake of magnitude 5.8 shook the Zagros foothills near Kermanshah, "
            + "damaging the clinic run by Dariush Farahani and the school of Golnar Rezaei.";

    static AnalysedArticle art(String id, String text, LocalDate date) {
        return art(id, text, date, null);
    }

    /** An article whose main event carries an explicit date (as the time extractor would give). */
    static AnalysedArticle art(String id, String text, LocalDate published, LocalDate eventDate) {
        Article a = new Article(id, "outlet-" + id, null, null, published, "en", text, "test");
        List<EventMention> events = eventDate == null ? List.of()
                : List.of(new EventMention(id, 0, EventMention.Role.MAIN, EventType.OTHER, eventDate, "on that day",
                null, List.of(), List.of(), List.of(), List.of(0)));
        return new AnalysedArticle(a, text, "en", published, false, List.of(), List.of(), List.of(), List.of(),
                EventType.OTHER, events);
    }

    /** Unrelated background articles so that document frequencies mean something. */
    static List<AnalysedArticle> background(LocalDate d, int n) {
        String[] topics = {"budget vote in the regional council of Zlin", "new tram line opened in Brno by mayor Vokral",
                "hockey club Vitkovice won the derby against Trinec", "price of butter rose in Olomouc markets",
                "university of Pardubice opened a chemistry lab", "railway strike delayed trains at Prerov"};
        List<AnalysedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++)
            out.add(art("bg" + i, "Local news: the " + topics[i % topics.length] + " on day " + i + ".", d));
        return out;
    }

    @Test void aReportMatchingAnOlderReportOfAStoryJoinsItThroughTheSummary() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        // newest report only, with the summary (the default); every kept report; newest only, without the summary
        Grouper[] groupers = {Grouper.builder().build(), Grouper.builder().scoredMembers(12).build(),
                Grouper.builder().scoredMembers(1).summaryScore(false).build()};
        for (int i = 0; i < groupers.length; i++) {
            Grouper g = groupers[i];
            background(d, 6).forEach(g::add);
            String flood = g.add(art("flood-1", FLOOD, d));
            assertEquals(flood, g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", d)));
            assertEquals(flood, g.add(art("flood-3", "In Novy Jicin the mayor thanked the volunteers who filled sandbags "
                    + "by the Ostrava river through the night.", d)));
            // close to the first reports (their people), far from the newest: the summary stands for the older ones
            String found = g.add(art("flood-4", "Petr Svoboda and Eva Kratochvilova were found after the footbridge was swept away.", d));
            if (i < 2) assertEquals(flood, found, "grouper " + i);
            else assertNotEquals(flood, found, "the newest report alone does not take it");
        }
        assertThrows(IllegalArgumentException.class, () -> Grouper.builder().scoredMembers(0));
    }

    @Test void undatedArticleReachesAStoryOutOfTheWindowAndLeavesTheClock() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().windowDays(5).latenessDays(5).build();
        background(d, 6).forEach(g::add);
        String flood = g.add(art("flood-1", FLOOD, d));
        // the stream moves on a month: the flood story leaves the window
        String fire = g.add(art("fire-1", FIRE, d.plusDays(30)));
        background(d.plusDays(30), 6).forEach(a -> g.add(art("late-" + a.id(), a.text(), d.plusDays(30))));
        // an undated report whose text gives a day far ahead (a guessed year): neither bounds its candidates nor moves the clock
        String undated = g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", null, d.plusDays(400)));
        assertEquals(flood, undated);
        assertEquals(fire, g.add(art("fire-2", FIRE + " Neighbours were allowed home by noon.", d.plusDays(31))));
    }

    @Test void undatedArticleReachesAStoryOlderThanTheArchiveWhileADatedOneDoesNot() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        // (without the override for very strong evidence: see reportDatingItsOwnDayYearsLater...)
        Grouper g = Grouper.builder().windowDays(5).latenessDays(5).archiveDays(365).oldOwnDay(Double.POSITIVE_INFINITY).build();
        background(d, 6).forEach(g::add);
        String flood = g.add(art("flood-1", FLOOD, d));
        // the stream moves on two years: the flood story is past the dated memory
        g.add(art("fire-1", FIRE, d.plusDays(800)));
        background(d.plusDays(800), 6).forEach(a -> g.add(art("later-" + a.id(), a.text(), d.plusDays(800))));
        // nothing dates this report: it may be as old as the flood story, which it names throughout
        assertEquals(flood, g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", null)));
        // a report dated two years on is another event, whatever its words
        assertNotEquals(flood, g.add(art("flood-3", FLOOD, d.plusDays(801), d.plusDays(801))));
    }

    @Test void reportDatingItsOwnDayYearsLaterFollowsUpAStoryOnlyOnVeryStrongEvidence() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        for (boolean sameStory : new boolean[]{true, false}) {
            Grouper g = Grouper.builder().windowDays(5).latenessDays(5).archiveDays(365).build();
            background(d, 6).forEach(g::add);
            String flood = g.add(art("flood-1", FLOOD, d));
            g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", d));
            g.add(art("fire-1", FIRE, d.plusDays(800)));
            background(d.plusDays(800), 6).forEach(a -> g.add(art("later-" + a.id(), a.text(), d.plusDays(800))));
            // two years on, a report dated on its own day: the story's people, place and words throughout (an
            // anniversary) follow it up; a similar flood in the same town with other people does not
            String text = sameStory ? FLOOD + " Two years on, the town remembered them." : FLOOD_AGAIN;
            String story = g.add(art("years-on", text, d.plusDays(801), d.plusDays(801)));
            assertEquals(sameStory, flood.equals(story), text);
        }
    }

    @Test void undatedArticleTakesARememberedStoryItMatchesClearlyBetterThanALiveOne() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().windowDays(5).latenessDays(5).build();
        background(d, 6).forEach(g::add);
        String flood = g.add(art("flood-1", FLOOD, d));
        g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", d));
        // two years on, a similar flood in the same town, other people: a live story
        background(d.plusDays(800), 6).forEach(a -> g.add(art("later-" + a.id(), a.text(), d.plusDays(800))));
        String again = g.add(art("again-1", FLOOD_AGAIN, d.plusDays(800)));
        assertNotEquals(flood, again);
        // an undated report naming the first flood's people throughout belongs to the remembered story
        assertEquals(flood, g.add(art("flood-3", FLOOD + " Marek Dvorak was found alive; Jana Horakova was still missing.", null)));
        // one that matches the live story better stays there
        assertEquals(again, g.add(art("again-2", FLOOD_AGAIN + " The mayor thanked the volunteers.", null)));
    }

    /**
     * A flood story of day {@code d}, archived by 800 days of other news, then brought back by an undated report
     * naming its people; returns its id.
     */
    private static String revivedFlood(Grouper g, LocalDate d) {
        background(d, 6).forEach(g::add);
        String flood = g.add(art("flood-1", FLOOD, d));
        g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", d));
        background(d.plusDays(800), 6).forEach(a -> g.add(art("later-" + a.id(), a.text(), d.plusDays(800))));
        assertEquals(flood, g.add(art("flood-3", "Marek Dvorak and Jana Horakova, missing since the footbridge of "
                + "Novy Jicin was swept away, were found alive. Marek Dvorak thanked the rescuers.", null)));
        return flood;
    }

    @Test void anUndatedReportReachesARevivedStorysRememberedReportsOnlyAsTheArchiveWould() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String other = "After the storm, floodwaters of the Ostrava river swept away a road bridge in Novy Jicin; "
                + "Petr Svoboda and Eva Kratochvilova were lifted from a roof by rescuers.";
        for (boolean lookAlike : new boolean[]{false, true})
            for (double bar : new double[]{Double.NEGATIVE_INFINITY, 4.5}) {
                Grouper g = Grouper.builder().windowDays(5).latenessDays(5).undatedSummaryBar(bar).build();
                String flood = revivedFlood(g, d);
                // an undated report of a similar flood in the same town, other people (only their names)
                String first = lookAlike ? g.add(art("again-0", "Petr Svoboda and Eva Kratochvilova were brought "
                        + "down safely, the town hall said.", null)) : null;
                String story = g.add(art("again-1", other, null));
                // close in wording to the revived story's summed reports, which would not have given it the story in
                // the archive: with a live story of its own people it joins that one; alone, the summary still takes it
                boolean toFlood = !lookAlike || bar == Double.NEGATIVE_INFINITY;
                assertEquals(toFlood ? flood : first, story, "look-alike " + lookAlike + ", bar " + bar);
            }
    }

    @Test void anUndatedReportTakesARevivedStoryItMatchesClearlyBetterThanALiveOne() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        for (double margin : new double[]{Double.POSITIVE_INFINITY, 2}) {
            Grouper g = Grouper.builder().windowDays(5).latenessDays(5).summaryMargin(margin).build();
            String flood = revivedFlood(g, d);
            // an undated report of a similar flood's people starts a live story of its own
            String first = g.add(art("again-0", "Petr Svoboda and Eva Kratochvilova were brought down safely, the town hall said.", null));
            assertNotEquals(flood, first);
            String story = g.add(art("flood-4", "Floodwaters of the Ostrava river swept away a footbridge in Novy Jicin after "
                    + "the storm; Petr Svoboda was rescued.", null));
            // a report of the first flood's words (4.3 with the revived story's summary, below the archive bar) naming
            // one of the second flood's people in passing (0.5 with its live story): the summary is clearly better
            assertEquals(margin == 2 ? flood : first, story, "margin " + margin);
        }
    }

    @Test void withoutTheComparisonAnUndatedArticleStaysWithTheLiveLookAlike() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().windowDays(5).latenessDays(5).undatedOverLive(Double.POSITIVE_INFINITY, 1).build();
        background(d, 6).forEach(g::add);
        String flood = g.add(art("flood-1", FLOOD, d));
        g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", d));
        background(d.plusDays(800), 6).forEach(a -> g.add(art("later-" + a.id(), a.text(), d.plusDays(800))));
        String again = g.add(art("again-1", FLOOD_AGAIN, d.plusDays(800)));
        String undated = g.add(art("flood-3", FLOOD + " Marek Dvorak was found alive; Jana Horakova was still missing.", null));
        assertEquals(again, undated);
        assertNotEquals(flood, undated);
    }

    @Test void undatedArticleDoesNotBridgeTwoStories() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        for (LocalDate bridgeDate : new LocalDate[]{d, null}) {
            // (without the merge of stories whose members agree on average, which does not rest on the article)
            Grouper g = Grouper.builder().linkMerge(Double.POSITIVE_INFINITY).build();
            background(d, 6).forEach(g::add);
            String a = g.add(art("flood", FLOOD, d));
            String b = g.add(art("quake", QUAKE, d));
            assertNotEquals(a, b);
            g.add(art("both", FLOOD + " " + QUAKE, bridgeDate));
            if (bridgeDate != null) {
                assertEquals(g.storyOf("flood"), g.storyOf("quake"));
            } else { // nothing dates it: the two stories may be events of different times
                assertEquals(List.of(a, b), List.of(g.storyOf("flood"), g.storyOf("quake")), g.changes().toString());
                assertTrue(g.changes().isEmpty(), g.changes().toString());
            }
        }
    }

    /** A flood story of five reports on day d (its people named in each), then the stream moves on 60 days. */
    static Grouper bigStoryThenTwoMonths(Grouper g, LocalDate d) {
        background(d, 6).forEach(g::add);
        for (int i = 1; i <= 5; i++) g.add(art("flood-" + i, FLOOD + " Update " + i + " from the town hall.", d, d));
        g.add(art("fire-1", FIRE, d.plusDays(60)));
        g.add(art("quake-1", QUAKE, d.plusDays(60)));
        return g;
    }

    @Test void followUpNamingABigStorysPeopleReachesItAfterTheWindow() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String followUp = "Marek Dvorak and Jana Horakova, rescued from the Ostrava river at Novy Jicin, thanked the volunteers.";
        // five reports name them: no longer rare in the stream, but found almost only in the flood story
        Grouper g = bigStoryThenTwoMonths(Grouper.builder().dateAnchor(false).build(), d);
        assertEquals(g.storyOf("flood-1"), g.add(art("thanks", followUp, d.plusDays(61))));
        Grouper off = bigStoryThenTwoMonths(Grouper.builder().dateAnchor(false).archiveDistinctive(0).build(), d);
        assertNotEquals(off.storyOf("flood-1"), off.add(art("thanks", followUp, d.plusDays(61))));
    }

    @Test void followUpReachesAStoryStillIndexedButOutOfItsWindow() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String followUp = "Marek Dvorak and Jana Horakova, rescued from the Ostrava river at Novy Jicin, thanked the volunteers.";
        // 17 days on: out of the 14-day window, yet not archived (the story stays indexed 7 days more for late reports)
        Grouper g = bigStoryThen(Grouper.builder().dateAnchor(false).build(), d, 17);
        assertEquals(g.storyOf("flood-1"), g.add(art("thanks", followUp, d.plusDays(17))));
        // and the next report joins it on ordinary evidence: the follow-up opened a new span
        assertEquals(g.storyOf("flood-1"), g.add(art("thanks-2", followUp + " The mayor thanked them too.", d.plusDays(20))));
        // without the rule it could reach the story neither live nor from the archive
        Grouper off = bigStoryThen(Grouper.builder().dateAnchor(false).pastSpan(false).build(), d, 17);
        assertNotEquals(off.storyOf("flood-1"), off.add(art("thanks", followUp, d.plusDays(17))));
        // an unrelated report of the town in that gap does not take it
        Grouper h = bigStoryThen(Grouper.builder().dateAnchor(false).build(), d, 17);
        assertNotEquals(h.storyOf("flood-1"), h.add(art("market", "The market in Novy Jicin reopened after repairs to the square.", d.plusDays(17))));
    }

    /** A flood story of five reports on day d (its people named in each), then the stream moves on {@code days}. */
    static Grouper bigStoryThen(Grouper g, LocalDate d, int days) {
        background(d, 6).forEach(g::add);
        for (int i = 1; i <= 5; i++) g.add(art("flood-" + i, FLOOD + " Update " + i + " from the town hall.", d, d));
        g.add(art("fire-1", FIRE, d.plusDays(days)));
        g.add(art("quake-1", QUAKE, d.plusDays(days)));
        return g;
    }

    @Test void revivedStoryIsFoundThroughItsOwnNamesNotOnlyThoseOfTheFollowUp() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String followUp = "Marek Dvorak and Jana Horakova, pulled out after the footbridge went down in the storm, "
                + "thanked the volunteers.";
        String rebuild = "Floodwaters from the Ostrava river in Novy Jicin: rescuers searched the banks, and the town "
                + "hall will rebuild.";
        // the follow-up names only the people: it brings the story back; the next report names only its places
        Grouper g = bigStoryThenTwoMonths(Grouper.builder().dateAnchor(false).build(), d);
        assertEquals(g.storyOf("flood-1"), g.add(art("thanks", followUp, d.plusDays(61))));
        assertEquals(g.storyOf("flood-1"), g.add(art("rebuild", rebuild, d.plusDays(62))));
        // a revived story indexed only under the follow-up's keys is not found by them
        Grouper off = bigStoryThenTwoMonths(Grouper.builder().dateAnchor(false).reviveIndex(0).build(), d);
        assertEquals(off.storyOf("flood-1"), off.add(art("thanks", followUp, d.plusDays(61))));
        assertNotEquals(off.storyOf("flood-1"), off.add(art("rebuild", rebuild, d.plusDays(62))));
    }

    @Test void followUpYearsLaterCloseToOneReportOfARememberedStoryReachesIt() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String[] reports = {FLOOD,
                "Marek Dvorak and Jana Horakova were missing in Novy Jicin; the mayor, Ludek Pospisil, asked the army "
                        + "for boats, schools in the district closed, the hospital in Valasske Mezirici moved patients, "
                        + "the railway to Hranice was cut and the brewery of Radegast stopped its lines.",
                "Neighbours of Jana Horakova in Novy Jicin said Marek Dvorak had gone to help her; governor Ivo "
                        + "Vondrak toured the damaged houses, promised money for the families, and the insurer Kooperativa "
                        + "sent assessors while volunteers from Olomouc and Opava filled sandbags at the cathedral.",
                "Insurers in Novy Jicin counted the damaged houses; Ludek Pospisil said Marek Dvorak and Jana "
                        + "Horakova were still missing, the electricity company Cez restored power in Kopřivnice and "
                        + "the Tatra factory sent trucks with drinking water to the villages of Bernartice and Sedlnice."};
        String followUp = "The rescuers who searched the Ostrava river for Marek Dvorak and Jana Horakova after the "
                + "storm swept away the footbridge were decorated.";
        String[] joined = new String[2];
        for (int i = 0; i < 2; i++) {
            Grouper g = (i == 0 ? Grouper.builder() : Grouper.builder().archiveMembers(0, 2)).dateAnchor(false).build();
            background(d, 6).forEach(g::add);
            for (int r = 0; r < reports.length; r++) g.add(art("flood-" + r, reports[r], d, d));
            g.add(art("fire-1", FIRE, d.plusDays(60)));
            g.add(art("quake-1", QUAKE, d.plusDays(800)));
            joined[i] = g.add(art("decorated", followUp, d.plusDays(800))).equals(g.storyOf("flood-0")) ? "joined" : "apart";
        }
        // two years on, only strong evidence reaches the story: the summed story blurs what the follow-up shares
        // with its first report; the report kept beside it shows it
        assertEquals(List.of("joined", "apart"), List.of(joined));
    }

    @Test void reportDatedOnItsOwnDayReachesABigStoryThroughItsOwnNames() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String hearing = "At a hearing on Monday, Marek Dvorak and Jana Horakova told how the Ostrava river swept "
                + "away the footbridge in Novy Jicin.";
        // dated two months on, its names no longer rare in the stream: the story's own names say it follows it up
        Grouper g = bigStoryThenTwoMonths(Grouper.builder().build(), d);
        assertEquals(g.storyOf("flood-1"), g.add(art("hearing", hearing, d.plusDays(61), d.plusDays(60))));
        // counting rare names only, the day of its own makes it a new event
        Grouper off = bigStoryThenTwoMonths(Grouper.builder().newEventDistinctive(Integer.MAX_VALUE).build(), d);
        assertNotEquals(off.storyOf("flood-1"), off.add(art("hearing", hearing, d.plusDays(61), d.plusDays(60))));
    }

    @Test void reportYearsLaterReachesTheStoryThroughItsOwnNamesOnStrongEvidence() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String trial = FLOOD + " Update 6 from the town hall: the builder of the footbridge went on trial.";
        // past the one-year memory of dated articles, the story's own names and a strong match still find it
        Grouper g = bigStoryThenTwoMonths(Grouper.builder().build(), d);
        g.add(art("quake-2", QUAKE, d.plusDays(800)));
        assertEquals(g.storyOf("flood-1"), g.add(art("trial", trial, d.plusDays(800))));
        Grouper off = bigStoryThenTwoMonths(Grouper.builder().oldStoryScore(Double.POSITIVE_INFINITY).build(), d);
        off.add(art("quake-2", QUAKE, d.plusDays(800)));
        assertNotEquals(off.storyOf("flood-1"), off.add(art("trial", trial, d.plusDays(800))));
    }

    @Test void lateReportGivingTheDayOfARememberedStoryReachesIt() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String inquiry = FLOOD + " An inquiry into the collapse opened.";
        Grouper g = bigStoryThenTwoMonths(Grouper.builder().archiveDistinctive(0).build(), d);
        // the report says the flood was on day d, one of the story's days
        assertEquals(g.storyOf("flood-1"), g.add(art("inquiry", inquiry, d.plusDays(61), d)));
        // one whose event is of its own day stays apart
        Grouper h = bigStoryThenTwoMonths(Grouper.builder().archiveDistinctive(0).build(), d);
        assertNotEquals(h.storyOf("flood-1"), h.add(art("inquiry", inquiry, d.plusDays(61), d.plusDays(61))));
    }

    @Test void lateArticleFindsItsStoryByEventDate() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().windowDays(5).latenessDays(10).build();
        background(d, 6).forEach(g::add);
        String s = g.add(art("flood-1", FLOOD, d));
        // the stream moves on ten days
        g.add(art("fire-1", FIRE, d.plusDays(10)));
        // a late report of the flood, published late but about the first of March
        String late = g.add(art("flood-2", FLOOD + " The footbridge had stood since 1931.", d.plusDays(10), d));
        assertEquals(s, late);
    }

    @Test void twoStoriesBridgedByOneArticleAreMergedAndTheChangeRecorded() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().build();
        background(d, 6).forEach(g::add);
        String a = g.add(art("flood", FLOOD, d));
        String b = g.add(art("fire", FIRE, d));
        assertNotEquals(a, b);
        String c = g.add(art("both", FLOOD + " " + FIRE, d));
        assertEquals(g.storyOf("flood"), g.storyOf("fire"));
        assertEquals(c, g.storyOf("flood"));
        Grouper.GroupingChange ch = g.changes().getLast();
        assertEquals(Grouper.GroupingChange.Kind.MERGE, ch.kind());
        assertEquals(List.of(a, b), ch.from());
        assertEquals(List.of(a), ch.to());
        assertTrue(ch.articles().contains("fire"), ch.toString());
        assertFalse(ch.articles().contains("flood"), ch.toString());
        assertEquals(1, g.clusters().stream().filter(cl -> cl.articles().contains("fire")).count());
    }

    @Test void storyHoldingTwoEventsIsSplitWhenEvidenceArrives() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        // without the rule that keeps a report matching the story strongly and dated on its own later day (an
        // arrest, a charge: see followUpDatedOnItsOwnLaterDayStaysInTheStoryWithoutMovingItsDays)
        Grouper g = Grouper.builder().laterOwnDay(Double.POSITIVE_INFINITY, 30).build();
        background(d, 6).forEach(g::add);
        String s = g.add(art("q1", QUAKE, d, d));
        g.add(art("q2", QUAKE + " Aftershocks followed.", d, d));
        // the same wording, but explicitly ten days later: another earthquake
        g.add(art("q3", QUAKE + " It was the second strong tremor in the region.", d.plusDays(10), d.plusDays(10)));
        assertEquals(s, g.storyOf("q1"));
        assertEquals(s, g.storyOf("q2"));
        assertNotEquals(s, g.storyOf("q3"));
        for (Grouper.GroupingChange ch : g.changes()) {
            if (ch.kind() == Grouper.GroupingChange.Kind.SPLIT) {
                assertEquals(List.of(s), ch.from());
                assertEquals(List.of("q3"), ch.articles());
            }
        }
    }

    @Test void datesTwoDaysApartDoNotSplitAStoryTheRestOfTheEvidenceHolds() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().build();
        background(d, 6).forEach(g::add);
        String s = g.add(art("q1", QUAKE, d, d));
        g.add(art("q2", QUAKE + " Aftershocks followed.", d, d));
        // a report dating the quake two days off (a weekday resolved wrongly): an extraction error, not another quake
        assertEquals(s, g.add(art("q3", QUAKE + " Tents were set up near the school.", d.plusDays(1), d.plusDays(2))));
        assertEquals(s, g.storyOf("q1"));
        assertTrue(g.changes().stream().noneMatch(c -> c.kind() == Grouper.GroupingChange.Kind.SPLIT), g.changes().toString());
    }

    @Test void reportDatingTheEventAWeekOffStaysWhenTheRestOfTheEvidenceHolds() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = Grouper.builder().build();
        background(d, 6).forEach(g::add);
        String s = g.add(art("q1", QUAKE, d, d));
        g.add(art("q2", QUAKE + " Aftershocks followed.", d, d));
        // a follow-up whose main event resolved to the day a victim died, six days on: the same quake
        assertEquals(s, g.add(art("q3", QUAKE + " Dariush Farahani died of his injuries.", d.plusDays(6), d.plusDays(6))));
        assertTrue(g.changes().stream().noneMatch(c -> c.kind() == Grouper.GroupingChange.Kind.SPLIT), g.changes().toString());
    }

    @Test void dayGuessedFromAnUndatedArticleIsEvidenceButNeverAContradiction() {
        SignatureExtractor ex = new SignatureExtractor(new Vocabulary(1000), 120, 12);
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertTrue(ex.extract(art("dated", QUAKE, d, d)).dateExplicit());
        Signature undated = ex.extract(art("undated", QUAKE, null, d.plusDays(7)));
        assertFalse(undated.dateExplicit());
        assertFalse(undated.anchored());
        assertEquals(d.plusDays(7).toEpochDay(), undated.date());
    }

    @Test void storiesAnArticleLinksAreMergedWhenTheirMembersAgreeOnAverage() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        // merging through one strong article is off: only the accumulated evidence can merge
        Grouper g = Grouper.builder().mergeThreshold(1000).build();
        background(d, 6).forEach(g::add);
        String a = g.add(art("flood-a", "Floodwaters from the Ostrava river swept away a footbridge in Novy Jicin.", d));
        String b = g.add(art("flood-b", "Rescuers searched for Marek Dvorak and Jana Horakova after the storm.", d));
        assertNotEquals(a, b);
        String c = g.add(art("flood-c", FLOOD, d));
        assertEquals(g.storyOf("flood-a"), g.storyOf("flood-b"), g.changes().toString());
        assertEquals(c, g.storyOf("flood-a"));
        Grouper.GroupingChange ch = g.changes().getLast();
        assertEquals(Grouper.GroupingChange.Kind.MERGE, ch.kind());
        assertEquals(List.of(a), ch.to());
        // an unrelated story the article does not link to stays apart
        String fire = g.add(art("fire", FIRE, d));
        assertNotEquals(fire, g.storyOf("flood-a"));
    }

    @Test void storiesLeaveTheWindowAndStateStaysBounded() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        List<Grouper.Cluster> evicted = new ArrayList<>();
        Grouper g = Grouper.builder().windowDays(3).latenessDays(1).archiveDays(0).keepHistory(false)
                .onEvicted(evicted::add).build();
        for (int day = 0; day < 60; day++)
            for (int k = 0; k < 5; k++)
                g.add(art("a" + day + "-" + k, "Report " + k + " of day " + day + " about the harbour of Varna"
                        + " and the ship Kaliakra" + day + "x" + k + ".", d.plusDays(day)));
        assertTrue(g.liveStories() <= 5 * 6, "live stories bounded by the window: " + g.liveStories());
        assertFalse(evicted.isEmpty());
        assertNull(g.storyOf("a0-0"), "forgotten without history");
        assertTrue(g.clusters().size() <= 5 * 6);
    }

    @Test void archiveRemembersAtMostItsCapacityAndForgetsTheOldestFirst() {
        LocalDate d = LocalDate.of(2024, 1, 1);
        List<Grouper.Cluster> forgotten = new ArrayList<>();
        Grouper g = Grouper.builder().windowDays(3).latenessDays(1).archiveCapacity(10).keepHistory(false)
                .onEvicted(forgotten::add).build();
        for (int day = 0; day < 60; day++)
            for (int k = 0; k < 5; k++)
                g.add(art("a" + day + "-" + k, "Report " + k + " of day " + day + " about the harbour of Varna"
                        + " and the ship Kaliakra" + day + "x" + k + ".", d.plusDays(day)));
        assertEquals(10, g.archivedStories(), "a full archive stays at its capacity");
        // the first stories out of the window are the first forgotten
        assertFalse(forgotten.isEmpty());
        assertTrue(forgotten.getFirst().articles().getFirst().startsWith("a0-"), forgotten.getFirst().toString());
        assertTrue(forgotten.stream().noneMatch(c -> c.articles().getFirst().startsWith("a55-")));
    }

    @Test void storyForgottenByAFullArchiveIsNoLongerFollowedUp() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String inquest = "An inquest opened on Monday into the deaths of Marek Dvorak and Jana Horakova, swept away"
                + " with the footbridge in Novy Jicin.";
        Grouper g = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).build(), d);
        assertEquals(g.storyOf("flood-1"), g.add(art("inquest", inquest, d.plusDays(61), d.plusDays(60))));
        Grouper none = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).archiveCapacity(0).build(), d);
        assertEquals(0, none.archivedStories());
        assertNotEquals(none.storyOf("flood-1"), none.add(art("inquest", inquest, d.plusDays(61), d.plusDays(60))));
        assertThrows(IllegalArgumentException.class, () -> Grouper.builder().archiveCapacity(-1));
    }

    @Test void mergesReachTheListenerAndAreCountedAlsoWithoutHistory() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        List<Grouper.GroupingChange> heard = new ArrayList<>();
        Grouper g = Grouper.builder().keepHistory(false).onChange(heard::add).build();
        background(d, 6).forEach(g::add);
        g.add(art("flood", FLOOD, d));
        g.add(art("fire", FIRE, d));
        assertEquals(0, g.changeCount());
        g.add(art("both", FLOOD + " " + FIRE, d));
        assertEquals(1, g.changeCount());
        assertEquals(Grouper.GroupingChange.Kind.MERGE, heard.getLast().kind());
        assertTrue(g.changes().isEmpty(), "no history kept");
    }

    /** A stream that moved on two months after the flood: the flood story is remembered, no longer live. */
    static Grouper afterTwoMonths(Grouper g, LocalDate d) {
        background(d, 6).forEach(g::add);
        g.add(art("flood-1", FLOOD, d, d));
        g.add(art("fire-1", FIRE, d.plusDays(60)));
        background(d.plusDays(60), 6).forEach(a -> g.add(art("later-" + a.id(), a.text(), d.plusDays(60))));
        return g;
    }

    static final String REBUILD = "Two months after floodwaters swept away the footbridge in Jicin, the council "
            + "approved a new crossing for the river.";

    @Test void followUpDatedOnTheStorysDayJoinsItWithoutSharedNames() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).build(), d);
        String flood = g.storyOf("flood-1");
        // the report names one place of the flood, no person, but dates its event on the flood's day
        assertEquals(flood, g.add(art("flood-2", REBUILD, d.plusDays(61), d)));
        // without the day as evidence it is a story of its own
        Grouper off = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).dateAnchor(false).build(), d);
        assertNotEquals(off.storyOf("flood-1"), off.add(art("flood-2", REBUILD, d.plusDays(61), d)));
    }

    @Test void eventDatedInItsTextLongAfterARememberedStoryIsNewThoughItNamesTheSamePlaces() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).build(), d);
        String flood = g.storyOf("flood-1");
        String again = "A flood of the Ostrava river swept away the new footbridge in Jicin, where rescuers searched for walkers.";
        assertNotEquals(flood, g.add(art("flood-again", again, d.plusDays(61), d.plusDays(60))));
        // with the rule off, the shared places and words take it into the old story
        Grouper off = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).newEventDays(100_000).build(), d);
        assertEquals(off.storyOf("flood-1"), off.add(art("flood-again", again, d.plusDays(61), d.plusDays(60))));
    }

    @Test void followUpDatedOnItsOwnDayJoinsARememberedStoryWhoseNamesItShares() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).build(), d);
        // an inquest held two months later names the missing people and the town: three names outweigh the day
        assertEquals(g.storyOf("flood-1"), g.add(art("inquest", "An inquest opened on Monday into the deaths of Marek "
                + "Dvorak and Jana Horakova, swept away with the footbridge in Novy Jicin.", d.plusDays(61), d.plusDays(60))));
    }

    @Test void storyRevivedByAFollowUpTakesTheNextReportsOfThoseDays() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        Grouper g = afterTwoMonths(Grouper.builder().windowDays(5).latenessDays(5).maxSpanDays(30).build(), d);
        String flood = g.storyOf("flood-1");
        assertEquals(flood, g.add(art("flood-2", FLOOD + " Marek Dvorak was found alive.", d.plusDays(61))));
        // two days later, an ordinary report of the rescue joins the story the follow-up brought back
        assertEquals(flood, g.add(art("flood-3", "Marek Dvorak, rescued after the footbridge in Novy Jicin was "
                + "swept away, thanked the rescuers who searched the Ostrava river.", d.plusDays(63))));
    }

    @Test void builderRejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> Grouper.builder().windowDays(-1));
        assertThrows(IllegalArgumentException.class, () -> Grouper.builder().threshold(5).mergeThreshold(1).build());
    }

    @Test void followUpDatedOnItsOwnLaterDayStaysInTheStoryWithoutMovingItsDays() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String report = FLOOD + " The town hall opened the gym on Palackeho for families.";
        // an arrest twelve days on, its main event dated to that day by the time extractor
        String arrest = FLOOD + " Twelve days later police arrested the contractor who built the footbridge.";
        for (boolean rule : new boolean[]{true, false}) {
            Grouper g = Grouper.builder().laterOwnDay(rule ? 4 : Double.POSITIVE_INFINITY, 30).build();
            background(d, 6).forEach(g::add);
            String flood = g.add(art("flood-1", FLOOD, d, d));
            assertEquals(flood, g.add(art("flood-2", report, d, d)));
            g.add(art("flood-3", arrest, d.plusDays(12), d.plusDays(12)));
            if (rule) assertEquals(flood, g.storyOf("flood-3"), "the follow-up stays");
            else assertNotEquals(flood, g.storyOf("flood-3"), "without the rule the explicit dates split it off");
            // another flood in the town with other people, three weeks after the first: the arrest's day did not
            // bring the story nearer to it
            if (rule) assertNotEquals(flood, g.add(art("again-1", FLOOD_AGAIN, d.plusDays(21), d.plusDays(21))));
        }
    }

    @Test void reportOfTheOriginalDayJoinsAStoryOfFollowUpsDatedOnTheirOwnDay() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        String arrest = FLOOD + " Police arrested the contractor who built the footbridge.";
        String charge = FLOOD + " The contractor who built the footbridge was charged in court.";
        Grouper g = Grouper.builder().build();
        background(d, 6).forEach(g::add);
        // the first reports the stream sees are follow-ups, each dated on its own day
        String story = g.add(art("arrest", arrest, d.plusDays(12), d.plusDays(12)));
        assertEquals(story, g.add(art("charge", charge, d.plusDays(13), d.plusDays(13))));
        // a late report of the flood itself, dated on its day twelve days before: the same story
        g.add(art("flood", FLOOD, d.plusDays(13), d));
        assertEquals(story, g.storyOf("flood"), g.changes().toString());
        assertEquals(story, g.storyOf("arrest"));
    }
}
