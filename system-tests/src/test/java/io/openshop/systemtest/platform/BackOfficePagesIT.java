package io.openshop.systemtest.platform;

import io.openshop.systemtest.support.AccessibilitySupport;
import io.openshop.systemtest.support.BrowserTest;
import io.openshop.systemtest.support.CommerceSupport;
import io.openshop.systemtest.support.WorkflowSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of the back office, as the administrator's menu offers them and the pages they lead
 * to (a product, an order, a customer): axe-core finds no serious or critical violation, nothing
 * scrolls sideways, at 1280 px and at 768 px (a tablet held upright). The screenshots
 * (target/screenshots/backoffice-*) illustrate the staff guide.
 */
class BackOfficePagesIT extends BrowserTest {

    @Test
    void everyBackOfficePageIsAccessibleAndFitsATablet() throws Exception {
        String sku = CommerceSupport.newSkuWithStock("12.50", 5);
        String order = WorkflowSupport.place(sku, 1, "pages-" + System.nanoTime() + "@example.org");
        String slug = CommerceSupport.text("select slug from product where sku = ?", sku);
        String customer = CommerceSupport.text("select id::text from app_user where kind = 'CUSTOMER' order by id desc limit 1");

        open();
        signInAsAdministrator();
        Map<String, String> pages = new LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("nav.bo-menu a[id$='-link']"))) {
            String href = link.getAttribute("href");
            if (href.contains("/admin/")) {
                pages.put(link.getAttribute("id").replace("-link", ""), href.substring(href.indexOf("/admin/")));
            }
        }
        assertTrue(pages.size() >= 12, "the administrator's menu: " + pages);
        pages.put("product", "/admin/product.xhtml?slug=" + slug);
        pages.put("order", "/admin/order.xhtml?number=" + order);
        pages.put("inventory-sku", "/admin/inventory.xhtml?sku=" + sku);
        if (customer != null) {
            pages.put("customer", "/admin/customer.xhtml?id=" + customer);
        }

        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 768}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(url(page.getValue()));
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
                String name = "backoffice-" + page.getKey() + "-" + width;
                AccessibilitySupport.seriousViolations(browser).forEach(v -> problems.add(name + ": " + v));
                long overflow = ((Number) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
                if (overflow > 0) {
                    problems.add(name + ": scrolls sideways by " + overflow + " px");
                }
                screenshot(name);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
