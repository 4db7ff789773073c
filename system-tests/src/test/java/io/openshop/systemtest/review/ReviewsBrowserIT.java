package io.openshop.systemtest.review;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.SignedUpCustomers.Customer;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.TestSettings;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In Chromium, with axe-core: a product page with a published review (one whose text is markup,
 * which must not run), the review form of a signed-in customer, their address book page, and the
 * back office's moderation queue.
 */
class ReviewsBrowserIT extends BrowserTest {

    @Test
    void aProductPageWithReviewsTheReviewFormTheAddressBookAndTheQueueAreAccessible() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("15.00", 5);
        String slug = CommerceSupport.text("select slug from product where sku = ?", sku);
        Customer writer = SignedUpCustomers.newCustomer("rev-browser-writer", "Wanda Writer");
        HttpResponse<String> posted = HttpSupport.send("POST", "/api/products/" + slug + "/reviews",
                Json.createObjectBuilder().add("rating", 4).add("title", "<script>window.pwned = 1</script>Warm")
                        .add("body", "<img src=x onerror=\"window.pwned = 2\"> Thick and warm.").build().toString(),
                "Authorization", "Bearer " + writer.token());
        assertEquals(201, posted.statusCode(), posted.body());
        long id = HttpSupport.json(posted).getJsonNumber("id").longValue();
        // waiting in the queue: the back office shows it, accessibly
        open();
        // a catalog manager moderates (administrators sign in with a one-time code as well, see SignInBrowserIT)
        signIn(SignedUpCustomers.newStaff(Roles.CATALOG_MANAGER), TestSettings.adminPassword(), "/admin/");
        browser.get(url("/admin/reviews.xhtml"));
        assertTrue(browser.findElement(By.id("reviews:queue")).getText().contains("Thick and warm."), "the queue lists it");
        assertAccessible("moderation queue");
        screenshot("admin-reviews");
        submit(browser.findElement(By.xpath("//tr[td[contains(., 'Thick and warm.')]]//input[@value='Publish']")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Published the review"));
        assertEquals("PUBLISHED", CommerceSupport.text("select status from product_review where id = ?", id));
        closeBrowser();

        open();
        browser.get(url("/product.xhtml?slug=" + slug));
        assertTrue(browser.findElement(By.id("rating-summary")).getText().contains("Rated 4.0 out of 5 from 1 review"),
                browser.findElement(By.id("rating-summary")).getText());
        assertTrue(browser.findElement(By.id("reviews")).getText().contains("<script>window.pwned = 1</script>Warm"),
                "the title shows as text");
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return 'pwned' in window;"), "no review text ran");
        assertAccessible("product page with a review");
        screenshot("product-with-review");
        closeBrowser();

        Customer reader = SignedUpCustomers.newCustomer("rev-browser-reader", "Rita Reader");
        open();
        signIn(reader.email(), SignedUpCustomers.PASSWORD, "/account/");
        browser.get(url("/product.xhtml?slug=" + slug));
        assertTrue(browser.findElement(By.id("review")).isDisplayed(), "a signed-in customer gets the form");
        assertAccessible("product page with the review form");
        browser.findElement(By.id("review:title")).sendKeys("Too short a review");
        submit(browser.findElement(By.id("review:submit")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".messages"), "Rating is required."));
        assertAccessible("product page with a refused review");
        assertFalse(browser.getPageSource().contains("window.pwned = 1</script>Warm</h3>"), "still escaped after a postback");

        browser.get(url("/account/addresses.xhtml"));
        assertEquals("OpenShop: your addresses", browser.getTitle());
        assertAccessible("address book");
        browser.findElement(By.id("address:name")).sendKeys("Rita Reader");
        browser.findElement(By.id("address:line1")).sendKeys("Lindenallee 5");
        browser.findElement(By.id("address:postalCode")).sendKeys("80331");
        browser.findElement(By.id("address:city")).sendKeys("München");
        browser.findElement(By.id("address:country")).sendKeys("DE");
        submit(browser.findElement(By.id("address:save")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".address-list"), "Lindenallee 5"));
        assertAccessible("address book with an address");
        screenshot("address-book");
    }
}
