package io.openshop.systemtest.security;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.HttpSupport;
import io.openshop.systemtest.support.WebSession;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domain's listeners as payara-config and the shop script set them up: HTTPS with the
 * development certificate made for this domain (trusted here as exactly that certificate, with
 * host name checking), HSTS and Secure cookies only over HTTPS, metrics only on the
 * localhost-bound internal listener, and the admin console only on 127.0.0.1.
 */
@ExtendWith(SharedDeployment.class)
class ListenerIT {

    private static int port(int offset) {
        return Integer.parseInt(System.getProperty("shop.port.base", "28000")) + offset;
    }

    private static X509Certificate developmentCertificate() throws Exception {
        Path pem = Path.of(System.getProperty("shop.var", "target/it"), "https-certificate.pem");
        assertTrue(Files.isRegularFile(pem), "the shop script exported the certificate to " + pem);
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** A client that trusts the development certificate and nothing else, and checks host names as browsers do. */
    private static HttpClient trustingOnly(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("shop-https", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String uri) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsServesTheDevelopmentCertificateMadeForThisDomain() throws Exception {
        X509Certificate certificate = developmentCertificate();
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=localhost"), certificate.getSubjectX500Principal().getName());
        List<String> names = certificate.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1))).toList();
        assertTrue(names.contains("localhost") && names.contains("127.0.0.1"), names.toString());

        HttpClient client = trustingOnly(certificate);
        for (String host : List.of("localhost", "127.0.0.1")) {
            HttpResponse<String> page = get(client, "https://" + host + ":" + port(81) + "/login.xhtml");
            assertEquals(200, page.statusCode(), host);
            assertTrue(page.body().contains("id=\"login\""), "the shop itself answers over HTTPS");
            assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age=31536000"), "HSTS over HTTPS");
            String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly"), cookie);
            String protocol = page.sslSession().map(s -> s.getProtocol()).orElse("");
            assertTrue(protocol.equals("TLSv1.3") || protocol.equals("TLSv1.2"), protocol);
        }
        // the client really checks: a name the certificate was not issued to fails the handshake
        Optional<String> other = otherAddress();
        if (other.isPresent()) {
            assertThrows(SSLHandshakeException.class, () -> get(client, "https://" + other.get() + ":" + port(81) + "/"));
        }
    }

    @Test
    void plainHttpHasNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<String> page = new WebSession().get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), page.headers().map().toString());
        assertFalse(page.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("Secure")));
    }

    @Test
    void metricsAreServedOnlyOnTheLocalInternalListener() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> internal = HttpSupport.metrics("");
        assertEquals(200, internal.statusCode(), "metrics on the internal listener");
        assertTrue(internal.body().contains("# TYPE"), "Prometheus text");
        HttpResponse<String> publicHttp = HttpSupport.get("/metrics");
        assertTrue(List.of(401, 403, 404).contains(publicHttp.statusCode()), "public /metrics answered " + publicHttp.statusCode());
        assertFalse(publicHttp.body().contains("# TYPE"), publicHttp.body());
        HttpResponse<String> publicHttps = WebSession.overHttps().get("/metrics");
        assertTrue(List.of(401, 403, 404).contains(publicHttps.statusCode()), "public HTTPS /metrics answered " + publicHttps.statusCode());
        for (String path : List.of("/metrics/base", "/metrics/vendor", "/metrics/application")) {
            assertFalse(HttpSupport.get(path).body().contains("# TYPE"), path);
        }
        HttpResponse<String> health = HttpSupport.get("/health");
        assertEquals(200, health.statusCode(), "health stays public for load balancers");
        assertFalse(health.body().toLowerCase(java.util.Locale.ROOT).matches(".*(jdbc:|password|postgresql://|/work/|\\.java).*"),
                "health names no internals: " + health.body());
    }

    @Test
    void theAdminConsoleAndTheInternalListenerAreBoundToLoopbackOnly() throws Exception {
        try (Socket local = new Socket()) {
            local.connect(new InetSocketAddress("127.0.0.1", port(48)), 5000);
            assertTrue(local.isConnected(), "the admin listener is up on 127.0.0.1");
        }
        Optional<String> other = otherAddress();
        if (other.isEmpty()) {
            return; // a machine with loopback only: nothing else to bind to
        }
        for (int offset : new int[] {48, 82}) {
            try (Socket remote = new Socket()) {
                assertThrows(ConnectException.class, () -> remote.connect(new InetSocketAddress(other.get(), port(offset)), 5000),
                        "port base + " + offset + " answers on " + other.get());
            }
        }
        try (Socket publicListener = new Socket()) {
            publicListener.connect(new InetSocketAddress(other.get(), port(80)), 5000);
            assertTrue(publicListener.isConnected(), "the public listener does listen on " + other.get() + " (so the check above means something)");
        }
    }

    /** An IPv4 address of this machine that is not loopback, if it has one. */
    private static Optional<String> otherAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return Optional.of(address.getHostAddress());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
