package io.triangulate.web;

import io.triangulate.model.Article;
import io.triangulate.store.Fixtures;
import io.triangulate.store.Ingestion;
import io.triangulate.store.Store;
import org.junit.jupiter.api.AfterAll;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The web page in headless Chromium against a server holding the fixture articles. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {
    @TempDir static Path dir;
    Browser.Session session;
    ChromeDriver driver;
    String base;

    @BeforeAll void start() {
        Browser.assumeAvailable();
        Store store = Store.open(dir.resolve("db"));
        Ingestion ing = Ingestion.open(store, new Fixtures.FixtureEngine());
        for (Article a : Fixtures.articles()) ing.ingest(a);
        session = new Browser.Session(store, dir.resolve("profile"), 1280, 900);
        driver = session.driver;
        base = session.base;
    }

    @AfterAll void stop() {
        if (session != null) session.close();
    }

    WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(20)); }

    @Test void eventsListMapAndTimeline() throws Exception {
        driver.get(base);
        waiting().until(d -> d.findElements(By.cssSelector("#event-list li.event-item")).size() == 3);
        // offline basemap drawn (hundreds of country outlines) and one marker per located event
        waiting().until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 100);
        assertEquals(3, driver.findElements(By.cssSelector("path.event-marker")).size());
        assertFalse(driver.findElements(By.cssSelector(".timeline rect.bar")).isEmpty());
        assertTrue(driver.findElement(By.id("event-count")).getText().startsWith("3 events"));
        // types under their ACLED sub-event names, not raw codes
        assertTrue(driver.findElements(By.cssSelector("#event-list .ev-title")).stream()
                .allMatch(e -> !e.getText().contains("_") && !e.getText().isBlank()));
        assertTrue(driver.findElement(By.id("event-list")).getText().contains("Shelling / artillery / missile attack"));
        // a conflict is flagged in the list
        assertTrue(driver.findElements(By.cssSelector("#event-list .badge.conflict")).size() == 1);
        // no request left the machine: every resource came from this server
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) driver.executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        for (String u : urls) assertTrue(u.startsWith(base), "off-machine request: " + u);
        Path shot = Browser.screenshot(driver, "events");
        assertTrue(Files.size(shot) > 10_000);

        // filtering by text narrows list and map
        driver.findElement(By.name("q")).sendKeys("Goma");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#event-list li.event-item")).size() == 1
                && d.findElements(By.cssSelector("path.event-marker")).size() == 1);
    }

    @Test void eventPageShowsTheConflictSideBySideWithEvidence() throws Exception {
        driver.get(base + "#/?q=mortar");
        waiting().until(d -> d.findElements(By.cssSelector("#event-list li.event-item a")).size() == 1);
        driver.findElement(By.cssSelector("#event-list li.event-item a")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#facts tr.row-conflict")).isEmpty());
        WebElement row = driver.findElement(By.cssSelector("#facts tr.row-conflict[data-field=weapon]"));
        List<WebElement> cells = row.findElements(By.cssSelector("td.status-conflict"));
        assertEquals(2, cells.size());
        assertTrue(cells.get(0).getText().contains("rocket"), cells.get(0).getText());
        assertTrue(cells.get(1).getText().contains("mortar shell"), cells.get(1).getText());
        assertTrue(cells.get(1).getText().contains("Two mortar shells fell on a market in Mosul yesterday."));
        Browser.screenshot(driver, "event");
        // the value links to its sentence, highlighted in the article
        cells.get(1).findElement(By.cssSelector("a")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#article-text mark.sentence")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#article-text")).getText().contains("Two mortar shells"));
        assertFalse(driver.findElements(By.cssSelector("#article-text mark.place")).isEmpty());
    }

    @Test void articleMarkupIsShownAsText() throws Exception {
        driver.get(base + "#/article/markup");
        waiting().until(d -> !d.findElements(By.id("article-text")).isEmpty());
        WebElement text = driver.findElement(By.id("article-text"));
        assertTrue(text.getText().contains("<script>alert('x')</script>"), text.getText());
        assertTrue(text.getText().contains("<b>bold</b>"));
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('#article-text script, #article-text b').length"));
        assertEquals("A <script> in Lyon", driver.findElement(By.cssSelector("main h1")).getText());
        assertFalse(driver.findElement(By.tagName("main")).getText().contains("null"));
        Browser.screenshot(driver, "article-markup");
    }

    @Test void storyPageAndPhoneLayout() throws Exception {
        driver.get(base + "#/?q=mortar");
        waiting().until(d -> d.findElements(By.cssSelector("#event-list li.event-item a")).size() == 1);
        driver.findElement(By.cssSelector("#event-list li.event-item a")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("main .muted a[href^='#/story/']")).isEmpty());
        driver.findElement(By.cssSelector("main .muted a[href^='#/story/']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("main a[href^='#/article/']")).size() == 2);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        driver.get(base);
        waiting().until(d -> d.findElements(By.cssSelector("#event-list li.event-item")).size() == 3);
        long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width <= 400, "no horizontal scrolling on a phone, page width " + width);
        Browser.screenshot(driver, "events-phone");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
