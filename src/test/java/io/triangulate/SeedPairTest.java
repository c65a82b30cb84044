package io.triangulate;

import io.triangulate.ingest.IngestResult;
import io.triangulate.ingest.Ingestor;
import io.triangulate.ingest.InputFormat;
import io.triangulate.model.AnalysisResult;
import io.triangulate.model.ArticleSummary;
import io.triangulate.model.Event;
import io.triangulate.model.Evidence;
import io.triangulate.model.Fact;
import io.triangulate.model.FactStatus;
import io.triangulate.model.FactValue;
import io.triangulate.model.Location;
import io.triangulate.model.Place;
import io.triangulate.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The founding example (issue #2, point 3), read from ../shared/examples/seed-pair at run time.
 * Skipped, with a message, where ../shared is absent.
 */
class SeedPairTest {
    static final Path SEED = Path.of("..", "shared", "examples", "seed-pair");
    static AnalysisResult result;

    @BeforeAll
    static void run() {
        assumeTrue(Files.isDirectory(SEED), "../shared/examples/seed-pair is absent: founding-example test skipped");
        IngestResult read = Ingestor.create().readAll(List.of(SEED.toString()), InputFormat.AUTO);
        assertEquals(2, read.articles().size(), "both seed articles read: " + read.warnings());
        result = Triangulate.create().analyze(read.articles(), read.warnings());
    }

    @Test
    void bothArticlesFormOneStory() {
        Story story = result.stories().stream().filter(s -> s.articles().size() == 2).findFirst()
                .orElseThrow(() -> new AssertionError("no story holds both articles: " + result.stories()));
        assertEquals(1, result.stories().size(), "one story");
        assertTrue(story.events().size() >= 2);
    }

    @Test
    void undatedArticleDateIsInferredOrNullNeverWrong() {
        ArticleSummary undated = result.articles().stream().filter(a -> a.id().startsWith("002")).findFirst().orElseThrow();
        assertTrue(undated.published() == null || undated.published().equals(LocalDate.of(2020, 1, 4)),
                "inferred publication date " + undated.published());
        ArticleSummary dated = result.articles().stream().filter(a -> a.id().startsWith("000")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2020, 1, 4), dated.published());
    }

    @Test
    void greenZoneEventHasTheWeaponConflictWithEachSidesSentence() {
        Event e = mainEventNear(33.34, 44.40, 25);
        assertEquals(LocalDate.of(2020, 1, 4), e.date());
        assertEquals(2, e.articles().size(), "reported by both: " + e.articles());
        Fact weapon = fact(e, "weapon");
        assertEquals(FactStatus.CONFLICT, weapon.status(), "weapon " + weapon);
        FactValue rockets = value(weapon, "rocket");
        FactValue mortars = value(weapon, "mortar");
        assertTrue(rockets.articles().stream().allMatch(a -> a.startsWith("000")), "rockets from the first article");
        assertTrue(mortars.articles().stream().allMatch(a -> a.startsWith("002")), "mortars from the second");
        assertEquals(2, mortars.count());
        assertTrue(rockets.evidence().stream().map(Evidence::text).anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("katyusha")));
        assertTrue(mortars.evidence().stream().map(Evidence::text).anyMatch(t -> t.contains("mortar shells")));
        assertEquals(0, e.killed());
    }

    @Test
    void baladEventAgreesOnTwoKatyushaRockets() {
        Event e = mainEventNear(34.01, 44.15, 30);
        assertEquals(LocalDate.of(2020, 1, 4), e.date());
        assertEquals(2, e.articles().size(), "reported by both: " + e.articles());
        Fact weapon = fact(e, "weapon");
        assertEquals(FactStatus.AGREED, weapon.status(), "weapon " + weapon);
        assertTrue(weapon.values().get(0).value().toLowerCase(Locale.ROOT).contains("katyusha"));
        assertEquals(2, weapon.values().get(0).count());
        assertEquals(0, e.killed());
    }

    @Test
    void backgroundEventsAreResolvedToTheirDates() {
        List<LocalDate> background = result.events().stream().filter(e -> e.role().equals("background"))
                .map(Event::date).toList();
        assertTrue(background.contains(LocalDate.of(2020, 1, 3)), "the drone strike of Friday: " + background);
        assertTrue(background.contains(LocalDate.of(2019, 12, 31)), "the embassy attack of Tuesday: " + background);
    }

    @Test
    void nothingComesFromPollsPromotionOrSpeculation() {
        for (Event e : result.events()) {
            for (Fact f : e.facts()) {
                for (FactValue v : f.values()) {
                    for (Evidence ev : v.evidence()) {
                        String t = ev.text();
                        for (String banned : List.of("TRENDING", "RELATED", "Votes", "poll", "not hard to imagine",
                                "may have been", "It’s possible", "It's possible", "will likely", "editorial standards")) {
                            assertFalse(t.contains(banned), "evidence from excluded text (" + banned + "): " + t);
                        }
                    }
                }
            }
        }
    }

    private static Event mainEventNear(double lat, double lon, double km) {
        Place probe = new Place(0, "probe", "IQ", null, lat, lon, 0, Place.Kind.CITY);
        Optional<Event> e = result.events().stream().filter(x -> x.role().equals("main") && x.location() != null)
                .filter(x -> probe.distanceKm(x.location().lat(), x.location().lon()) <= km).findFirst();
        return e.orElseThrow(() -> new AssertionError("no main event within " + km + " km of " + lat + "," + lon
                + ": " + result.events().stream().map(x -> x.role() + " " + describe(x.location())).toList()));
    }

    private static String describe(Location l) { return l == null ? "null" : l.name() + " " + l.lat() + "," + l.lon(); }

    private static Fact fact(Event e, String field) {
        return e.facts().stream().filter(f -> f.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " fact in " + e));
    }

    private static FactValue value(Fact f, String contains) {
        return f.values().stream().filter(v -> v.value().toLowerCase(Locale.ROOT).contains(contains)).findFirst()
                .orElseThrow(() -> new AssertionError("no value containing " + contains + " in " + f));
    }
}
