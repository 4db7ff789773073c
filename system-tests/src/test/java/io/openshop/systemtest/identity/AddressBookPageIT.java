package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.SignedUpCustomers.Customer;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.SignedUpCustomers;
import io.openshop.systemtest.support.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The address book page (account/addresses.xhtml) as a signed-in customer uses it over HTTP: add,
 * a refused input with its message, edit, delete — checked on the page, through the API with the
 * customer's token and in the database — and another customer never sees any of it.
 */
@ExtendWith(SharedDeployment.class)
class AddressBookPageIT {

    private static final String PAGE = "/account/addresses.xhtml";

    private static WebSession signedIn(Customer c) throws Exception {
        WebSession session = new WebSession();
        assertTrue(WebSession.isRedirect(session.signIn(c.email(), SignedUpCustomers.PASSWORD)), "signed in");
        return session;
    }

    private static Map<String, String> address(String name, String line1, String city, String country) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("line1", line1);
        fields.put("line2", "");
        fields.put("postalCode", "10115");
        fields.put("city", city);
        fields.put("country", country);
        fields.put("phone", "+49 30 1234567");
        return fields;
    }

    private static JsonArray apiAddresses(Customer c) throws Exception {
        HttpResponse<String> list = HttpSupport.send("GET", "/api/me/addresses", null, "Authorization", "Bearer " + c.token());
        assertEquals(200, list.statusCode(), list.body());
        return Json.createReader(new StringReader(list.body())).readArray();
    }

    private static long stored(Customer c) throws Exception {
        return DatabaseSupport.count("select count(*) from customer_address a join app_user u on u.id = a.owner_id where u.email = ?", c.email());
    }

    @Test
    void aCustomerAddsEditsAndDeletesAddressesOnThePage() throws Exception {
        Customer anna = SignedUpCustomers.newCustomer("book-anna", "Anna Book");
        Customer ben = SignedUpCustomers.newCustomer("book-ben", "Ben Book");
        WebSession session = signedIn(anna);

        HttpResponse<String> account = session.get("/account/");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("href=\"/account/addresses.xhtml\""), "the account page links to the address book");

        HttpResponse<String> page = session.get(PAGE);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("You have no saved addresses yet."));
        for (String field : new String[] {"name", "line1", "line2", "postalCode", "city", "country", "phone"}) {
            assertTrue(page.body().contains("<label for=\"address:" + field + "\""), "the " + field + " field has a label");
        }

        // refused input: a message names the problem, nothing is stored, what was typed stays
        HttpResponse<String> refused = session.submit(page, "address", address("Anna Book", "Rosenweg 1", "Berlin", "Germany"), "save");
        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Country must be an ISO 3166 two-letter code."), refused.body());
        assertTrue(refused.body().contains("value=\"Rosenweg 1\""), "the form keeps the input");
        refused = session.submit(refused, "address", address("", "Rosenweg 1", "Berlin", "DE"), "save");
        assertTrue(refused.body().contains("Name is required."), refused.body());
        assertEquals(0, stored(anna));

        HttpResponse<String> added = session.submit(refused, "address", address("Anna Book", "Rosenweg 1", "Berlin", "de"), "save");
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.body().contains("Added the address of Anna Book."), added.body());
        assertTrue(added.body().contains("Rosenweg 1"));
        assertEquals(1, stored(anna));
        assertEquals("DE", apiAddresses(anna).getJsonObject(0).getString("country"), "the same rules as the API");

        // edit: the form is filled with the address, and saving changes that one
        HttpResponse<String> editing = session.submit(added, "book", Map.of(), "entries:0:edit");
        assertTrue(editing.body().contains("Change the address"), editing.body());
        assertTrue(editing.body().contains("value=\"Rosenweg 1\""));
        HttpResponse<String> changed = session.submit(editing, "address", address("Anna Book", "Rosenweg 1", "Potsdam", "DE"), "save");
        assertTrue(changed.body().contains("Saved the address of Anna Book."), changed.body());
        assertEquals(1, stored(anna), "changed, not added");
        assertEquals("Potsdam", apiAddresses(anna).getJsonObject(0).getString("city"));

        // another customer sees none of it, on the page or through the API
        HttpResponse<String> bens = signedIn(ben).get(PAGE);
        assertEquals(200, bens.statusCode());
        assertTrue(bens.body().contains("You have no saved addresses yet."));
        assertFalse(bens.body().contains("Rosenweg"));
        assertEquals(0, apiAddresses(ben).size());

        HttpResponse<String> deleted = session.submit(changed, "book", Map.of(), "entries:0:delete");
        assertTrue(deleted.body().contains("Deleted the address."), deleted.body());
        assertTrue(deleted.body().contains("You have no saved addresses yet."));
        assertEquals(0, stored(anna));
        assertEquals(0, apiAddresses(anna).size());
    }

    @Test
    void thePageIsForSignedInCustomersOnly() throws Exception {
        HttpResponse<String> anonymous = new WebSession().get(PAGE);
        assertTrue(WebSession.isRedirect(anonymous), "anonymous visitors are sent to sign in: " + anonymous.statusCode());
        assertTrue(WebSession.location(anonymous).contains("/login.xhtml"), WebSession.location(anonymous));
    }
}
