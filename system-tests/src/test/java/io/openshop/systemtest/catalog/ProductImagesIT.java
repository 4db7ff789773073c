package io.openshop.systemtest.catalog;

import io.openshop.systemtest.support.SharedDeployment;
import io.openshop.systemtest.support.DatabaseSupport;
import io.openshop.systemtest.support.TestSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pictures by content hash: the right bytes, thumbnails in fixed widths, and HTTP caching that holds. */
@ExtendWith(SharedDeployment.class)
class ProductImagesIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static String mainImage(String slug) throws Exception {
        try (var c = DatabaseSupport.connect(); var s = c.prepareStatement("select image_hash from product where slug = ?")) {
            s.setString(1, slug);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static HttpResponse<byte[]> fetch(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(TestSettings.baseUri().resolve(path.substring(1)));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theOriginalIsServedByItsHashWithCachingHeaders() throws Exception {
        String hash = mainImage("organic-cotton-t-shirt");
        assertNotNull(hash, "the demo product has a picture");
        HttpResponse<byte[]> original = fetch("/api/images/" + hash, null);
        assertEquals(200, original.statusCode());
        assertTrue(original.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals(hash, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original.body())),
                "the address is the SHA-256 of the content");
        String etag = original.headers().firstValue("ETag").orElseThrow();
        assertTrue(original.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(304, fetch("/api/images/" + hash, etag).statusCode(), "a client with the picture gets 304");
    }

    @Test
    void thumbnailsComeInFixedWidthsOnly() throws Exception {
        String hash = mainImage("waterproof-hiking-boots");
        for (int width : new int[]{160, 320, 640}) {
            HttpResponse<byte[]> thumb = fetch("/api/images/" + hash + "?w=" + width, null);
            assertEquals(200, thumb.statusCode());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb.body()));
            assertEquals(width, image.getWidth(), "thumbnail width");
            assertEquals("\"" + hash + "-" + width + "\"", thumb.headers().firstValue("ETag").orElseThrow());
        }
        assertEquals(1, DatabaseSupport.count("select count(*) from image_thumbnail where content_hash = ? and width = 320", hash),
                "made once and kept");
        HttpResponse<byte[]> odd = fetch("/api/images/" + hash + "?w=333", null);
        assertEquals(400, odd.statusCode());
        assertTrue(odd.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void unknownPicturesAreNotFound() throws Exception {
        assertEquals(404, fetch("/api/images/" + "0".repeat(64), null).statusCode());
        assertEquals(404, fetch("/api/images/not-a-hash", null).statusCode());
        assertEquals(404, fetch("/api/images/" + "0".repeat(64), "\"" + "0".repeat(64) + "\"").statusCode(),
                "no 304 for a picture that does not exist");
    }

    @Test
    void theStorefrontShowsThePictures() throws Exception {
        String hash = mainImage("organic-cotton-t-shirt");
        String page = new String(fetch("/product.xhtml?slug=organic-cotton-t-shirt", null).body());
        assertTrue(page.contains("/api/images/" + hash + "?w=640"), "the main picture, large");
        assertTrue(page.contains("alt=\"Organic Cotton T-Shirt\""), "with its text alternative");
        assertEquals(2, DatabaseSupport.count("select count(*) from product_image pi join product p on p.id = pi.product_id"
                + " where p.slug = 'organic-cotton-t-shirt'"));
        String listing = new String(fetch("/category.xhtml?c=tops", null).body());
        assertTrue(listing.contains("/api/images/" + hash + "?w=320"), "listings show the first picture");
    }
}
