package io.triangulate.web;

import io.triangulate.api.ApiServer;
import io.triangulate.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Headless Debian Chromium driven by Selenium through Debian's chromedriver, with a fresh profile. */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("triangulate.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("triangulate.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    /** A store served on a free loopback port and a fresh headless browser; closed together. */
    static final class Session implements AutoCloseable {
        final Store store;
        final ApiServer server;
        final ChromeDriver driver;
        final String base;

        Session(Store store, Path profile, int width, int height) {
            this.store = store;
            this.server = ApiServer.builder(store).port(0).start();
            this.base = "http://127.0.0.1:" + server.port() + "/";
            this.driver = start(profile, width, height);
        }

        @Override public void close() {
            driver.quit();
            server.close();
            store.close();
        }
    }

    /** Skips the calling test, with a message, when no Chromium is installed. */
    static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: no " + CHROMIUM + " or " + DRIVER + " (run scripts/install-browser.sh)");
    }

    static ChromeDriver start(Path profile, int width, int height) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return d;
    }

    /** Saves a screenshot as target/screenshots/NAME.png and returns its path. */
    static Path screenshot(ChromeDriver d, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File f = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
        Path out = dir.resolve(name + ".png");
        Files.copy(f.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }
}
