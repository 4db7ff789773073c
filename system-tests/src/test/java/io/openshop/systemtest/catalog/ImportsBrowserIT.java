package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.BrowserSupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.SharedDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's import page in a real browser: a CSV file chosen and uploaded, the import's
 * progress followed by the page's poll until it completed, and its refused row shown by line;
 * then the catalog exported as CSV and the file downloaded once the poll shows it completed;
 * the page passes axe's checks.
 */
@ExtendWith(SharedDeployment.class)
class ImportsBrowserIT extends BrowserTest {

    @Test
    void staffUploadAFileFollowItsProgressAndReadTheRefusedRows() throws Exception {
        String sku = ("BRW-" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        Path file = Files.createTempFile("import-", ".csv");
        Files.writeString(file, "sku,name,category,price,currency,stock\n"
                + sku + ",Browser import,home-kitchen,4.50,EUR,berlin=3\n"
                + sku + "-X,Broken,home-kitchen,free,EUR,\n");
        open();
        signInAsAdministrator();
        browser.get(url("/admin/imports.xhtml"));
        assertAccessible("the import page");
        browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        submit(browser.findElement(By.id("upload:start")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Importing"), browser.findElement(By.tagName("main")).getText());

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#list\\:imports .import-status"))
                .stream().findFirst().map(e -> e.getText().equals("COMPLETED")).orElse(false));
        assertEquals("1", browser.findElements(By.cssSelector("#list\\:imports .import-created")).get(0).getText());
        assertEquals("1", browser.findElements(By.cssSelector("#list\\:imports .import-failed")).get(0).getText());
        List<String> lines = browser.findElements(By.cssSelector("#list\\:errors .error-line")).stream().map(e -> e.getText()).toList();
        assertEquals(List.of("3"), lines, "the refused row, by its line in the file");
        assertEquals("price", browser.findElement(By.cssSelector("#list\\:errors .error-field")).getText());
        assertEquals("Browser import", CommerceSupport.text("select name from product where sku = ?", sku));
        assertAccessible("the import page with an import and its refused rows");

        submit(browser.findElement(By.id("list:export-csv")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Exporting"), browser.findElement(By.tagName("main")).getText());
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> d.findElements(By.cssSelector("#list\\:exports .export-status"))
                .stream().findFirst().map(e -> e.getText().equals("COMPLETED")).orElse(false));
        long written = Long.parseLong(browser.findElements(By.cssSelector("#list\\:exports .export-rows")).get(0).getText().replace(",", ""));
        browser.findElement(By.cssSelector("#list\\:exports button[id$='download']")).click();
        Path csv = BrowserSupport.downloaded(browser, ".csv", Duration.ofSeconds(60));
        List<String> exported = Files.readAllLines(csv);
        assertTrue(exported.size() >= written + 1, "the header and at least a line per row written: " + exported.size() + " for " + written);
        assertTrue(exported.get(0).startsWith("sku,product,name,"), exported.get(0));
        assertTrue(exported.stream().anyMatch(l -> l.startsWith(sku + ",,Browser import,")), "the imported product is in the export");
    }
}
