package org.reliefarchive.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication time of an article, most reliable source first: publication meta tags
 * (article:published_time, pubdate, PubDate, publishdate …), JSON-LD datePublished,
 * {@code <time datetime>}, the info lines between the heading and the body, source lines inside
 * the body ("(来源:中国社会报2020.4.15)"), a date in the URL path, the last short lines of the body
 * (print edition lines), the URL path only for portals whose URLs are known to carry the
 * publication date. Dates in the rest of the page (lists, rankings, footers) are never used.
 */
final class DateFinder {
  private static final Pattern META_KEY =
      Pattern.compile("publish|pubdate|pubtime|ptime|releasedate|createdate|createtime|created"
          + "|datecreated|dcdateissued|^dcdate$|^date$|^datetime$|firstpublished|posttime"
          + "|^ogtime$|^ogdate$|releasetime");
  private static final Pattern META_SKIP = Pattern.compile("modif|updat|expir|revis");
  private static final Pattern MODIFIED_KEY = Pattern.compile("^(date)?(modified|updated?)"
      + "(time|date)?$|modifiedtime|dateupdate|datemodified|lastmodified");
  private static final Pattern LD_PUBLISHED =
      Pattern.compile("\"(?:datePublished|dateCreated|pubDate)\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern SOURCE_LINE =
      Pattern.compile("来源|來源|发布|發布|發佈|日期|时间|時間|报|報");
  /** Words that say the date beside them is when the article was published or last edited. */
  private static final Pattern PUBLISHED_CUE =
      Pattern.compile("发布于|发表于|編輯於|编辑于|發布於|發表於|posted|Posted|发布时间|发表时间"
          + "|發布時間|发布日期|發布日期|发表日期|发文日期"
          // the other labels of a government site's 信息公开 metadata box (索引号, 发布机构,
          // 生成日期, 公开日期): the day the document was published there
          + "|生成日期|公开日期");
  /** "编辑于 2018-12-11 11:34", "posted @ 2024-05-09 14:45" right under the article, or null. */
  private static Dated publicationLineUnder(List<TextBlock> blocks, List<Integer> body) {
    int bodyEnd = body.isEmpty() ? blocks.size() : body.get(body.size() - 1) + 1;
    for (int i = bodyEnd; i < Math.min(blocks.size(), bodyEnd + AFTER_LINES); i++) {
      String text = TextNormalizer.line(blocks.get(i).text());
      if (text.length() <= 60 && PUBLISHED_CUE.matcher(text).find()) {
        DateParser.Found f = DateParser.firstIn(text);
        if (f != null) {
          return new Dated(f.value(), "publication line under the body", DateSource.INFO_LINE);
        }
      }
    }
    return null;
  }

  /** Most characters of either line of a calendar badge (2024年02月). */
  private static final int BADGE_CHARS = 10;
  /** A day of the month alone on its line (the big number of a calendar badge). */
  private static final Pattern BADGE_DAY = Pattern.compile("^(\\d{1,2})$");
  /** A year and a month alone on their line (2024年02月, 2024-02, 2024.02, 2024/02). */
  private static final Pattern BADGE_MONTH =
      Pattern.compile("^(\\d{4})\\s*(?:年|-|\\.|/)\\s*(\\d{1,2})月?$");

  /**
   * The date of a calendar badge, the day on one line and the year and month on the next, or
   * the other way round (21 above 2024年02月), or null.
   */
  static DateParser.Found badge(String line, String next) {
    Matcher day = BADGE_DAY.matcher(line);
    Matcher month = BADGE_MONTH.matcher(next);
    if (!(day.matches() && month.matches())) {
      day = BADGE_DAY.matcher(next);
      month = BADGE_MONTH.matcher(line);
      if (!(day.matches() && month.matches())) {
        return null;
      }
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(month.group(1)),
          Integer.parseInt(month.group(2)), Integer.parseInt(day.group(1)));
      return new DateParser.Found(OffsetDateTime.of(date.atStartOfDay(), DateParser.CHINA), false);
    } catch (DateTimeException e) {
      return null; // 31 above 2024年02月 is no day
    }
  }

  /** Lines above the heading searched for a metadata box (索引号, 发布机构, 发文日期 …). */
  private static final int BOX_LINES = 16;

