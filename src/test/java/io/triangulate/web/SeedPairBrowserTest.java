package io.triangulate.web;

import io.triangulate.cli.Main;
import io.triangulate.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The web page in headless Chromium on a store filled by {@code ingest} (the real pipeline) with the
 * founding example from ../shared and the project's example articles.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPairBrowserTest {
    static final Path SEED = Path.of("..", "shared", "examples", "seed-pair");
    static final Path EXAMPLES = Path.of("examples", "articles");
    @TempDir static Path dir;
    Browser.Session session;
    ChromeDriver driver;
    String base;

    @BeforeAll void start() {
        Browser.assumeAvailable();
        Assumptions.assumeTrue(Files.isDirectory(SEED), "skipped: " + SEED + " is absent");
        Path db = dir.resolve("db");
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString(), SEED.toString()));
        if (Files.isDirectory(EXAMPLES)) args.add(EXAMPLES.toString());
        assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)));
        Store store = Store.open(db);
        session = new Browser.Session(store, dir.resolve("profile"), 1280, 1000);
        driver = session.driver;
        base = session.base;
    }

    @AfterAll void stop() {
        if (session != null) session.close();
    }

    WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(30)); }

    @Test void eventsOnTheMapAndAConflictOnItsEventPage() throws Exception {
        driver.get(base);
        waiting().until(d -> !d.findElements(By.cssSelector("#event-list li.event-item")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("path.event-marker")).isEmpty());
        // the founding example's Baghdad incident is on the map and in the list
        driver.get(base + "#/?near=33.34,44.40&radiusKm=25");
        waiting().until(d -> !d.findElements(By.cssSelector("#event-list li.event-item")).isEmpty());
        driver.get(base);
        waiting().until(d -> !d.findElements(By.cssSelector("path.event-marker")).isEmpty());
        Browser.screenshot(driver, "seed-events");
        // an event whose sources disagree: the conflicting row of its side-by-side table
        WebElement conflicted = waiting().until(d -> d.findElements(By.cssSelector("#event-list li.event-item")).stream()
                .filter(li -> !li.findElements(By.cssSelector(".badge.conflict")).isEmpty()).findFirst().orElse(null));
        conflicted.findElement(By.cssSelector("a")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#facts tr.row-conflict")).isEmpty());
        WebElement row = driver.findElement(By.cssSelector("#facts tr.row-conflict"));
        assertTrue(row.findElements(By.cssSelector("td.status-conflict")).size() >= 1);
        Browser.screenshot(driver, "seed-event");
    }
}
