package io.triangulate.clean;

import io.triangulate.ingest.IngestResult;
import io.triangulate.ingest.Ingestor;
import io.triangulate.ingest.InputFormat;
import io.triangulate.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The founding example, read from ../shared at run time (skipped where it is absent). */
class SeedPairCleanTest {
    static final Path SEED = Path.of("..", "shared", "examples", "seed-pair");
    static List<Article> articles;

    @BeforeAll static void read() {
        // ../shared beside the clone; ../../shared from a worktree one level deeper
        Path seed = Files.isDirectory(SEED) ? SEED : Path.of("..").resolve(SEED);
        assumeTrue(Files.isDirectory(seed), "../shared/examples/seed-pair is absent: skipped");
        IngestResult r = Ingestor.create().readAll(List.of(seed.toString()), InputFormat.AUTO);
        assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
        articles = r.articles();
    }

    @Test void firstArticleLosesPromotionPollAndFooterButKeepsReportingAndPosts() {
        Article a = articles.get(0);
        assertEquals("2020-01-04", String.valueOf(a.published()));
        assertTrue(a.text().startsWith("Reports of rocket attacks"));
        Cleaned c = Cleaner.create().clean(a.text(), "en");
        for (String gone : List.of("TRENDING", "RELATED", "Do you believe", "Votes", "poll", "Privacy Policy",
                "logged in", "Click here", "editorial standards", "committed to truth", "t.co/", "pic.twitter.com")) {
            assertFalse(c.text().contains(gone), gone);
        }
        // every paragraph that reports (names the rockets, the casualties, the outlook) survives, as read from ../shared
        for (String para : a.text().split("\n\s*\n")) {
            String p = para.strip();
            if (p.contains("Katyusha") && !p.contains("t.co/") || p.contains("casualties") || p.startsWith("A clearer")) {
                String head = p.substring(0, Math.min(40, p.length()));
                assertTrue(c.text().contains(head), "kept: " + head);
            }
        }
        assertTrue(c.text().contains("Update:"), "the update paragraph is kept");
        List<Block> posts = c.blocks().stream().filter(b -> b.kind() == Block.Kind.EMBEDDED_POST).toList();
        assertEquals(List.of("@AlArabiya_Brk", "@AlArabiya_Eng"), posts.stream().map(Block::author).toList());
        assertTrue(c.text().substring(posts.get(0).start(), posts.get(0).end()).startsWith("مصدر أمني عراقي"));
        assertTrue(c.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.QUOTE && "Al-Arabiya".equals(b.author())));
    }

    @Test void secondArticleLosesOnlyTheClosingPromotion() {
        Article a = articles.get(1);
        Cleaned c = Cleaner.create().clean(a.text(), "en");
        assertEquals(1, c.removed().size(), c.removed()::toString);
        String removed = c.removed().get(0).text().strip();
        String original = a.text().strip();
        assertTrue(original.endsWith(removed), "only the closing line goes: " + removed);
        assertTrue(removed.length() < 100, removed);
        String rest = original.substring(0, original.length() - removed.length()).strip();
        assertEquals(rest.substring(0, 40), c.text().substring(0, 40), "the report starts as it did");
        assertTrue(c.text().strip().endsWith(rest.substring(rest.length() - 40)), "and ends where the promotion began");
    }
}