  /**
   * The date a labelled line of the metadata box above a government notice's heading gives
   * (发文日期：2023-04-18, the label and the date in cells of their own), or null.
   */
  private static Dated publicationInBoxAbove(List<TextBlock> blocks, int titleIndex,
      int bodyStart) {
    if (titleIndex <= 0 || titleIndex > bodyStart) {
      return null;
    }
    for (int i = Math.max(0, titleIndex - BOX_LINES); i < titleIndex; i++) {
      TextBlock b = blocks.get(i);
      String line = TextNormalizer.line(b.text());
      if (line.length() > 40 || b.linkShare() > 0.5 || !PUBLISHED_CUE.matcher(line).find()) {
        continue;
      }
      DateParser.Found f = DateParser.firstIn(line);
      if (f == null && i + 1 < titleIndex) {
        String next = TextNormalizer.line(blocks.get(i + 1).text());
        f = onlyADate(next) ? DateParser.firstIn(next) : null;
      }
      if (f != null) {
        return new Dated(f.value(), "publication date in the box above the heading",
            DateSource.INFO_LINE);
      }
    }
    return null;
  }

  /** What a line holding only a date is made of besides the date's digits. */
  private static final Pattern DATE_BOX_REST = Pattern.compile(
      "[\\d\\s\\p{Punct}年月日号時时分秒]|(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
          + "|mon|tue|wed|thu|fri|sat|sun)[a-z]*");
  /** Words of a page's "today is …" line, which dates the visit, not the article. */
  private static final Pattern TODAY = Pattern.compile("今天|今日|Today|today|星期|礼拜");

