package io.openshop.service.catalog;

import io.openshop.domain.catalog.ImageStore;
import io.openshop.domain.catalog.ImageStore.StoredImage;
import io.openshop.domain.shared.InvalidInputException;
import io.openshop.domain.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * Product pictures: stored once per content (SHA-256), served as they are or as thumbnails in a
 * few fixed widths, made on first request and kept.
 */
@Stateless
@PermitAll
public class ImageService {

    /** The widths thumbnails come in; no other width is made, so no request can make the server resize at will. */
    public static final Set<Integer> THUMBNAIL_WIDTHS = Set.of(160, 320, 640);
    /** The largest picture accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 8000;

    @Inject
    ImageStore store;

    /** Checks and keeps an image (PNG or JPEG, at most 5 MB and 8000 px a side); returns its content hash. */
    public String store(byte[] data) {
        if (data == null || data.length == 0 || data.length > MAX_BYTES) {
            throw new InvalidInputException("image", "must be a PNG or JPEG file of at most 5 MB");
        }
        String type = contentType(data);
        BufferedImage decoded = decode(data);
        if (decoded.getWidth() > MAX_SIDE || decoded.getHeight() > MAX_SIDE) {
            throw new InvalidInputException("image", "must be at most " + MAX_SIDE + " pixels a side");
        }
        String hash = sha256(data);
        store.save(new StoredImage(hash, type, decoded.getWidth(), decoded.getHeight(), data));
        return hash;
    }

    public StoredImage original(String hash) {
        return store.find(checkedHash(hash)).orElseThrow(() -> new NotFoundException("Image", hash));
    }

    /** The image scaled to this width (never enlarged), made once and then served from the store. */
    public StoredImage thumbnail(String hash, int width) {
        if (!THUMBNAIL_WIDTHS.contains(width)) {
            throw new InvalidInputException("w", "must be one of " + new TreeSet<>(THUMBNAIL_WIDTHS));
        }
        String key = checkedHash(hash);
        return store.findThumbnail(key, width).orElseGet(() -> {
            StoredImage original = original(key);
            BufferedImage source = decode(original.data());
            int w = Math.min(width, source.getWidth());
            int h = Math.max(1, Math.round(source.getHeight() * (w / (float) source.getWidth())));
            BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = scaled.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(source, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            byte[] png = png(scaled);
            store.saveThumbnail(key, width, h, png);
            return new StoredImage(key, "image/png", w, h, png);
        });
    }

    private static String checkedHash(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new NotFoundException("Image", hash);
        }
        return hash;
    }

    static String contentType(byte[] data) {
        if (data.length > 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return "image/png";
        }
        if (data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        throw new InvalidInputException("image", "must be a PNG or JPEG file");
    }

    private static BufferedImage decode(byte[] data) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new InvalidInputException("image", "could not be read as a picture");
            }
            return image;
        } catch (IOException e) {
            throw new InvalidInputException("image", "could not be read as a picture");
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
