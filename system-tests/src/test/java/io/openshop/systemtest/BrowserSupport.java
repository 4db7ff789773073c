package io.openshop.systemtest;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Debian's headless Chromium, driven by its chromedriver; never a downloaded browser. */
final class BrowserSupport {

    /** The widths every storefront page is checked and photographed at: a phone, a tablet, a laptop. */
    static final int[] WIDTHS = {375, 768, 1280};

    private BrowserSupport() {
    }

    static WebDriver chromium(int width, int height) throws IOException {
        File binary = new File("/usr/bin/chromium");
        File driver = new File("/usr/bin/chromedriver");
        if (!binary.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver"
                    + " (apt-get install chromium chromium-driver); system-tests/ensure-browser.sh installs them.");
        }
        Path profile = Files.createTempDirectory("shop-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        Path dir = TestSettings.screenshots();
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * What is wrong with the page the browser shows, for a shopper: axe-core's serious and critical
     * violations, and sideways scrolling at any of the {@link #WIDTHS}. Takes a screenshot at each
     * width ({@code name-375.png} …) as a build artefact and leaves the window at 1280 px.
     */
    static List<String> pageProblems(WebDriver browser, String name) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String violation : AccessibilitySupport.seriousViolations(browser)) {
            problems.add(name + ": " + violation);
        }
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            long overflow = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            if (overflow > 0) {
                problems.add(name + ": scrolls sideways by " + overflow + " px at " + width + " px");
            }
            screenshot(browser, name + "-" + width);
        }
        browser.manage().window().setSize(new Dimension(1280, 900));
        return problems;
    }
}
