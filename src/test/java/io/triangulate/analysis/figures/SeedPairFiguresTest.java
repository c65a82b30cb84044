package io.triangulate.analysis.figures;

import io.triangulate.analysis.attribution.AttributionAnalyzer;
import io.triangulate.model.Attribution;
import io.triangulate.model.Figure;
import io.triangulate.model.FigureKind;
import io.triangulate.model.Modality;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The founding example, read at run time from {@code ../shared/examples/seed-pair} (skipped when absent):
 * weapon figures, "no casualties", "killing an American subcontractor", speculation and attributions.
 */
class SeedPairFiguresTest {
    private static final FigureExtractor FX = FigureExtractor.create();
    private static final AttributionAnalyzer AN = AttributionAnalyzer.create();
    private static String english;   // the dated report
    private static String other;     // the translated, undated report

    @BeforeAll static void read() throws IOException {
        Path dir = Stream.of(System.getenv("TRIANGULATE_SHARED"), "../shared", "../../shared")
                .filter(p -> p != null && Files.isDirectory(Path.of(p, "examples", "seed-pair")))
                .map(p -> Path.of(p, "examples", "seed-pair")).findFirst().orElse(null);
        Assumptions.assumeTrue(dir != null, "../shared/examples/seed-pair is absent: seed pair checks skipped");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.strip().startsWith("date ")) english = text; else other = text;
            }
        }
        Assumptions.assumeTrue(english != null && other != null, "seed pair incomplete in " + dir);
    }

    static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+|\\n+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String sentence(String text, String containing) {
        return sentences(text).stream().filter(s -> s.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence with '" + containing + "'"));
    }

    static boolean weapon(List<Figure> figures, String object, int count) {
        return figures.stream().anyMatch(f -> f.kind() == FigureKind.WEAPON && object.equals(f.object())
                && Integer.valueOf(count).equals(f.min()) && Integer.valueOf(count).equals(f.max()));
    }

    @Test void greenZoneWeaponsDifferBetweenTheReports() {
        List<Figure> en = FX.extract(sentence(english, "embassy in Baghdad"), "en");
        assertTrue(weapon(en, "Katyusha rocket", 2), en::toString);
        List<Figure> fr = FX.extract(sentence(other, "mortar"), "en");
        assertTrue(weapon(fr, "mortar shell", 2), fr::toString);
    }

    @Test void baladTwoKatyushaRocketsInBoth() {
        assertTrue(weapon(FX.extract(sentence(english, "Balad"), "en"), "Katyusha rocket", 2));
        assertTrue(weapon(FX.extract(sentence(other, "Balad"), "en"), "Katyusha rocket", 2));
    }

    @Test void arabicPostCountsTwoKatyushaRockets() {
        String post = sentences(english).stream().filter(s -> s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC))
                .findFirst().orElseThrow();
        assertTrue(weapon(FX.extract(post, "ar"), "Katyusha rocket", 2), () -> FX.extract(post, "ar").toString());
    }

    @Test void noCasualtiesIsZeroKilledAndInjured() {
        CasualtySummary s = FigureExtractor.summarise(FX.extract(sentence(other, "casualties"), "en"));
        assertEquals(new CasualtySummary(0, 0), s);
    }

    @Test void subcontractorKilled() {
        List<Figure> f = FX.extract(sentence(other, "subcontractor"), "en");
        assertTrue(f.stream().anyMatch(x -> x.kind() == FigureKind.KILLED && x.exact() && x.min() == 1
                && x.text().contains("subcontractor")), f::toString);
        assertTrue(f.stream().noneMatch(x -> x.kind() == FigureKind.WEAPON), "rocket attacks are not weapons: " + f);
    }

    @Test void speculationIsMarked() {
        for (String cue : List.of("not hard to imagine", "may have been", "possible", "will likely")) {
            String s = sentence(english, cue);
            assertEquals(Modality.SPECULATED, AN.modality(s, "en"), s);
        }
    }

    @Test void attributionsAreFound() {
        Attribution reuters = AN.attribute(sentence(english, "Reuters reported that"), "en");
        assertEquals("Reuters", reuters.speaker());
        Attribution times = AN.attribute(sentence(english, "citing"), "en");
        assertEquals("Iraqi military", times.speaker());
        assertEquals("The Times of Israel", times.via());
        Attribution arabiya = AN.attribute(sentence(english, "reported on Twitter"), "en");
        assertEquals("Iraqi security source", arabiya.speaker());
        assertEquals("Al-Arabiya", arabiya.via());
        Attribution command = AN.attribute(sentence(other, "According to"), "en");
        assertEquals("Iraqi military command", command.speaker());
        Attribution officials = AN.attribute(sentences(other).get(0), "en");
        assertEquals("security officials", officials.speaker());
        assertEquals("sources", AN.attribute(sentence(other, "sources added"), "en").speaker());
        for (Attribution a : List.of(reuters, times, arabiya, command, officials)) assertEquals(Modality.REPORTED, a.modality());
    }

    @Test void promotionIsOpinion() {
        assertEquals(Modality.OPINION, AN.modality(sentence(english, "TRENDING"), "en"));
        assertEquals(Modality.OPINION, AN.modality(sentence(english, "committed"), "en"));
    }
}
