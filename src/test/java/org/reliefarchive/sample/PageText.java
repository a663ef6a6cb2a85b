package org.reliefarchive.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small HTML helpers for the tests: visible text without whitespace, and the links of a page. */
final class PageText {
  private static final Pattern SCRIPT =
      Pattern.compile("(?is)<(script|style)\\b.*?</\\1>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
  private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*\"([^\"]*)\"");
  private static final Map<String, String> NAMED =
      Map.of(
          "nbsp", " ", "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "raquo", "»", "copy",
          "©");

  private PageText() {}

  /** The text a browser shows, with references resolved and all whitespace removed. */
  static String squeezedText(String html) {
    String text = TAG.matcher(SCRIPT.matcher(html).replaceAll("")).replaceAll("");
    return squeeze(unescape(text));
  }

  /** Resolves numeric and the common named character references. */
  static String unescape(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String value;
      if (ref.startsWith("#x")) {
        value = Character.toString(Integer.parseInt(ref.substring(2), 16));
      } else if (ref.startsWith("#")) {
        value = Character.toString(Integer.parseInt(ref.substring(1)));
      } else {
        value = NAMED.getOrDefault(ref, m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Removes every whitespace character, U+00A0 and U+3000 included. */
  static String squeeze(String text) {
    return text.replaceAll("[\\s\\u00a0\\u3000]+", "");
  }

  /** The href values of a page, in order. */
  static List<String> links(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      out.add(unescape(m.group(1)));
    }
    return out;
  }
}
