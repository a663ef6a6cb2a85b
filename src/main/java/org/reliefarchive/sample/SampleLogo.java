package org.reliefarchive.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The portals' logo, {@value #WIDTH}×{@value #HEIGHT} pixels: red with white bars and a gold
 * disc, drawn without fonts so it looks the same on every machine. Unlike the 1×1 pixel the
 * other pictures get, it is plainly there or not in a replayed page (its natural size tells).
 */
final class SampleLogo {
  /** Width in pixels. */
  static final int WIDTH = 240;
  /** Height in pixels. */
  static final int HEIGHT = 60;

  private static final byte[] GIF = draw();

  private SampleLogo() {}

  /** The logo as GIF bytes. */
  static byte[] gif() {
    return GIF.clone();
  }

  private static byte[] draw() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0xa8141c));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(new Color(0xf2c14e));
      g.fillOval(10, 8, 44, 44);
      g.setColor(Color.WHITE);
      for (int i = 0; i < 4; i++) {
        g.fillRect(68, 12 + i * 10, 150 - i * 24, 6);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "gif", out)) {
        throw new IllegalStateException("this JVM writes no GIF");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
