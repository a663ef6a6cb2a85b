package org.reliefarchive.extract;

/**
 * People and source named in an article's info lines. Any field may be null.
 *
 * @param source 来源
 * @param editor 编辑 / 责任编辑
 * @param author 作者 / 文/图
 * @param correspondent 记者 / 通讯员
 */
record Byline(String source, String editor, String author, String correspondent) {
  static final Byline EMPTY = new Byline(null, null, null, null);

  /** Fields of this byline, completed by those of {@code other} where this has none. */
  Byline orElse(Byline other) {
    return new Byline(
        source != null ? source : other.source,
        editor != null ? editor : other.editor,
        author != null ? author : other.author,
        correspondent != null ? correspondent : other.correspondent);
  }

  boolean isEmpty() {
    return source == null && editor == null && author == null && correspondent == null;
  }
}
