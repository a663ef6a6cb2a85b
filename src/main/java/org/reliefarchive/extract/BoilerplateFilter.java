package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reliefarchive.config.BoilerplateConfig;

/**
 * Turns the lines of the located body into article paragraphs: drops lines with line markers
 * (分享到, 版权声明 …), blocks headed by block markers (精彩推荐, 相关新闻 …) up to the next real
 * prose, link lines, repeats of the heading, editor lines and the info line (their content goes to
 * the {@link Byline}), and lines with no letters at all.
 */
final class BoilerplateFilter {
  private static final Pattern EDITOR_LINE =
      Pattern.compile("^[\\[【(（]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|小编|小編|实习编辑|審核|审核)"
          + "\\s*[:：/丨|]?.{0,30}$");
  private static final Pattern INFO_LABEL =
      Pattern.compile("来源|來源|作者|编辑|編輯|发布|發布|發佈|时间|時間|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號");
  private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
  /** Body lines at the top that may be the info line. */
  private static final int INFO_LINES = 4;

  private final List<String> blockMarkers;
  private final List<String> lineMarkers;
  private final BylineParser bylines;

  /** A filter with the markers of {@code config}. */
  BoilerplateFilter(BoilerplateConfig config, BylineParser bylines) {
    this.blockMarkers = config.blockMarkers();
    this.lineMarkers = config.lineMarkers();
    this.bylines = bylines;
  }

  /**
   * The filtered body.
   *
   * @param paragraphs clean paragraphs in order
   * @param byline what the dropped info and editor lines said
   */
  record Result(List<String> paragraphs, Byline byline) {}

  /** Filters the body lines {@code body} (indexes into {@code blocks}). */
  Result filter(List<TextBlock> blocks, List<Integer> body, String title) {
    String titleKey = title == null ? null : TitleFinder.key(title);
    List<String> out = new ArrayList<>();
    Byline byline = Byline.EMPTY;
    boolean skipping = false;
    int position = 0;
    for (int idx : body) {
      TextBlock b = blocks.get(idx);
      String text = TextNormalizer.line(b.text());
      String compact = TextNormalizer.compact(text);
      position++;
      if (compact.isEmpty() || !HAS_WORD.matcher(compact).find()) {
        continue;
      }
      if (startsWithBlockMarker(compact)) {
        skipping = true;
        continue;
      }
      if (skipping) {
        if (!isProse(b)) {
          continue;
        }
        skipping = false;
      }
      if (containsLineMarker(compact) || b.linkShare() > 0.5) {
        continue;
      }
      if (titleKey != null && TitleFinder.key(text).equals(titleKey)) {
        continue;
      }
      if (EDITOR_LINE.matcher(text).find()) {
        byline = byline.orElse(bylines.parse(text));
        continue;
      }
      if (position <= INFO_LINES && isInfoLine(text)) {
        byline = byline.orElse(bylines.parse(text));
        continue;
      }
      out.add(text);
    }
    return new Result(out, byline);
  }

  /** A short line with a date and a label, or only a date: the article's info line. */
  static boolean isInfoLine(String text) {
    if (text.length() > 120) {
      return false;
    }
    DateParser.Found date = DateParser.firstIn(text);
    if (date == null) {
      return false;
    }
    return INFO_LABEL.matcher(text).find() || text.length() <= 25;
  }

  private boolean startsWithBlockMarker(String compact) {
    return isMarkerHeading(compact, blockMarkers);
  }

  /**
   * True for a short line (whitespace removed) starting, after symbols such as 【 or ■, with one
   * of {@code markers}.
   */
  static boolean isMarkerHeading(String compact, List<String> markers) {
    String c = LEADING_SYMBOLS.matcher(compact).replaceFirst("");
    for (String m : markers) {
      if (c.startsWith(m) && c.length() <= m.length() + 12) {
        return true;
      }
    }
    return false;
  }

  private boolean containsLineMarker(String compact) {
    for (String m : lineMarkers) {
      if (compact.contains(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProse(TextBlock b) {
    return b.plainChars() >= 50 && b.sentenceEnds() >= 1 && b.linkShare() < 0.2;
  }
}
