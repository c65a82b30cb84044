package io.triangulate.analysis.time;

import io.triangulate.model.TimeMention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The founding example, read from ../shared at run time (skipped when it is absent). */
class SeedPairTimeTest {
    /** ../shared beside the checkout, or -Dtriangulate.shared=DIR. */
    static final Path SEED = Path.of(System.getProperty("triangulate.shared", "../shared"), "examples", "seed-pair");
    static final LocalDate JAN4 = LocalDate.of(2020, 1, 4);

    static String read(String prefix) throws IOException {
        assumeTrue(Files.isDirectory(SEED), "seed pair not found at " + SEED.toAbsolutePath());
        try (var s = Files.list(SEED)) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            assumeTrue(p != null, "no seed article " + prefix + "* in " + SEED);
            return Files.readString(p);
        }
    }

    static String valueOf(List<TimeMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).map(TimeMention::value).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + ms));
    }

    @Test void englishReportResolvesFridayMorning() throws IOException {
        List<TimeMention> ms = TimeExtractor.create().extract(read("000_"), "en", JAN4);
        assertEquals("2020-01-03TMO", valueOf(ms, "Friday morning"));
        assertTrue(ms.stream().anyMatch(m -> m.text().equals("Friday morning") && LocalDate.of(2020, 1, 3).equals(m.date())));
    }

    @Test void translatedReportResolvesTuesdayAndOctober27() throws IOException {
        List<TimeMention> ms = TimeExtractor.create().extract(read("002_"), "en", JAN4);
        assertEquals("2019-12-31", valueOf(ms, "Tuesday"));
        assertEquals("2019-10-27", valueOf(ms, "October 27"));
    }

    @Test void undatedReportGetsCandidatesButNoGuess() throws IOException {
        String t = read("002_");
        assertTrue(PublicationDateInference.candidates(t, "en").contains(JAN4));
        assertEquals(Optional.empty(), PublicationDateInference.infer(t, "en"));
    }
}
