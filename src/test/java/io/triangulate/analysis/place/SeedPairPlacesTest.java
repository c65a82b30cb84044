package io.triangulate.analysis.place;

import io.triangulate.model.PlaceMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The founding example: both reports' places, read from ../shared at run time (skipped when absent). */
class SeedPairPlacesTest {
    static Path seedPair() {
        for (String p : List.of(System.getProperty("triangulate.shared", ""), "../shared", "../../shared")) {
            if (p.isEmpty()) continue;
            Path dir = Path.of(p, "examples", "seed-pair");
            if (Files.isDirectory(dir)) return dir;
        }
        return null;
    }

    @Test
    void baghdadAndBaladAreWhereTheyAre() throws IOException {
        Path dir = seedPair();
        Assumptions.assumeTrue(dir != null, "../shared/examples/seed-pair not found: skipped");
        PlaceExtractor x = new PlaceExtractor(Gazetteer.shared());
        List<PlaceMention> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) all.addAll(x.extract(Files.readString(f, StandardCharsets.UTF_8), "en"));
        }
        List<PlaceMention> baghdad = all.stream().filter(m -> m.text().startsWith("Baghdad")).toList();
        assertFalse(baghdad.isEmpty());
        for (PlaceMention m : baghdad) assertTrue(m.place().distanceKm(33.34, 44.40) <= 25, m.toString());
        List<PlaceMention> balad = all.stream().filter(m -> m.text().equals("Balad")).toList();
        assertFalse(balad.isEmpty());
        for (PlaceMention m : balad) {
            assertTrue(m.place().distanceKm(34.01, 44.15) <= 30, m.toString());
            assertNotNull(m.facility());
        }
        assertTrue(all.stream().filter(m -> m.text().equals("Iraqi")).allMatch(PlaceMention::demonym));
        PlaceMention arabic = x.extract("سقطت صواريخ ببغداد", "ar").get(0);
        assertTrue(arabic.place().distanceKm(33.34, 44.40) <= 25, arabic.toString());
    }
}
