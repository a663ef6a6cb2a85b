package org.reliefarchive.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The clean article found in one page. Text fields hold the page's own script (traditional stays
 * traditional); pinyin glosses and boilerplate are already gone.
 *
 * @param url the page URL
 * @param title the article heading (not the {@code <title>} with the site suffix)
 * @param publishedAt publication time in Asia/Shanghai, or null when the page does not say
 * @param source the original source (来源), or null
 * @param editor 编辑 / 责任编辑, or null
 * @param author 作者 / 文/图, or null
 * @param correspondent 记者 / 通讯员, or null
 * @param paragraphs body paragraphs in order, none blank
 * @param charset the charset the page was decoded with
 * @param dateSource where {@code publishedAt} was read, null when there is no date
 * @param decodingNote null when the page decoded cleanly; otherwise what was wrong with its
 *     bytes, e.g. "decoded as GB18030 (meta declares gb2312) with 4 replacement characters
 *     (0.3% suspicious characters): some bytes are not valid GB18030"
 */
public record Article(
    String url,
    String title,
    OffsetDateTime publishedAt,
    String source,
    String editor,
    String author,
    String correspondent,
    List<String> paragraphs,
    String charset,
    DateSource dateSource,
    String decodingNote) {

  /** Copies the paragraph list; a date without source is read as from markup. */
  public Article {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    dateSource = publishedAt == null ? null : dateSource == null ? DateSource.MARKUP : dateSource;
  }

  /** An article decoded cleanly whose date (if any) comes from markup. */
  public Article(String url, String title, OffsetDateTime publishedAt, String source,
      String editor, String author, String correspondent, List<String> paragraphs,
      String charset) {
    this(url, title, publishedAt, source, editor, author, correspondent, paragraphs, charset,
        null, null);
  }

  /** The body as one text, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
