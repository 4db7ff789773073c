package io.openshop.systemtest.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every browser test shares: the real EAR deployed as it ships (the tests drive it from
 * outside, so nothing rides along), one headless Chromium per test that is always quit, a
 * screenshot of the page a failing test was looking at, and the helpers of {@link BrowserSupport}
 * bound to that browser.
 */
@ExtendWith(SharedDeployment.class)
public abstract class BrowserTest {

    /** The browser of the running test, once {@link #open} has started it. */
    protected WebDriver browser;

    /** Runs before {@link #quitBrowser}, while the page that failed is still open. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            try {
                BrowserSupport.screenshot(browser, "failed-" + context.getRequiredTestClass().getSimpleName()
                        + "-" + context.getRequiredTestMethod().getName());
            } catch (WebDriverException | IOException e) {
                // a browser that crashed has no picture to give; the test's own failure is the one to report
            }
        }
    };

    @AfterEach
    protected void quitBrowser() {
        closeBrowser();
    }

    /** A fresh browser at a laptop's size; the one open before, if any, is quit. */
    protected WebDriver open() throws IOException {
        return open(1280, 900);
    }

    protected WebDriver open(int width, int height) throws IOException {
        closeBrowser();
        browser = BrowserSupport.chromium(width, height);
        return browser;
    }

    /** Quits the browser, e.g. when one actor of a test is done and the next one signs in afresh. */
    protected void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected static String url(String path) {
        return BrowserSupport.url(path);
    }

    protected static BigDecimal shownAmount(String shown) {
        return BrowserSupport.shownAmount(shown);
    }

    protected void screenshot(String name) throws IOException {
        BrowserSupport.screenshot(browser, name);
    }

    protected List<String> pageProblems(String name) throws IOException {
        return BrowserSupport.pageProblems(browser, name);
    }

    /** axe-core finds no serious or critical violation on the page shown. */
    protected void assertAccessible(String what) {
        List<String> violations = AccessibilitySupport.seriousViolations(browser);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }

    protected void fillIn(String id, String value) {
        BrowserSupport.fillIn(browser, id, value);
    }

    /** The summary of a refused form, once the answer that shows it has arrived (the page's title may not change). */
    protected WebElement errorSummary() {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
    }

    protected void waitForTitle(String part) {
        BrowserSupport.waitForTitle(browser, part);
    }

    protected void signIn(String email, String password, String expectedPath) {
        BrowserSupport.signIn(browser, email, password, expectedPath);
    }

    /** Signs in at the login form as the first administrator, with the password and a one-time code. */
    protected void signInAsAdministrator() throws Exception {
        browser.get(url("/login.xhtml"));
        enterAdministratorCredentials();
    }

    /** On the login form shown: the first administrator's password, then a fresh one-time code; waits for the back office. */
    protected void enterAdministratorCredentials() throws Exception {
        String secret = StaffSupport.adminSecret(); // enrolled at an earlier sign-in
        fillIn("login:email", TestSettings.adminEmail());
        fillIn("login:password", TestSettings.adminPassword());
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("totp:code")));
        fillIn("totp:code", TotpSupport.nextCode(secret));
        browser.findElement(By.id("totp:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    /** On the checkout's first step: a Berlin address for this name and email, then on to the shipping step. */
    protected void enterAddressAndContinue(String email, String name) {
        waitForTitle("step 1 of 4");
        fillIn("checkout:email", email);
        fillIn("checkout:name", name);
        fillIn("checkout:line1", "Invalidenstr. 1");
        fillIn("checkout:postalCode", "10115");
        fillIn("checkout:city", "Berlin");
        browser.findElement(By.id("checkout:toShipping")).click();
        waitForTitle("step 2 of 4");
    }

    protected void submit(WebElement button) {
        BrowserSupport.submit(browser, button);
    }
}
