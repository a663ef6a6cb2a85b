package org.reliefarchive.extract;

import java.util.List;

/**
 * The text of one page and how it was decoded, or why it could not be.
 *
 * @param html the decoded page, or null when no charset decoded it cleanly
 * @param charset canonical name of the charset used ("UTF-8", "GB18030", "Big5", …), or null
 * @param declared the charset the page declared (header or meta), or null when it declared none
 * @param reasons how the charset was chosen, one step per entry, e.g. "meta declares gb2312 but
 *     the bytes are valid UTF-8"
 * @param lossy true when the page was decoded although some of its bytes are not valid in the
 *     charset used (they became replacement characters); the reasons say how many
 */
public record DecodedHtml(String html, String charset, String declared, List<String> reasons,
    boolean lossy) {

  /** Copies the reasons. */
  public DecodedHtml {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** A page decoded without loss, or not decoded ({@code html} null). */
  public DecodedHtml(String html, String charset, String declared, List<String> reasons) {
    this(html, charset, declared, reasons, false);
  }

  /** True when the page was decoded. */
  public boolean isDecoded() {
    return html != null;
  }

  /** The reasons as one line. */
  public String reason() {
    return String.join("; ", reasons);
  }
}
