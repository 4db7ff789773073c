package io.openshop.systemtest.identity;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.StaffSupport;
import io.openshop.systemtest.support.TestSettings;
import io.openshop.systemtest.support.WebSession;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.openshop.systemtest.support.StaffSupport.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ADMIN manages staff through {@code /api/admin/staff} and the back office's staff page; other
 * callers are refused; nobody removes their own ADMIN role or disables themselves; a disabled
 * account can neither sign in nor use a token it already holds. Every change is audited.
 */
@ExtendWith(SharedDeployment.class)
class StaffAdminIT {

    private static List<String> roles(JsonObject member) {
        return member.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    private static JsonObject listed(String adminToken, String email) throws Exception {
        HttpResponse<String> list = as(adminToken, "GET", "/api/admin/staff", null);
        assertEquals(200, list.statusCode(), list.body());
        JsonArray all = Json.createReader(new StringReader(list.body())).readArray();
        return all.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("email").equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError(email + " is not listed: " + list.body()));
    }

    @Test
    void anAdministratorOpensAccountsAndGrantsAndRevokesRolesThroughTheApiAuditedWithBeforeAndAfter() throws Exception {
        String admin = StaffSupport.adminToken();
        JsonObject bo = StaffSupport.newStaff(admin, "bo", "SUPPORT");
        long id = bo.getJsonNumber("id").longValue();
        assertEquals(List.of("SUPPORT"), roles(bo));
        assertEquals("ACTIVE", bo.getString("status"));
        assertFalse(bo.toString().contains("PBKDF2"), "no password hash in the answer");
        assertEquals(List.of("SUPPORT"), roles(listed(admin, bo.getString("email"))));

        HttpResponse<String> granted = as(admin, "PUT", "/api/admin/staff/" + id + "/roles/CATALOG_MANAGER", null);
        assertEquals(200, granted.statusCode(), granted.body());
        assertEquals(List.of("CATALOG_MANAGER", "SUPPORT"), roles(HttpSupport.json(granted)));
        HttpResponse<String> revoked = as(admin, "DELETE", "/api/admin/staff/" + id + "/roles/SUPPORT", null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(List.of("CATALOG_MANAGER"), roles(listed(admin, bo.getString("email"))));

        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ROLE_GRANTED' and target = ? and actor = ?"
                + " and before->>'roles' = 'SUPPORT' and after->>'roles' = 'CATALOG_MANAGER,SUPPORT'", bo.getString("email"), TestSettings.adminEmail()));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ROLE_REVOKED' and target = ?"
                + " and before->>'roles' = 'CATALOG_MANAGER,SUPPORT' and after->>'roles' = 'CATALOG_MANAGER'", bo.getString("email")));
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ACCOUNT_CREATED' and target = ? and actor = ?",
                bo.getString("email"), TestSettings.adminEmail()));

        // rules come back as problems naming the rule
        HttpResponse<String> lastRole = as(admin, "DELETE", "/api/admin/staff/" + id + "/roles/CATALOG_MANAGER", null);
        assertEquals(400, lastRole.statusCode(), "staff keep one role: " + lastRole.body());
        HttpResponse<String> customerRole = as(admin, "PUT", "/api/admin/staff/" + id + "/roles/CUSTOMER", null);
        assertEquals(400, customerRole.statusCode(), customerRole.body());
        HttpResponse<String> weak = as(admin, "POST", "/api/admin/staff", Json.createObjectBuilder().add("email", "weak@staff.test")
                .add("name", "Weak").add("password", "password").add("roles", Json.createArrayBuilder().add("SUPPORT")).build().toString());
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(weak.body().contains("password"), weak.body());
        HttpResponse<String> twice = as(admin, "POST", "/api/admin/staff", Json.createObjectBuilder().add("email", bo.getString("email"))
                .add("name", "Again").add("password", StaffSupport.PASSWORD).add("roles", Json.createArrayBuilder().add("SUPPORT")).build().toString());
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals(404, as(admin, "GET", "/api/admin/staff/999999999", null).statusCode());
    }

    @Test
    void onlyAdministratorsReachStaffManagement() throws Exception {
        String admin = StaffSupport.adminToken();
        JsonObject support = StaffSupport.newStaff(admin, "support", "SUPPORT", "CATALOG_MANAGER");
        String supportToken = StaffSupport.token(support.getString("email"), StaffSupport.PASSWORD);
        long id = support.getJsonNumber("id").longValue();

        assertEquals(401, HttpSupport.send("GET", "/api/admin/staff", null).statusCode(), "anonymous");
        assertEquals(403, as(supportToken, "GET", "/api/admin/staff", null).statusCode(), "staff without ADMIN");
        assertEquals(403, as(supportToken, "PUT", "/api/admin/staff/" + id + "/roles/ADMIN", null).statusCode(), "no granting oneself ADMIN");
        assertEquals(List.of("CATALOG_MANAGER", "SUPPORT"), roles(listed(admin, support.getString("email"))));

        WebSession page = new WebSession();
        assertTrue(WebSession.isRedirect(page.signIn(support.getString("email"), StaffSupport.PASSWORD)));
        assertEquals(403, page.get("/admin/staff.xhtml").statusCode(), "the staff page is ADMIN's only");
        assertEquals(200, page.get("/admin/").statusCode(), "the rest of the back office stays open to them");
    }

    @Test
    void nobodyRemovesTheirOwnAdministrationAndAnotherAdministratorMayBeRemoved() throws Exception {
        String admin = StaffSupport.adminToken();
        long self = listed(admin, TestSettings.adminEmail()).getJsonNumber("id").longValue();
        HttpResponse<String> ownRole = as(admin, "DELETE", "/api/admin/staff/" + self + "/roles/ADMIN", null);
        assertEquals(409, ownRole.statusCode(), ownRole.body());
        HttpResponse<String> ownAccount = as(admin, "POST", "/api/admin/staff/" + self + "/disable", null);
        assertEquals(409, ownAccount.statusCode(), ownAccount.body());
        assertTrue(roles(listed(admin, TestSettings.adminEmail())).contains("ADMIN"));
        assertEquals("ACTIVE", listed(admin, TestSettings.adminEmail()).getString("status"));

        JsonObject second = StaffSupport.newStaff(admin, "second-admin", "ADMIN", "SUPPORT");
        long id = second.getJsonNumber("id").longValue();
        HttpResponse<String> revoked = as(admin, "DELETE", "/api/admin/staff/" + id + "/roles/ADMIN", null);
        assertEquals(200, revoked.statusCode(), "another administrator's ADMIN may go while one is left: " + revoked.body());
        assertEquals(List.of("SUPPORT"), roles(HttpSupport.json(revoked)));
    }

    @Test
    void aDisabledAccountCannotSignInAndItsTokenOpensNothingUntilEnabledAgain() throws Exception {
        String admin = StaffSupport.adminToken();
        JsonObject cy = StaffSupport.newStaff(admin, "cy", "FULFILMENT");
        String email = cy.getString("email");
        long id = cy.getJsonNumber("id").longValue();
        String token = StaffSupport.token(email, StaffSupport.PASSWORD);
        assertEquals(200, as(token, "GET", "/api/me", null).statusCode());
        WebSession session = new WebSession();
        assertTrue(WebSession.isRedirect(session.signIn(email, StaffSupport.PASSWORD)));
        assertEquals(200, session.get("/admin/").statusCode());

        HttpResponse<String> disabled = as(admin, "POST", "/api/admin/staff/" + id + "/disable", null);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals("DISABLED", HttpSupport.json(disabled).getString("status"));

        assertEquals(401, as(token, "GET", "/api/me", null).statusCode(), "the token held before opens nothing");
        assertEquals(401, StaffSupport.tokenFor(email, StaffSupport.PASSWORD).statusCode(), "no new token");
        assertFalse(WebSession.isRedirect(new WebSession().signIn(email, StaffSupport.PASSWORD)), "the form refuses it");
        HttpResponse<String> oldSession = session.get("/admin/");
        assertFalse(oldSession.body().contains("Signed in as"), "the session opened before shows nothing: " + oldSession.statusCode());
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ACCOUNT_DISABLED' and target = ?"
                + " and before->>'status' = 'ACTIVE' and after->>'status' = 'DISABLED' and actor = ?", email, TestSettings.adminEmail()));

        assertEquals(200, as(admin, "POST", "/api/admin/staff/" + id + "/enable", null).statusCode());
        assertEquals(200, as(StaffSupport.token(email, StaffSupport.PASSWORD), "GET", "/api/me", null).statusCode(), "enabled again");
        assertEquals(1, DatabaseSupport.count("select count(*) from audit_log where action = 'ACCOUNT_ENABLED' and target = ?", email));
    }

    @Test
    void theStaffPageListsOpensAndChangesAccounts() throws Exception {
        WebSession admin = StaffSupport.adminSession();
        HttpResponse<String> page = admin.get("/admin/staff.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(TestSettings.adminEmail()), "the table lists the administrator");

        String email = "page-" + Long.toString(System.nanoTime(), 36) + "@staff.test";
        HttpResponse<String> weak = admin.submit(page, "create",
                Map.of("email", email, "name", "Dee Page", "password", "short", "roles", "SUPPORT"), "submit");
        assertEquals(200, weak.statusCode());
        assertTrue(weak.body().contains("Password must be at least 12 characters long."), weak.body());
        assertEquals(0, DatabaseSupport.count("select count(*) from app_user where email = ?", email));

        HttpResponse<String> opened = admin.submit(admin.get("/admin/staff.xhtml"), "create",
                Map.of("email", email, "name", "Dee Page", "password", StaffSupport.PASSWORD, "roles", "SUPPORT"), "submit");
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("Opened the account " + email + "."), opened.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user u join user_role r on r.user_id = u.id"
                + " where u.email = ? and u.kind = 'STAFF' and r.role = 'SUPPORT'", email));
        long id = DatabaseSupport.count("select id from app_user where email = ?", email);

        HttpResponse<String> granted = admin.submit(opened, "manage", Map.of("account", Long.toString(id), "role", "FULFILMENT"), "grant");
        assertTrue(granted.body().contains("Changed the roles of " + email + "."), granted.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from user_role r join app_user u on u.id = r.user_id"
                + " where u.email = ? and r.role = 'FULFILMENT'", email));
        HttpResponse<String> disabled = admin.submit(granted, "manage", Map.of("account", Long.toString(id), "role", "ADMIN"), "disable");
        assertTrue(disabled.body().contains("Disabled " + email + "."), disabled.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from app_user where email = ? and status = 'DISABLED'", email));

        long self = DatabaseSupport.count("select id from app_user where lower(email) = lower(?)", TestSettings.adminEmail());
        HttpResponse<String> ownRole = admin.submit(disabled, "manage", Map.of("account", Long.toString(self), "role", "ADMIN"), "revoke");
        assertTrue(ownRole.body().contains("You cannot take the ADMIN role from yourself"), ownRole.body());
        assertEquals(1, DatabaseSupport.count("select count(*) from user_role r join app_user u on u.id = r.user_id"
                + " where lower(u.email) = lower(?) and r.role = 'ADMIN'", TestSettings.adminEmail()));
    }
}
