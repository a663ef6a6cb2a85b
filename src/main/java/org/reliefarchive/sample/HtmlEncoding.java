package org.reliefarchive.sample;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Turns page text into the bytes a portal in a legacy charset would serve: characters the charset
 * cannot encode (è in Big5, 嬢 in Big5) become numeric character references such as
 * {@code &#xE8;}, as real GBK and Big5 pages write them.
 */
final class HtmlEncoding {
  private HtmlEncoding() {}

  /** Encodes {@code html} in {@code charset}, writing unmappable characters as {@code &#x..;}. */
  static byte[] encode(String html, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      return html.getBytes(StandardCharsets.UTF_8);
    }
    CharsetEncoder encoder = charset.newEncoder();
    StringBuilder out = new StringBuilder(html.length() + 64);
    html.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              if (encoder.canEncode(ch)) {
                out.append(ch);
              } else {
                out.append("&#x").append(Integer.toHexString(cp).toUpperCase()).append(';');
              }
            });
    return out.toString().getBytes(charset);
  }

  /** Escapes text for an HTML element or a double-quoted attribute. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
