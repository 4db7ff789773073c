package io.openshop.payara;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpCodecFilter;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.TransferEncoding;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.Header;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Straightens two things in each request as soon as Grizzly has parsed its header, before anything
 * decodes, maps or reads it. One probe per HTTP codec; {@link GrizzlyFixesFinder} attaches them.
 *
 * <p><b>Dot segments.</b> Grizzly 4.0.2 (bundled by Payara 6.2025.9) normalises a decoded path
 * that ends in {@code /.} or {@code /..} by writing one '/' past its end, into a byte array its
 * pooled request object sized to the longest path it has seen. When that array is exactly as long
 * as the path, the write fails ({@code ArrayIndexOutOfBoundsException} in
 * {@code HttpRequestURIDecoder.normalizeBytes}); Payara's {@code ContainerMapper} then fails again
 * while logging it and leaves the client an empty {@code 200 text/plain} that never reached the
 * application: "sometimes", depending on which pooled request object takes the request. A path
 * that climbs above the root got Grizzly's bare 500. The probe removes the dot segments as RFC 3986
 * does, byte for byte otherwise (the path is still decoded as UTF-8 afterwards), so nothing is left
 * for Grizzly's normalisation to extend and every such request reaches the application.
 *
 * <p><b>h2c upgrades.</b> Port unification rules out HTTP/2 on these listeners, and without
 * HTTP/2 nothing takes up an {@code Upgrade: h2c} request (which Java's HttpClient and
 * {@code curl --http2} send over plain HTTP): Grizzly still treats the request as upgraded, reads
 * its body as a raw stream that ends only when the connection does, and a resource reading the
 * body waits until the client gives up. The probe declines such an upgrade, as RFC 9113 lets a
 * server do: the request goes on as the HTTP/1.1 request it also is, with its body framed by its
 * Content-Length or chunks, and the connection closes after the answer.
 */
final class GrizzlyFixesProbe extends HttpProbe.Adapter {

    private static final Method SET_TRANSFER_ENCODING = transferEncodingSetter();

    private final HttpCodecFilter codec;

    GrizzlyFixesProbe(HttpCodecFilter codec) {
        this.codec = codec;
    }

    @Override
    public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
        if (header instanceof HttpRequestPacket request) {
            normalisePath(request);
            if (request.isUpgrade() && "h2c".equalsIgnoreCase(request.getUpgrade().trim())) {
                declineUpgrade(request);
            }
        }
    }

    static void normalisePath(HttpRequestPacket request) {
        DataChunk uri = request.getRequestURIRef().getRequestURIBC();
        if (uri.isNull() || uri.indexOf('.', 0) < 0 && uri.indexOf('%', 0) < 0) {
            return; // the common case, decided without making a string
        }
        String sent = uri.toString(StandardCharsets.ISO_8859_1); // one char per byte, whatever the encoding
        String clean = DotSegments.removedFrom(sent);
        if (!clean.equals(sent)) {
            uri.setBytes(clean.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** What Grizzly's HttpServerFilter does for a request without an upgrade, which it skipped for this one. */
    private void declineUpgrade(HttpRequestPacket request) {
        request.getUpgradeDC().recycle();
        request.getHeaders().removeHeader(Header.Upgrade);
        request.getHeaders().removeHeader("HTTP2-Settings");
        request.setIgnoreContentModifiers(false);
        boolean hasPayload = request.getContentLength() > 0 || request.isChunked();
        request.setExpectContent(hasPayload);
        if (hasPayload) {
            for (TransferEncoding encoding : codec.getTransferEncodings()) {
                if (encoding.wantDecode(request)) {
                    try {
                        SET_TRANSFER_ENCODING.invoke(request, encoding);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Grizzly's HttpHeader.setTransferEncoding cannot be called", e);
                    }
                    break;
                }
            }
        }
        request.getProcessingState().setKeepAlive(false); // as Grizzly does after an upgrade request
    }

    private static Method transferEncodingSetter() {
        try {
            Method setter = HttpHeader.class.getDeclaredMethod("setTransferEncoding", TransferEncoding.class);
            setter.setAccessible(true); // protected in Grizzly 4.0.2; the codec calls it while parsing
            return setter;
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
