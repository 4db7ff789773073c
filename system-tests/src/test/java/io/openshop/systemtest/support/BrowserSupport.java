package io.openshop.systemtest.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Debian's headless Chromium, driven by its chromedriver; never a downloaded browser. */
public final class BrowserSupport {

    /** The widths every storefront page is checked and photographed at: a phone, a tablet, a laptop. */
    public static final int[] WIDTHS = {375, 768, 1280};

    /** Chromium's profile folders of this JVM not yet deleted: what quit() missed goes when the JVM ends. */
    private static final Set<Path> PROFILES = ConcurrentHashMap.newKeySet();

    private static final java.util.Map<WebDriver, Path> DOWNLOADS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(PROFILES).forEach(BrowserSupport::deleteProfile),
                "delete-chromium-profiles"));
    }

    private BrowserSupport() {
    }

    /** A browser's profile folder (a few megabytes each) goes with the browser, not left in /tmp. */
    private static void deleteProfile(Path profile) {
        PROFILES.remove(profile);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone, or Chromium still writing: the OS's temporary folder cleaning takes the rest
        }
    }

    public static WebDriver chromium(int width, int height) throws IOException {
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
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads(profile).toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        PROFILES.add(profile);
        ChromeDriver browser = new ChromeDriver(service, options) {
            @Override
            public void quit() {
                try {
                    super.quit();
                } finally {
                    deleteProfile(profile);
                }
            }
        };
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        DOWNLOADS.put(browser, downloads(profile));
        return browser;
    }

    /** Where a browser whose profile this is saves the files it downloads. */
    private static Path downloads(Path profile) {
        return profile.resolve("downloads");
    }

    /**
     * The file with this ending that the browser (one {@link #chromium} made) downloaded, once it
     * is complete (Chromium writes a {@code .crdownload} until then), within the time.
     */
    public static Path downloaded(WebDriver browser, String ending, Duration within) throws IOException, InterruptedException {
        Path dir = DOWNLOADS.get(browser);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    java.util.Optional<Path> done = files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst();
                    if (done.isPresent()) {
                        return done.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + ending + " file was downloaded to " + dir + " within " + within);
    }

    public static void screenshot(WebDriver browser, String name) throws IOException {
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
    public static List<String> pageProblems(WebDriver browser, String name) throws IOException {
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

    /** The shop's page at this path ("/login.xhtml"). */
    public static String url(String path) {
        return TestSettings.baseUri().resolve(path.substring(1)).toString();
    }

    /** Replaces what the field with this id holds by the text. */
    public static void fillIn(WebDriver browser, String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Waits for the page whose title contains this text (any case): the answer to a click has arrived. */
    public static void waitForTitle(WebDriver browser, String part) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getTitle().toLowerCase().contains(part.toLowerCase()));
    }

    /** Signs in through the sign-in page and waits until the browser is sent on to a URL containing expectedPath. */
    public static void signIn(WebDriver browser, String email, String password, String expectedPath) {
        browser.get(url("/login.xhtml"));
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(expectedPath));
    }

    /** An amount as a page shows it: "€57.90" → 57.90, "−€6.00" → 6.00. */
    public static BigDecimal shownAmount(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.]", ""));
    }

    /**
     * Clicks a button that posts its form and waits until the answer has replaced the page, so that
     * what is read next is the new page and never an element of the old one going away.
     */
    public static void submit(WebDriver browser, WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> isGone(page));
    }

    /**
     * Whether an element has left the document: stale, as WebDriver says, or, when Chromium is
     * caught in the middle of replacing the page, a node that "does not belong to the document"
     * (chromedriver reports that as a plain WebDriverException, which Selenium's stalenessOf lets through).
     */
    static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("does not belong to the document") || message.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }
}