  /** Labels of the publication date in an info line (发布日期：, 时间：). */
  private static final Pattern DATE_LABEL =
      Pattern.compile("发布|發布|發佈|发表|發表|发文|日期|时间|時間");
  /** Lines after the body searched for a publication line. */
  private static final int AFTER_LINES = 6;
  /** Elements of an info line looked at for a date in their tooltip. */
  private static final int TOOLTIP_ELEMENTS = 40;
  /** A relative time as shown in place of a date (3 天前, 11个月前, 1周前, 2 hours ago). */
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "(?:[^\\d]{0,6}\\s*)?(?:\\d+|[一二三四五六七八九十半几]+)\\s*"
      + "(?:秒|秒钟|分钟|分鐘|小时|小時|个小时|天|日|周|週|星期|个月|個月|月|年)\\s*前"
      + "|\\d+\\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s+ago");

  /**
   * A date in the {@code title} attribute of an element of a short info line (a relative time,
   * "3 天前", shown with the day in its tooltip), or null; with {@code cueNeeded}, only a title
   * that says it is the publication date (发布于 …).
   */
  private static DateParser.Found fromTitleAttribute(Element line, boolean cueNeeded) {
    return titleDate(line, (e, title) -> !cueNeeded || PUBLISHED_CUE.matcher(title).find());
  }

  /**
   * The date in the {@code title} of an element of {@code line} that shows a relative time (3 天前,
   * 11个月前, 2 hours ago), or null: the tooltip is that time's day, whatever else the line
   * holds.
   */
  private static DateParser.Found relativeTimeTooltip(Element line) {
    return titleDate(line, (e, title) -> RELATIVE_TIME.matcher(e.text().trim()).matches());
  }

  /**
   * The first date in a short {@code title} attribute of the first {@link #TOOLTIP_ELEMENTS}
   * elements of {@code line} that {@code accepts} (the element and its title), or null.
   */
  private static DateParser.Found titleDate(Element line,
      BiPredicate<Element, String> accepts) {
    if (line == null) {
      return null;
    }
    int seen = 0;
    for (Element e : line.getAllElements()) {
      if (++seen > TOOLTIP_ELEMENTS) {
        return null;
      }
      String title = e.attr("title");
      if (!title.isEmpty() && title.length() <= 40 && accepts.test(e, title)) {
        DateParser.Found f = DateParser.firstIn(title);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** True when {@code line} is short and holds nothing but a date and time. */
  private static boolean onlyADate(String line) {
    return line.length() <= 40 && !TODAY.matcher(line).find()
        && DATE_BOX_REST.matcher(line).replaceAll("").length() <= 2;
  }

  /** Body lines at either end searched for a source line. */
  private static final int EDGE_LINES = 5;
  /** Characters of the shortest written date with a year (2009-11-09, 2009年11月9日). */
  private static final int MIN_DATE_CHARS = 9;
  /** Lines after the heading searched for an info line. */
  private static final int HEADER_LINES = 12;

  /**
   * A date and the rule that found it.
   *
   * @param value the date in +08:00
   * @param source the rule, e.g. "meta tag"
   * @param kind the kind of source, kept with the article
   */
  record Dated(OffsetDateTime value, String source, DateSource kind) {
    static Dated of(OffsetDateTime value, String source, DateSource kind) {
      return value == null ? null : new Dated(value, source, kind);
    }
  }

  /**
   * The date machine-readable markup gives: meta tags, JSON-LD, {@code <time datetime>}.
   *
   * @return the date in +08:00, or null
   */
  Dated fromMarkup(PageMarkup markup) {
    Dated d = Dated.of(fromMeta(markup.metas()), "publication meta tag", DateSource.MARKUP);
    if (d != null) {
      return d;
    }
    d = Dated.of(fromJsonLd(markup.jsonLd()), "JSON-LD datePublished", DateSource.MARKUP);
    if (d != null) {
      return d;
    }
    Element time = markup.time();
    if (time != null) {
      return Dated.of(DateParser.machine(time.hasAttr("datetime") ? time.attr("datetime")
          : time.hasAttr("content") ? time.attr("content") : time.text()),
          "<time datetime> or itemprop=datePublished", DateSource.MARKUP);
    }
    return null;
  }

  /**
   * The publication time of the microdata item the page is about, or null: on a page of two or
   * more items with times of their own ({@code dated}: a question, then its answers), the item
   * whose own url is the page's address, else the nearest item around {@code body} with a time
   * of its own (one answer, one post of a thread). Such a page's meta tags give the first item's
   * time, the question's. A page of one dated item, or an item that is the whole page
   * ({@code <html>}, {@code <body>}: a blog's creation, a web page's), leaves the page's meta tags
   * to date it.
   */
  static Dated ofItem(Element body, String url, List<Element> dated) {
    Document doc = body.ownerDocument();
    if (doc == null || dated.size() < 2) {
      return null;
    }
    String page = address(url);
    if (!page.isEmpty()) {
      for (Element item : dated) {
        if (address(item.attr(DomCleaner.ITEM_URL)).equals(page)) {
          return Dated.of(DateParser.machine(item.attr(DomCleaner.ITEM_DATE)),
              "microdata of the item the page's address names", DateSource.MARKUP);
        }
      }
    }
    for (Element p = body; p != null && p != doc.body() && !p.normalName().equals("html");
        p = p.parent()) {
      if (p.hasAttr(DomCleaner.ITEM_DATE)) {
        return Dated.of(DateParser.machine(p.attr(DomCleaner.ITEM_DATE)),
            "microdata of the item holding the body", DateSource.MARKUP);
      }
      // an item without a time of its own (an author) inside the dated one: look further up
    }
    return null;
  }

  /**
   * {@code url} as one page: without its scheme, its fragment and a trailing slash, its query
   * kept (art.jsp?id=123 and art.jsp?id=99 are two pages); "" for null or blank.
   */
  static String address(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String u = url.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:", "");
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
  }

  /** Lines under the body's last line where the article's own date may still stand. */
  private static final int AFTER_BODY_LINES = 2;

  /**
   * The date the text of the page gives.
   *
   * @param blocks all lines of the page
   * @param titleIndex the heading line, or -1
   * @param body indexes of the body lines, in order
   * @param url the page URL, or null
   * @param urlDates whether the URL path's date is the publication date (a portal setting)
   * @return the date in +08:00, or null
   */
  Dated fromText(List<TextBlock> blocks, int titleIndex, List<Integer> body, String url,
      boolean urlDates) {
    OffsetDateTime d;
    int bodyStart = body.isEmpty() ? blocks.size() : body.get(0);
    int from = titleIndex >= 0 ? titleIndex + 1 : Math.max(0, bodyStart - HEADER_LINES / 2);
    int to = Math.min(blocks.size(), Math.max(from + HEADER_LINES, bodyStart + 3));
    if (titleIndex < 0 || titleIndex > bodyStart) {
      // no heading, or a heading found below the body's start (the title repeated in a
      // sidebar): the info line is among the lines right above the body
      from = Math.max(0, bodyStart - HEADER_LINES / 2);
      to = Math.min(blocks.size(), bodyStart + 3);
    }
    if (titleIndex >= 0) {
      // <a title="发布于 2024-05-09 14:45">heading</a>
      DateParser.Found f = fromTitleAttribute(blocks.get(titleIndex).container(), true);
      if (f != null) {
        return new Dated(f.value(), "tooltip of the heading", DateSource.INFO_LINE);
      }
    }
    Dated firstDated = null;
    boolean firstInBody = false;
    int bodyEnd = body.isEmpty() ? blocks.size() : body.get(body.size() - 1);
    for (int i = from; i < to; i++) {
      if (i > bodyEnd + AFTER_BODY_LINES) {
        // well past a short article's end the dates are other items' (a list of other notices);
        // right under it a post's own time may stand
        break;
      }
      TextBlock b = blocks.get(i);
      // a line mostly of links still dates the page when a date fits in its plain text (the
      // portal's home link, then 2009年11月09日13:48), or when it is nothing but a date whose
      // parts link to the archive of that year, month and day (2014年 03月 21日 20:36)
      if (b.chars() > 200) {
        continue;
      }
      String line = TextNormalizer.line(b.text());
      if (b.linkShare() > 0.5 && b.plainChars() < MIN_DATE_CHARS && !onlyADate(line)) {
        DateParser.Found f = firstDated == null ? relativeTimeTooltip(b.container()) : null;
        if (f != null) {
          // 创建于 <span title="2023-05-28 10:28:25">11个月前</span> inside a link, in a line of
          // links (the author's blog, counters): the relative time's tooltip is the day
          return new Dated(f.value(), "tooltip of a relative time after the heading",
              DateSource.INFO_LINE);
        }
        continue;
      }
      DateParser.Found f = DateParser.firstIn(line);
      if (f == null && line.length() <= BADGE_CHARS && i + 1 < to) {
        f = badge(line, TextNormalizer.line(blocks.get(i + 1).text()));
      }
      if (f != null) {
        // a line that says which date it gives (发布日期：) beats a date without a label
        Dated dated = new Dated(f.value(), "info line after the heading", DateSource.INFO_LINE);
        if (i < bodyStart && DATE_LABEL.matcher(line).find()) {
          return dated;
        }
        if (firstDated == null) {
          firstDated = dated;
          firstInBody = i >= bodyStart;
        }
        continue;
      }
      if (firstDated != null) {
        continue;
      }
      f = fromTitleAttribute(b.container(), false);
      if (f != null) {
        // "1 月前" shown, the day itself in the tooltip: <abbr title="2024年04月22日">
        return new Dated(f.value(), "tooltip of the info line after the heading",
            DateSource.INFO_LINE);
      }
    }
    Dated box = publicationInBoxAbove(blocks, titleIndex, bodyStart);
    if (box != null) {
      // a labelled 发文日期 of a government notice's metadata box beats an unlabelled date
      // under the heading (the document's own date, days before it was issued)
      return box;
    }
    if (firstDated != null && !firstInBody) {
      return firstDated;
    }
    if (firstDated == null && titleIndex > 0 && titleIndex <= bodyStart) {
      // a date box right above the heading (Dec 28 Sat 2013 00:28, 2020年8月14日)
      for (int i = titleIndex - 1; i >= Math.max(0, titleIndex - 2); i--) {
        TextBlock b = blocks.get(i);
        String line = TextNormalizer.line(b.text());
        if (line.length() <= 40 && b.linkShare() <= 0.5 && !TODAY.matcher(line).find()
            && DATE_BOX_REST.matcher(line).replaceAll("").length() <= 2) {
          DateParser.Found f = DateParser.firstIn(line);
          if (f != null) {
            return new Dated(f.value(), "date line above the heading", DateSource.INFO_LINE);
          }
        }
      }
    }
    // a labelled publication line right under the article beats a date the article's first
    // lines tell of (2019年2月27日下午 … above 发布日期：2019-03-06)
    Dated under = publicationLineUnder(blocks, body);
    if (under != null || firstDated != null) {
      return under != null ? under : firstDated;
    }
    // a source or date line stands at the start or the end of an article, never in its middle
    // (there, a line with 来源 and a date is a citation or a reference)
    for (int k = 0; k < body.size(); k++) {
      if (k >= EDGE_LINES && k < body.size() - EDGE_LINES) {
        continue;
      }
      String text = TextNormalizer.line(blocks.get(body.get(k)).text());
      if (text.length() <= 60 && SOURCE_LINE.matcher(text).find()) {
        DateParser.Found f = DateParser.firstIn(text);
        if (f != null) {
          return new Dated(f.value(), "source line in the body", DateSource.BODY_LINE);
        }
      }
    }
    d = urlDates ? DateParser.inUrl(url) : null;
    if (d != null) {
      return new Dated(d, "URL path (the portal's URLs carry publication dates)", DateSource.URL);
    }
    for (int k = Math.max(0, body.size() - 3); k < body.size(); k++) {
      String text = TextNormalizer.line(blocks.get(body.get(k)).text());
      if (text.length() <= 60) {
        DateParser.Found f = DateParser.firstIn(text);
        if (f != null) {
          return new Dated(f.value(), "last lines of the body", DateSource.BODY_LINE);
        }
      }
    }
    return null;
  }

  /**
   * The markup date, unless the text gives the same moment more precisely (seconds the meta
   * tag dropped, a time where the meta tag has only the day); the text date when there is no
   * markup date.
   */
  static Dated preferPrecise(Dated markupDate, Dated textDate) {
    if (markupDate == null || textDate == null) {
      return markupDate != null ? markupDate : textDate;
    }
    OffsetDateTime markup = markupDate.value();
    OffsetDateTime text = textDate.value();
    boolean sameDay = markup.toLocalDate().equals(text.toLocalDate());
    boolean markupMidnight = markup.toLocalTime().equals(LocalTime.MIDNIGHT);
    boolean sameMinute = markup.getSecond() == 0
        && markup.equals(text.truncatedTo(ChronoUnit.MINUTES));
    return sameDay && (markupMidnight || sameMinute) ? textDate : markupDate;
  }

  /**
   * A machine-readable modification date of the page (dateModified, dateUpdate,
   * article:modified_time …), or null. It dates a page that states no publication date better
   * than a date guessed from a line of its body.
   */
  Dated modifiedFromMarkup(PageMarkup markup) {
    for (Element m : markup.metas()) {
      if (!m.hasAttr("content")) {
        continue;
      }
      String key = m.hasAttr("property") ? m.attr("property")
          : m.hasAttr("name") ? m.attr("name")
          : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
      String k = letters(key);
      if (MODIFIED_KEY.matcher(k).find()) {
        OffsetDateTime d = DateParser.machine(m.attr("content"));
        if (d != null) {
          return new Dated(d, "modification meta tag (no publication date on the page)",
              DateSource.MODIFIED_MARKUP);
        }
      }
    }
    return null;
  }

  /** True for the rules that guess a date from a body line rather than read it. */
  static boolean isWeak(Dated d) {
    return d != null && (d.source().startsWith("source line in the body")
        || d.source().startsWith("last lines of the body"));
  }

  private static OffsetDateTime fromMeta(List<Element> metas) {
    for (Element m : metas) {
      if (!m.hasAttr("content")) {
        continue;
      }
      String key = m.hasAttr("property") ? m.attr("property")
          : m.hasAttr("name") ? m.attr("name")
          : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
      String k = letters(key);
      if (k.isEmpty() || META_SKIP.matcher(k).find() || !META_KEY.matcher(k).find()) {
        continue;
      }
      OffsetDateTime d = DateParser.machine(m.attr("content"));
      if (d != null && !d.equals(generationTime(metas))) {
        return d;
      }
    }
    return null;
  }

  /** Words of a meta tag giving the time the page was generated (页面生成时间 2023-05-16 12:34:05). */
  private static final Pattern GENERATED = Pattern.compile("生成(时间|時間|日期)");

  /**
   * The time a meta tag says the page was generated, or null. Government sites' publishing
   * systems (SiteName, ColumnName, ArticleTitle, PubDate) often fill PubDate with that time, the
   * moment the page was last written out, not the day the document was published: such a PubDate
   * is no publication date, and the date of the page's info lines (发文日期) is taken instead.
   */
  private static OffsetDateTime generationTime(List<Element> metas) {
    for (Element m : metas) {
      String content = m.attr("content");
      if (!content.isEmpty() && content.length() <= 60 && GENERATED.matcher(content).find()) {
        DateParser.Found f = DateParser.firstIn(content);
        if (f != null) {
          return f.value();
        }
      }
    }
    return null;
  }

  /**
   * The ASCII letters of {@code key}, lower-cased: "article:published_time" →
   * "articlepublishedtime".
   */
  static String letters(String key) {
    StringBuilder k = new StringBuilder(key.length());
    for (int i = 0, n = key.length(); i < n; i++) {
      char c = key.charAt(i);
      if (c >= 'a' && c <= 'z') {
        k.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        k.append((char) (c + 32));
      }
    }
    return k.toString();
  }

  private static OffsetDateTime fromJsonLd(List<Element> scripts) {
    for (Element s : scripts) {
      Matcher m = LD_PUBLISHED.matcher(s.data());
      if (m.find()) {
        OffsetDateTime d = DateParser.machine(m.group(1));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }
}
