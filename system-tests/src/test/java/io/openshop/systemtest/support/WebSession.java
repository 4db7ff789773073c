package io.openshop.systemtest.support;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's browser session over plain HTTP: keeps cookies, does not follow redirects by
 * itself (tests look at them), and fills in and submits JSF forms with their view state.
 */
public final class WebSession {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    public final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final URI base;

    public WebSession() {
        this(TestSettings.baseUri(), false);
    }

    private WebSession(URI base, boolean trustAnyCertificate) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
        if (trustAnyCertificate) {
            builder.sslContext(trustingEverything());
        }
        this.client = builder.build();
    }

    /** A session against the HTTPS listener and its self-signed development certificate. */
    public static WebSession overHttps() {
        return new WebSession(TestSettings.httpsBaseUri(), true);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    /** Posts a raw body as a form would (or as another content type), with this session's cookies: what a cross-site page can make a browser send. */
    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, "application/x-www-form-urlencoded");
    }

    public HttpResponse<String> post(String path, String body, String contentType) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows redirects (within the shop) from a response, as a browser would. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 5 && isRedirect(response); hops++) {
            response = get(location(response));
        }
        return response;
    }

    /** Submits the JSF form {@code formId} of a page as shown in {@code page}, with these fields (ids without the form prefix). */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        String html = page.body();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"").matcher(html);
        if (!form.find()) {
            throw new AssertionError("No form '" + formId + "' on " + page.uri() + ":\n" + html);
        }
        int end = html.indexOf("</form>", form.start());
        String formHtml = html.substring(form.start(), end < 0 ? html.length() : end);
        if (!VIEW_STATE.matcher(formHtml).find()) {
            throw new AssertionError("No view state in form '" + formId + "' on " + page.uri());
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(formHtml);
        while (hidden.find()) { // what a browser sends along: the view state, the form's marker, PrimeFaces' nonce
            Matcher name = NAME.matcher(hidden.group());
            Matcher value = VALUE.matcher(hidden.group());
            if (name.find()) {
                values.put(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
            }
        }
        fields.forEach((name, value) -> values.put(formId + ":" + name, value));
        values.put(formId + ":" + button, button);
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(unescape(form.group(1)));
        // a browser's form post names where it comes from
        return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", action.getScheme() + "://" + action.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in through the login form; answers the form's response (a redirect when it worked). */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/login.xhtml");
        return submit(form, "login", Map.of("email", email, "password", password, "continue", ""), "submit");
    }

    /**
     * Signs in with a password and, when the form asks for it, the one-time code {@code code}
     * gives; answers the last response (a redirect when it worked).
     */
    public HttpResponse<String> signIn(String email, String password, OneTimeCode code) throws Exception {
        HttpResponse<String> first = signIn(email, password);
        if (first.statusCode() != 200 || !first.body().contains("<form id=\"totp\"")) {
            return first;
        }
        return submit(first, "totp", Map.of("code", code.next(), "continue", ""), "submit");
    }

    /** Where a test's one-time codes come from. */
    @FunctionalInterface
    public interface OneTimeCode {
        String next() throws Exception;
    }

    /** Signs out through the sign-out button of a page that shows it. */
    public HttpResponse<String> signOut(String pageWithButton) throws IOException, InterruptedException {
        return submit(get(pageWithButton), "signout", Map.of(), "submit");
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Replaces the session cookie, as an attacker replaying a stolen or planted id would. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302 || response.statusCode() == 303 || response.statusCode() == 301;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("a redirect without Location"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI resolve(String path) {
        URI uri = URI.create(path);
        return uri.isAbsolute() ? uri : base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static SSLContext trustingEverything() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
