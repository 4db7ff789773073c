package io.openshop.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where an anonymous caller who asked for a protected page is sent: the login form, remembering the page. */
@Named
@RequestScoped
public class LoginRedirect {

    @Inject
    HttpServletRequest request;

    public String getLoginPage() {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            page += "?" + request.getQueryString();
        }
        return "/login.xhtml?continue=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }

    /** A page to continue to after login, only ever one of this application's own paths. */
    static String safeTarget(String wanted) {
        if (wanted == null || wanted.isBlank() || !wanted.startsWith("/") || wanted.startsWith("//")
                || wanted.contains("\\") || wanted.contains("\r") || wanted.contains("\n")
                || wanted.startsWith("/login.xhtml") || wanted.startsWith("/signup.xhtml")) {
            return null;
        }
        return wanted;
    }
}
