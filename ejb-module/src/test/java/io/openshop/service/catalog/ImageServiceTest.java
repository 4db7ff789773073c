package io.openshop.service.catalog;

import io.openshop.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImageServiceTest {

    @Test
    void recognisesPngAndJpegByTheirBytesNotByName() {
        byte[] png = ImageService.png(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
        assertEquals("image/png", ImageService.contentType(png));
        assertEquals("image/jpeg", ImageService.contentType(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0}));
        assertThrows(InvalidInputException.class,
                () -> ImageService.contentType("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theContentHashIsTheSha256OfTheBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ImageService.sha256(new byte[0]));
        assertEquals(64, ImageService.sha256(new byte[]{1, 2, 3}).length());
    }
}
