package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.AccessibilitySupport;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.TestSettings;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper browses a category, filters by price, searches with a typo and opens a product, in
 * headless Chromium. Every page is checked with axe-core and at three widths, with screenshots
 * kept in target/screenshots.
 */
class StorefrontJourneyIT extends BrowserTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void browseFilterSearchAndOpenAProduct() throws Exception {
        open();
        browser.get(TestSettings.baseUri().toString());
        check("home");

        // Browse: the Apparel category from the home page.
        browser.findElement(By.linkText("Apparel")).click();
        assertEquals("Apparel", browser.findElement(By.tagName("h1")).getText());
        assertEquals(DatabaseSupport.countInSubtree("apparel"), hitCount(), "the listing counts the whole subtree");
        check("category");

        // Filter: a price band; the shown count is the count the facet promised.
        WebElement band = browser.findElement(By.cssSelector("#facet-price a[data-band]"));
        long promised = Long.parseLong(band.findElement(By.xpath("following-sibling::span")).getText().replaceAll("\\D", ""));
        band.click();
        assertEquals(promised, hitCount(), "the facet count equals the hits");
        assertTrue(browser.getCurrentUrl().contains("price="), "the filter is in the bookmarkable URL");

        // Filter by an attribute too: the count shown is the count the facet promised.
        WebElement cotton = browser.findElement(By.cssSelector("#facet-material a[data-value='Cotton']"));
        long cottonPromised = Long.parseLong(cotton.findElement(By.xpath("following-sibling::span")).getText().replaceAll("\\D", ""));
        cotton.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("attr.material=Cotton"));
        assertEquals(cottonPromised, hitCount(), "the attribute facet count equals the hits");

        // Order by price, and the shown prices follow it.
        browser.findElement(By.cssSelector(".sorts a[data-sort='price-desc']")).click();
        List<Double> prices = browser.findElements(By.cssSelector("#products .product-price")).stream()
                .map(e -> Double.parseDouble(e.getText().replaceAll("[^0-9.]", ""))).toList();
        for (int i = 1; i < prices.size(); i++) {
            assertTrue(prices.get(i - 1) >= prices.get(i), "descending prices " + prices);
        }

        // Search with a typo, from the header's search box, by keyboard.
        WebElement box = browser.findElement(By.id("search-q"));
        box.clear();
        box.sendKeys("tshrt", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.titleContains("Results for"));
        assertTrue(browser.getTitle().contains("Results for \u201ctshrt\u201d"), browser.getTitle());
        WebElement first = browser.findElement(By.cssSelector("#products .product-name a"));
        assertEquals("Organic Cotton T-Shirt", first.getText());
        check("search");

        // Open the product.
        first.click();
        assertEquals("Organic Cotton T-Shirt", browser.findElement(By.id("product-name")).getText());
        assertEquals("APP-TSH-001", browser.findElement(By.id("product-sku")).getText());
        assertEquals(List.of("Cotton", "Regular", "Yes"), browser.findElements(By.cssSelector(".product-attribute")).stream()
                .map(WebElement::getText).toList(), "material, fit and organic, as the clothing type orders them");
        String eur = HttpSupport.json(HttpSupport.get("/api/products/organic-cotton-t-shirt")).getJsonObject("price")
                .getJsonNumber("amount").bigDecimalValue().toPlainString();
        assertTrue(browser.findElement(By.id("product-price")).getText().contains(eur), "the price now, in EUR: " + eur);
        List<String> crumbs = browser.findElements(By.cssSelector(".breadcrumbs li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Home", "Apparel", "Tops", "Organic Cotton T-Shirt"), crumbs.stream()
                .map(c -> c.replace("/", "").strip()).toList(), "breadcrumbs follow the category tree");
        String jsonLd = (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
        assertTrue(jsonLd.contains("\"@type\":\"Product\"") && jsonLd.contains("\"sku\":\"APP-TSH-001\""), jsonLd);
        assertTrue(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href").endsWith("slug=organic-cotton-t-shirt"));
        check("product");

        // Choose a colour and a size: the variant's SKU, stock and price show; the choice is in the URL.
        assertTrue(browser.findElement(By.id("stock-status")).getText().startsWith("Choose"), "asks for a choice first");
        browser.findElement(By.cssSelector("label[for='opt-colour-1']")).click(); // Navy
        browser.findElement(By.cssSelector("label[for='opt-size-1']")).click();   // M
        browser.findElement(By.cssSelector("#variant-picker button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("opt-size=M"));
        assertEquals("APP-TSH-001-NAVY-M", browser.findElement(By.id("product-sku")).getText());
        assertTrue(browser.findElement(By.id("stock-status")).getText().startsWith("Only"), "low stock is told");
        check("product-variant");

        // Choose dollars: the product's price follows, and the choice is remembered on the next page.
        browser.findElement(By.cssSelector(".currency-nav a[data-currency='USD']")).click();
        String usd = HttpSupport.json(HttpSupport.get("/api/products/organic-cotton-t-shirt?currency=USD")).getJsonObject("price")
                .getJsonNumber("amount").bigDecimalValue().toPlainString();
        assertTrue(browser.findElement(By.id("product-price")).getText().matches("(US)?\\$" + usd.replace(".", "\\.")),
                browser.findElement(By.id("product-price")).getText() + " should be $" + usd);
        browser.findElement(By.linkText("Home")).click();
        assertTrue(browser.findElement(By.cssSelector("#products .product-price")).getText().contains("$"), "USD remembered");

        // Help, from every page's footer: orders, returns, account and privacy.
        browser.findElement(By.id("help-link")).click();
        assertEquals("OpenShop: help", browser.getTitle());
        assertEquals(List.of("Ordering and paying", "Your orders", "Returns and refunds", "Your account", "Your data and privacy"),
                browser.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList());
        check("help");

        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anExactSkuSearchOpensTheProductAndAnUnknownProductIsA404Page() throws Exception {
        open();
        browser.get(TestSettings.baseUri().resolve("search.xhtml?q=ele-chg-006").toString());
        assertTrue(browser.getCurrentUrl().contains("product.xhtml?slug=usb-c-fast-charger-65-w"), browser.getCurrentUrl());
        browser.get(TestSettings.baseUri().resolve("product.xhtml?slug=no-such-product").toString());
        assertEquals("We could not find that page", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Exception"), "no stack trace on the error page");
    }

    @Test
    void theAccessibilityCheckItselfCatchesAViolation() throws Exception {
        open();
        browser.get(TestSettings.baseUri().toString());
        assertTrue(AccessibilitySupport.seriousViolations(browser).isEmpty(), "the home page starts clean");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"data:,\">');");
        List<String> violations = AccessibilitySupport.seriousViolations(browser);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), "an image without alt text is caught: " + violations);
    }

    @Test
    void everyControlOfAListingIsReachableByKeyboard() throws Exception {
        open();
        browser.get(TestSettings.baseUri().resolve("category.xhtml?c=apparel").toString());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // Give every focusable, visible control an id-like marker so that focus can be followed.
        long controls = ((Number) js.executeScript(
                "let n = 0; document.querySelectorAll('a[href], button, input, select, textarea').forEach(e => {"
                        + " if (e.offsetParent !== null || e.classList.contains('skip-link')) { e.dataset.kb = 'c' + (n++); } });"
                        + " return n;")).longValue();
        assertTrue(controls > 10, "the listing has controls: " + controls);
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        for (int i = 0; i < controls + 5; i++) {
            keys.sendKeys(Keys.TAB).perform();
            Object kb = js.executeScript("return document.activeElement && document.activeElement.dataset.kb;");
            if (kb != null) {
                reached.add(kb.toString());
            }
            if (i == 0) {
                assertEquals("skip-link", js.executeScript("return document.activeElement.className;"), "Tab first reaches the skip link");
            }
        }
        assertEquals(controls, reached.size(), "every control reached by Tab, in " + reached);
        // And a reached link works from the keyboard.
        browser.findElement(By.cssSelector(".sorts a[data-sort='price-asc']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=price-asc"));
        assertTrue(browser.getCurrentUrl().contains("sort=price-asc"), browser.getCurrentUrl());
    }

    private long hitCount() {
        Matcher m = Pattern.compile("(\\d+)").matcher(browser.findElement(By.id("hit-count")).getText());
        assertTrue(m.find(), "a hit count is shown");
        return Long.parseLong(m.group(1));
    }

    /** axe-core, keyboard focus and the three widths for the page now shown; problems are collected, then asserted. */
    private void check(String page) throws Exception {
        problems.addAll(pageProblems(page));
    }
}
