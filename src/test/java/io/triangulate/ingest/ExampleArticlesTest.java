package io.triangulate.ingest;

import io.triangulate.analysis.language.LanguageDetector;
import io.triangulate.clean.Block;
import io.triangulate.clean.Cleaned;
import io.triangulate.clean.Cleaner;
import io.triangulate.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The project's own example articles (examples/articles) read through ingest, clean and language detection. */
class ExampleArticlesTest {
    @Test void everyExampleIsReadCleanedAndIdentified() {
        IngestResult r = Ingestor.create().readAll(List.of("examples/articles"), InputFormat.AUTO);
        assertTrue(r.warnings().isEmpty(), r.warnings()::toString);
        Map<String, Article> byId = r.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        assertEquals(7, byId.size(), byId.keySet()::toString);

        Article html = byId.get("07-kurdistan-observer-erbil");
        assertEquals("Kurdistan Observer", html.source());
        assertEquals(LocalDate.of(2023, 3, 15), html.published());
        Article update = byId.get("05-regional-news-erbil-update");
        assertEquals("Regional News Agency", update.source());
        assertEquals(LocalDate.of(2023, 3, 15), update.published());

        LanguageDetector detector = LanguageDetector.create();
        for (Article a : r.articles()) {
            String expected = a.id().endsWith("-fr") ? "fr" : "en";
            assertEquals(expected, detector.detect(a.text()), a.id());
            Cleaned c = Cleaner.create().clean(a.text(), expected);
            assertFalse(c.text().contains("TRENDING") || c.text().contains("RELATED:") || c.text().contains("À lire aussi")
                    || c.text().contains("Sponsored") || c.text().contains("Editing by"), a.id());
        }
        Cleaned page = Cleaner.create().clean(html.text(), "en");
        assertTrue(page.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.EMBEDDED_POST && "@KRG_CT_demo".equals(b.author())));
    }
}
