package io.openshop.service.platform;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Draws a product picture for the demo catalog: a soft gradient in a colour of the product's
 * top category and a few shapes from its SKU, the same every time. No text, so no fonts needed.
 */
final class DemoPictures {

    static final int SIZE = 800;

    private DemoPictures() {
    }

    static byte[] draw(String sku, String topCategory) {
        Random random = new Random(sku.hashCode());
        float hue = switch (topCategory) {
            case "apparel" -> 0.58f;
            case "footwear" -> 0.08f;
            case "home-kitchen" -> 0.12f;
            case "outdoor" -> 0.33f;
            case "electronics" -> 0.70f;
            default -> random.nextFloat();
        } + (random.nextFloat() - 0.5f) * 0.06f;
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, Color.getHSBColor(hue, 0.18f, 0.98f), SIZE, SIZE, Color.getHSBColor(hue, 0.35f, 0.90f)));
            g.fillRect(0, 0, SIZE, SIZE);
            for (int i = 0; i < 3 + random.nextInt(3); i++) {
                g.setColor(Color.getHSBColor(hue + (random.nextFloat() - 0.5f) * 0.1f, 0.45f + random.nextFloat() * 0.3f,
                        0.55f + random.nextFloat() * 0.3f));
                int w = 160 + random.nextInt(320);
                int h = 160 + random.nextInt(320);
                int x = 80 + random.nextInt(SIZE - 160 - w / 2);
                int y = 80 + random.nextInt(SIZE - 160 - h / 2);
                if (random.nextBoolean()) {
                    g.fill(new Ellipse2D.Float(x, y, w, h));
                } else {
                    g.fill(new RoundRectangle2D.Float(x, y, w, h, 60, 60));
                }
            }
            g.setColor(new Color(255, 255, 255, 150));
            g.setStroke(new BasicStroke(14f));
            g.draw(new RoundRectangle2D.Float(40, 40, SIZE - 80, SIZE - 80, 80, 80));
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
