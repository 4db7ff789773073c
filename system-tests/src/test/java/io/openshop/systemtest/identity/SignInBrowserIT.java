package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.AccessibilitySupport;
import io.openshop.systemtest.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login and sign-up forms in a real browser, under the shop's Content-Security-Policy: a
 * shopper opens an account, signs out and back in from a protected page; staff sign in to the
 * back office, whose PrimeFaces table still pages with nonce'd scripts only.
 */
class SignInBrowserIT extends BrowserTest {

    @Test
    void aShopperSignsUpSignsOutAndSignsBackInFromTheAccountPage() throws Exception {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        open();
        browser.get(url("/signup.xhtml"));
        assertEquals("OpenShop: create an account", browser.getTitle());
        List<String> violations = AccessibilitySupport.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "sign-up page: " + violations);
        fillIn("signup:name", "Bea Browser");
        fillIn("signup:email", email);
        fillIn("signup:password", "Amber Canyon Whistle 9");
        browser.findElement(By.id("signup:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/account/"));
        assertEquals("Bea Browser", browser.findElement(By.id("profile-name")).getText());
        screenshot("account-1280");

        browser.findElement(By.id("signout:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("OpenShop: new in store"));
        assertTrue(browser.findElement(By.cssSelector(".account-nav")).getText().contains("Sign in"));

        browser.get(url("/account/"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals("OpenShop: sign in", browser.getTitle());
        violations = AccessibilitySupport.seriousViolations(browser);
        assertTrue(violations.isEmpty(), "login page: " + violations);
        fillIn("login:email", email);
        fillIn("login:password", "Amber Canyon Whistle 9");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/account/"));
        assertEquals(email, browser.findElement(By.id("profile-email")).getText());
    }

    @Test
    void staffSignInToTheBackOfficeAndItsTablePagesUnderTheContentSecurityPolicy() throws Exception {
        open();
        browser.get(url("/admin/"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login.xhtml"));
        enterAdministratorCredentials();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/"));
        assertTrue(browser.findElement(By.id("signed-in")).getText().contains("Administrator"));
        assertTrue(browser.findElements(By.cssSelector(".bo-chart canvas")).size() > 0, "the dashboard's charts draw under the policy");

        browser.findElement(By.id("catalog-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/admin/products.xhtml"));
        String firstRow = browser.findElement(By.cssSelector("#catalog\\:products_data tr")).getText();
        browser.findElement(By.cssSelector("#catalog\\:products .ui-paginator-next")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                d -> !d.findElement(By.cssSelector("#catalog\\:products_data tr")).getText().equals(firstRow));
        screenshot("admin-page-2");
    }
}
