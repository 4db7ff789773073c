package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.TestSettings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shopper opens the storefront in a real browser and sees what is in the database. */
class StorefrontBrowserIT extends BrowserTest {

    private String insertedSlug;

    @AfterEach
    void cleanUp() throws Exception {
        if (insertedSlug != null) {
            DatabaseSupport.deleteProduct(insertedSlug);
        }
    }

    @Test
    void theHomePageShowsAProductJustAddedToTheDatabase() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String name = "Lighthouse Mug " + token;
        insertedSlug = "lighthouse-mug-" + token;
        DatabaseSupport.insertProduct("home-kitchen", insertedSlug, "MUG-" + token.toUpperCase(), name, "12.50");

        open();
        browser.get(TestSettings.baseUri().toString());
        screenshot("home-1280");

        assertEquals("OpenShop: new in store", browser.getTitle(), "the shop's own page, not a browser error page");
        List<WebElement> names = browser.findElements(By.cssSelector("#products .product-name"));
        assertTrue(names.size() >= 20, "the home page lists the newest products, found " + names.size());
        WebElement card = browser.findElement(By.xpath("//li[contains(@class,'product-card')][h3[normalize-space()='" + name + "']]"));
        assertTrue(card.getText().contains("12.50"), "the price from the database is shown: " + card.getText());
        assertTrue(card.getText().contains("Home & Kitchen"), "with its category: " + card.getText());
    }

    @Test
    void theHomePageFitsAPhoneScreen() throws Exception {
        open(375, 800);
        browser.get(TestSettings.baseUri().toString());
        screenshot("home-375");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scrolling at 375 px");
    }
}
