package io.openshop.systemtest.catalog;

import io.openshop.domain.identity.Roles;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A catalog manager in Chromium makes a product from nothing: a draft from the product list's
 * form, a picture uploaded (a file that is not a picture refused with a message), two sizes with
 * their own price for one, then published; the storefront shows it with its picture and prices,
 * and a price changed in the back office is the price the storefront shows next. axe-core on the
 * editor; a screenshot of it.
 */
class CatalogEditorBrowserIT extends BrowserTest {

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private void saidOnPage(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    @Test
    void aCatalogManagerCreatesPublishesAndRepricesAProductTheStorefrontThenShows() throws Exception {
        String word = Long.toString(System.nanoTime(), 36);
        String slug = "browser-" + word;
        String manager = SignedUpCustomers.newStaff(Roles.CATALOG_MANAGER);
        open();
        signIn(manager, TestSettings.adminPassword(), "/admin/");

        browser.get(url("/admin/products.xhtml"));
        fillIn("create:name", "Browser scarf " + word);
        fillIn("create:slug", slug);
        fillIn("create:sku", "BR-" + word.toUpperCase());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("create:category"))).selectByVisibleText("Tops");
        fillIn("create:price", "30.00");
        submit(browser.findElement(By.id("create:save")));
        waiting().until(ExpectedConditions.urlContains("/admin/product.xhtml?slug=" + slug));
        saidOnPage("as a draft");
        assertEquals("DRAFT", browser.findElement(By.id("status")).getText());
        browser.get(url("/product.xhtml?slug=" + slug));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("could not find"),
                "shoppers do not see a draft: " + browser.findElement(By.tagName("h1")).getText());

        browser.get(url("/admin/product.xhtml?slug=" + slug));
        Path notAPicture = Files.createTempFile("not-a-picture", ".png");
        Files.writeString(notAPicture, "this is text, whatever its name says");
        browser.findElement(By.id("upload:file")).sendKeys(notAPicture.toString());
        submit(browser.findElement(By.id("upload:add")));
        saidOnPage("must be a PNG or JPEG file");
        Path picture = Files.createTempFile("scarf", ".png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a6f97));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());
        browser.findElement(By.id("upload:file")).sendKeys(picture.toString());
        fillIn("upload:alt", "A blue scarf, folded");
        submit(browser.findElement(By.id("upload:add")));
        saidOnPage("Added the picture");
        assertEquals(1, browser.findElements(By.cssSelector(".bo-pictures img[alt='A blue scarf, folded']")).size());

        fillIn("options:rows:0:code", "size");
        fillIn("options:rows:0:label", "Size");
        fillIn("options:rows:0:values", "S, L");
        submit(browser.findElement(By.id("options:save-options")));
        saidOnPage("Saved the options");
        assertEquals(2, browser.findElements(By.className("variant-sku")).size(), "two sizes, two variants");
        String large = browser.findElements(By.className("variant-sku")).get(1).getText();
        fillIn("variants:table:1:price", "34.00");
        submit(browser.findElement(By.id("variants:save-variants")));
        saidOnPage("Saved the variants' prices");
        assertAccessible("product editor");
        screenshot("admin-product-editor");

        submit(browser.findElement(By.id("status-form:publish")));
        saidOnPage("Published");
        assertEquals("PUBLISHED", browser.findElement(By.id("status")).getText());
        assertEquals(2, DatabaseSupport.count("select count(*) from audit_log where target = ? and action in"
                + " ('PRODUCT_CREATED', 'PRODUCT_PUBLISHED')", "product:" + slug));

        browser.get(url("/product.xhtml?slug=" + slug));
        WebElement price = browser.findElement(By.id("product-price"));
        assertTrue(price.getText().contains("30.00"), "the storefront shows the base price: " + price.getText());
        assertEquals(1, browser.findElements(By.cssSelector("img[alt='A blue scarf, folded']")).size(), "and the picture");
        browser.get(url("/product.xhtml?slug=" + slug + "&opt-size=L"));
        assertTrue(browser.findElement(By.id("product-price")).getText().contains("34.00"),
                "the large size at its own price: " + browser.findElement(By.id("product-price")).getText());
        assertTrue(browser.getPageSource().contains(large), "with its SKU " + large);

        browser.get(url("/admin/product.xhtml?slug=" + slug));
        fillIn("product:price", "27.50");
        submit(browser.findElement(By.id("product:save")));
        saidOnPage("Saved");
        browser.get(url("/product.xhtml?slug=" + slug));
        assertTrue(browser.findElement(By.id("product-price")).getText().contains("27.50"),
                "a price changed in the back office is the storefront's next: " + browser.findElement(By.id("product-price")).getText());
    }
}
