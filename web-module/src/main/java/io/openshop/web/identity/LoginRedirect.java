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

    /**
     * A page to continue to after login, only ever a path of this application: no scheme, no
     * host ({@code //evil.example}), no backslash and no control or space characters (browsers
     * drop tabs and newlines, turning {@code /\t/evil.example} into a host), and never the
     * login or sign-up form itself. Null when the wish is not such a path.
     */
    static String safeTarget(String wanted) {
        if (wanted == null || wanted.isBlank() || wanted.length() > 500 || !wanted.startsWith("/")
                || wanted.contains("\\") || wanted.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            return null;
        }
        if (wanted.startsWith("//") || wanted.startsWith("/login.xhtml") || wanted.startsWith("/signup.xhtml")) {
            return null;
        }
        return wanted;
    }
}
