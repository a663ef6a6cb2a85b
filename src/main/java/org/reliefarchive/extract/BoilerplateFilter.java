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
      Pattern.compile("^[\\[【(（]?\\s*(?:(?:本文)?(?:来源|來源)\\s*[:：][^。]{1,30}?\\s*)?"
          + "(责任编辑|責任編輯|责编|責編|编辑|編輯|小编|小編|实习编辑|審核|审核)"
          + "\\s*[:：/丨|]?.{0,30}$");
  private static final Pattern INFO_LABEL =
      Pattern.compile("来源|來源|作者|编辑|編輯|发布|發布|發佈|时间|時間|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號");
  /**
   * An entry of an encyclopedia's reference list: it opens with the caret that links back to where
   * it is cited (^ 标题. 新华网. 2017-04-01 [2017-04-07].), which no paragraph of prose does.
   */
  private static final Pattern CITATION = Pattern.compile("^\\^\\s");
  /** Body lines at the top that may be the info line. */
  private static final int INFO_LINES = 4;

  private final List<String> blockMarkers;
  private final LineMarkers lineMarkers;
  private final BylineParser bylines;
  /** Longest line a line pattern is tried on: a notice is short, a paragraph quoting one is not. */
  private static final int NOTICE_MAX_CHARS = 120;

  /** A filter with the markers of {@code config}. */
  BoilerplateFilter(BoilerplateConfig config, BylineParser bylines) {
    this.blockMarkers = config.blockMarkers();
    this.lineMarkers = new LineMarkers(config.lineMarkers(), config.linePatternList());
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
    return filter(blocks, body, title, null);
  }

  /** As {@link #filter(List, List, String)}, recording each dropped line in {@code trace}. */
  Result filter(List<TextBlock> blocks, List<Integer> body, String title, ExtractionTrace trace) {
    String titleKey = title == null ? null : TitleFinder.key(title);
    List<String> out = new ArrayList<>();
    List<TextBlock> kept = new ArrayList<>();
    Byline byline = Byline.EMPTY;
    boolean skipping = false;
    String skippedFor = null;
    int position = 0;
    for (int idx : body) {
      TextBlock b = blocks.get(idx);
      String text = TextNormalizer.line(b.text());
      String compact = TextNormalizer.compact(text);
      position++;
      if (compact.isEmpty() || firstWordChar(compact) < 0) {
        if (trace != null && !compact.isEmpty()) {
          trace.drop(b, "no letters or digits");
        }
        continue;
      }
      String marker = blockMarkerOf(compact);
      if (marker != null) {
        skipping = true;
        skippedFor = marker;
        if (trace != null) {
          trace.drop(b, "block marker " + marker);
        }
        continue;
      }
      // a reference list is no prose: it neither ends a dropped block nor stays
      if (CITATION.matcher(text).find()) {
        if (trace != null) {
          trace.drop(b, "an entry of a reference list");
        }
        continue;
      }
      if (skipping) {
        if (!isProse(b)) {
          if (trace != null) {
            trace.drop(b, "in the block of " + skippedFor + " (no prose yet)");
          }
          continue;
        }
        skipping = false;
      }
      String lineMarker = lineMarkerOf(compact);
      if (lineMarker != null || b.linkShare() > 0.5) {
        if (trace != null) {
          trace.drop(b, lineMarker != null ? "line marker " + lineMarker
              : "link line (" + ExtractionTrace.percent(b.linkShare()) + " links)");
        }
        continue;
      }
      if (titleKey != null && text.length() >= titleKey.length() / 2
          && text.length() <= 3 * titleKey.length() + 20
          && TitleFinder.key(text).equals(titleKey)) {
        if (trace != null) {
          trace.drop(b, "repeats the title");
        }
        continue;
      }
      if (mayBeEditorLine(text) && EDITOR_LINE.matcher(text).find()) {
        byline = byline.orElse(bylines.parse(text));
        if (trace != null) {
          trace.drop(b, "editor line (read into the byline)");
        }
        continue;
      }
      if (position <= INFO_LINES && isInfoLine(text)) {
        byline = byline.orElse(bylines.parse(text));
        if (trace != null) {
          trace.drop(b, "info line (read into date and byline)");
        }
        continue;
      }
      out.add(text);
      kept.add(b);
    }
    int teaser = trailingTeaser(out);
    if (teaser >= 0) {
      if (trace != null) {
        for (TextBlock b : kept.subList(teaser, kept.size())) {
          trace.drop(b, "another story's teaser at the end: a headline over a cut-off summary");
        }
      }
      out.subList(teaser, out.size()).clear();
    }
    return new Result(out, byline);
  }

  /** Most short lines (a source, a date) that may follow another story's cut-off summary. */
  private static final int TEASER_TAIL_LINES = 2;
  /** Longest line that counts as such a short line. */
  private static final int TEASER_TAIL_CHARS = 20;
  /** Shortest and longest line read as the other story's headline (a subheading is shorter). */
  private static final int TEASER_HEADLINE_MIN = 8;
  private static final int TEASER_HEADLINE_CHARS = 40;
  /** Shortest cut-off summary (an article's own last line trailing off is often short). */
  private static final int TEASER_SUMMARY_MIN = 40;
  /** Text the article must keep before the teaser for it to be dropped. */
  private static final int TEASER_MIN_ARTICLE = 200;

  /**
   * Where another story's teaser starts at the end of {@code lines}, or -1: a headline (a short
   * line with no sentence end) over a summary cut off with an ellipsis or a read-more link,
   * followed by at most two short lines (its source, its date). Portals put the next or a related
   * story there inside the article's box.
   */
  static int trailingTeaser(List<String> lines) {
    int i = lines.size() - 1;
    int tail = 0;
    while (i >= 0 && tail < TEASER_TAIL_LINES && lines.get(i).length() <= TEASER_TAIL_CHARS
        && !PageStats.isCutOff(lines.get(i)) && !endsSentence(lines.get(i))) {
      i--;
      tail++;
    }
    if (i < 2 || !PageStats.isCutOff(lines.get(i))
        || lines.get(i).length() < TEASER_SUMMARY_MIN) {
      return -1;
    }
    String headline = lines.get(i - 1);
    if (headline.length() < TEASER_HEADLINE_MIN || headline.length() > TEASER_HEADLINE_CHARS
        || endsSentence(headline)
        || PageStats.isCutOff(headline)) {
      return -1;
    }
    int kept = 0;
    for (int k = 0; k < i - 1; k++) {
      kept += lines.get(k).length();
    }
    return kept >= TEASER_MIN_ARTICLE ? i - 1 : -1;
  }

  private static boolean endsSentence(String line) {
    String t = line.strip();
    return !t.isEmpty() && "。！？!?；;".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * The adoption line of a law, decision or regulation, in brackets under its heading:
   * (2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过), (2020年3月1日市人民政府令第5号公布).
   */
  private static final Pattern ADOPTION_LINE = Pattern.compile(
      "^[（(][^（）()]{0,80}?\\d{4}\\s*年[^（）()]{0,80}?(通过|公布|发布|印发|施行|修正|修订|批准)"
      + "[^（）()]{0,20}[）)]$");

  /** True for the adoption line of a document: see {@link #ADOPTION_LINE}. */
  static boolean isAdoptionLine(String text) {
    return text.length() <= 160 && ADOPTION_LINE.matcher(text.strip()).find();
  }

  /** A short line with a date and a label, or only a date: the article's info line. */
  static boolean isInfoLine(String text) {
    if (text.length() > 120 || !hasDigit(text) || isAdoptionLine(text)) {
      return false;
    }
    DateParser.Found date = DateParser.firstIn(text);
    if (date == null) {
      return false;
    }
    return INFO_LABEL.matcher(text).find() || text.length() <= 25;
  }

  private String blockMarkerOf(String compact) {
    return markerHeading(compact, blockMarkers);
  }

  /**
   * True for a short line (whitespace removed) starting, after symbols such as 【 or ■, with one
   * of {@code markers}.
   */
  static boolean isMarkerHeading(String compact, List<String> markers) {
    return markerHeading(compact, markers) != null;
  }

  /** The marker {@link #isMarkerHeading} finds, or null. */
  static String markerHeading(String compact, List<String> markers) {
    int from = firstWordChar(compact);
    if (from < 0) {
      return null;
    }
    int rest = compact.length() - from;
    for (String m : markers) {
      if (rest <= m.length() + 12 && compact.startsWith(m, from)) {
        return m;
      }
    }
    return null;
  }

  /** Index of the first letter or number of {@code s}, or -1 when it has none. */
  static int firstWordChar(String s) {
    for (int i = 0, n = s.length(); i < n; ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp) || isNumber(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static boolean isNumber(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        return true;
      }
    }
    return false;
  }

  /** Every form {@link #EDITOR_LINE} reads holds 编, 編, 审 or 審 in its first 45 characters. */
  private static boolean mayBeEditorLine(String text) {
    for (int i = 0, n = Math.min(text.length(), 45); i < n; i++) {
      char c = text.charAt(i);
      if (c == '编' || c == '編' || c == '审' || c == '審') {
        return true;
      }
    }
    return false;
  }

  private String lineMarkerOf(String compact) {
    String marker = lineMarkers.markerIn(compact);
    if (marker != null || compact.length() > NOTICE_MAX_CHARS) {
      return marker;
    }
    Pattern p = lineMarkers.patternIn(compact);
    return p == null ? null : p.pattern();
  }

  private static boolean isProse(TextBlock b) {
    return b.plainChars() >= 50 && b.sentenceEnds() >= 1 && b.linkShare() < 0.2;
  }
}
