package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper erases their own account from the account page, confirmed with the password (the help
 * page tells them they can): a wrong password erases nothing and says so on the field; the right
 * one removes the personal data, ends the session and the account can no longer sign in.
 */
@ExtendWith(SharedDeployment.class)
class AccountErasurePageIT {

    @Test
    void aShopperErasesTheirAccountWithTheirPassword() throws Exception {
        DatabaseSupport.forgetLoginAttempts();
        SignedUpCustomers.Customer customer = SignedUpCustomers.newCustomer("erase-page");
        WebSession session = new WebSession();
        assertTrue(WebSession.isRedirect(session.signIn(customer.email(), SignedUpCustomers.PASSWORD)));
        HttpResponse<String> account = session.get("/account/");
        assertEquals(200, account.statusCode());

        HttpResponse<String> wrong = session.submit(account, "erase", Map.of("password", "not the password at all"), "confirm");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"erase:password-error\""), "the refusal is on the field");
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ?", customer.email()), "nothing erased");

        HttpResponse<String> erased = session.submit(session.get("/account/"), "erase", Map.of("password", SignedUpCustomers.PASSWORD), "confirm");
        assertTrue(WebSession.isRedirect(erased), "off to the home page: " + erased.statusCode());
        assertTrue(WebSession.location(erased).endsWith("/?erased=true"), WebSession.location(erased));
        assertTrue(session.follow(erased).body().contains("id=\"erased\""), "the home page says so");
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where email = ?", customer.email()),
                "the email is gone from the accounts");
        assertTrue(WebSession.isRedirect(session.get("/account/")), "the session ended: the account page asks to sign in");
        assertFalse(WebSession.isRedirect(new WebSession().signIn(customer.email(), SignedUpCustomers.PASSWORD)),
                "and the account can no longer sign in");
    }
}
