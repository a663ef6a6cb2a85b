package org.reliefarchive.web;

import java.net.URI;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the URLs a style sheet names ({@code url(…)} and {@code @import "…"}) for replay: each
 * is resolved against the style sheet's own URL and handed to a function that says where the
 * archive serves it, or null when the archive does not hold it (the reference then becomes
 * {@code url()}, which loads nothing: a replay never fetches from the live site).
 */
final class CssUrls {
  private static final Pattern URL = Pattern.compile(
      "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3",
      Pattern.CASE_INSENSITIVE);

  private CssUrls() {}

  /**
   * {@code css} with every URL it names replaced.
   *
   * @param css the style sheet's text (or a {@code style} attribute's)
   * @param base the URL the style sheet was captured at
   * @param archived maps an absolute URL to its place in the archive, or to null when it was
   *     never captured
   */
  static String rewrite(String css, String base, Function<String, String> archived) {
    Matcher m = URL.matcher(css);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean isImport = m.group(2) == null;
      String ref = isImport ? m.group(4) : m.group(2);
      String replacement;
      if (ref.isBlank() || ref.startsWith("data:") || ref.startsWith("#")) {
        replacement = m.group();
      } else {
        String abs = resolve(base, ref.strip());
        String to = abs == null ? null : archived.apply(abs);
        String target = to == null ? "" : to;
        replacement = isImport ? "@import \"" + target + "\"" : "url(\"" + target + "\")";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String resolve(String base, String ref) {
    try {
      String abs = URI.create(base).resolve(ref.replace(" ", "%20")).toString();
      return abs.startsWith("http://") || abs.startsWith("https://") ? abs : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
