package io.openshop.web.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LoginRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/account/", "/admin/", "/admin/index.xhtml?page=2", "/product.xhtml?slug=red-shirt"})
    void continuesToPagesOfTheShop(String page) {
        assertEquals(page, LoginRedirect.safeTarget(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "\\\\evil.example",
            "/\t/evil.example", "/\n/evil.example", "/ /evil.example", "javascript:alert(1)", "account/",
            "/login.xhtml?continue=/admin/", "/signup.xhtml"})
    void neverContinuesAnywhereElse(String wish) {
        assertNull(LoginRedirect.safeTarget(wish), wish);
    }

    @Test
    void nothingWishedIsNothingToContinueTo() {
        assertNull(LoginRedirect.safeTarget(null));
        assertNull(LoginRedirect.safeTarget(""));
    }
}
