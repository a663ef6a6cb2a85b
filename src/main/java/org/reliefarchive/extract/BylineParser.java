package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 来源, 编辑/责任编辑, 作者/文/图 and 记者/通讯员 from short info lines such as
 * "21-11-09 14:04 来源:甘肃残联 编辑:薛敏", "（通讯员 漆琳）", "文/圖 丁時偉" or
 * "(來源:中國社會報2020.4.15)". A label's value runs to the next label or the end of the line.
 * Prose lines are read only inside parentheses at their start or end: "本报讯（记者叶婉）…",
 * "…打赢疫情阻击战!”(通讯员 漆琳)".
 */
final class BylineParser {
  private static final String SOURCE = "来源|來源|稿源|稿件来源|稿件來源|出处|出處|转载自|轉載自";
  private static final String EDITOR = "责任编辑|責任編輯|责编|責編|编辑|編輯|小编|小編";
  private static final String AUTHOR =
      "作者|撰文|文/图|文/圖|文／图|文／圖|图/文|圖/文|图文|圖文|文丨|文\\|";
  private static final String CORRESPONDENT = "记者|記者|通讯员|通訊員|特约记者|特約記者";
  private static final String OTHER =
      "发布时间|發佈時間|發布時間|发布日期|發布日期|发表时间|時間|时间|日期|点击|點擊|浏览|瀏覽|阅读|閱讀"
          + "|字号|字號|审核|審核|审校|審校|校对|校對|摄影|攝影|监制|監製|排版|总监制|審讀|审读"
          + "|分类|分類|栏目|欄目|标签|標籤|关键词|關鍵詞";
  private static final Pattern LABEL =
      Pattern.compile("(" + SOURCE + "|" + EDITOR + "|" + AUTHOR + "|" + CORRESPONDENT + "|"
          + OTHER + ")(\\s*[:：丨|/]\\s*|\\s+|(?=[\\p{IsHan}]))");
  private static final Pattern OPENING_PARENS = Pattern.compile("^.{0,30}?[（(]([^（()）]{2,40})[)）]");
  private static final Pattern CLOSING_PARENS = Pattern.compile("[（(]([^（()）]{2,40})[)）]\\s*$");
  private static final Pattern TRIM =
      Pattern.compile("^[\\s|｜,，;；:：/()（）【】\\[\\]]+|[\\s|｜,，;；:：/()（）【】\\[\\]]+$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜]\\s*|\\s{2,}");
  private static final Pattern TRAILING_DATE = Pattern.compile("\\s*\\d{2,4}[-./年]\\d.*$");
  private static final Pattern TRAILING_PHOTO = Pattern.compile("\\s*(摄|攝|报道|報道|供图|供圖)$");
  private static final Pattern SOURCE_LABEL = Pattern.compile(SOURCE);
  private static final Pattern EDITOR_LABEL = Pattern.compile(EDITOR);
  private static final Pattern AUTHOR_LABEL = Pattern.compile(AUTHOR);
  private static final Pattern CORRESPONDENT_LABEL = Pattern.compile(CORRESPONDENT);
  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  /** The first characters of the labels: a match of {@link #LABEL} starts with one of them. */
  private static final BitSet LABEL_INITIALS = initials(
      SOURCE + "|" + EDITOR + "|" + AUTHOR + "|" + CORRESPONDENT + "|" + OTHER);

  private static BitSet initials(String alternatives) {
    BitSet initials = new BitSet();
    for (String word : alternatives.split("\\|")) {
      if (!word.isEmpty()) {
        initials.set(word.charAt(0));
      }
    }
    return initials;
  }

  /** Longest line read as a whole. */
  static final int MAX_INFO_LINE = 80;

  /** The fields named in {@code line}; empty when it names none. */
  Byline parse(String line) {
    if (line == null || line.isBlank()) {
      return Byline.EMPTY;
    }
    String text = line.trim();
    if (text.length() > MAX_INFO_LINE || text.indexOf('。') >= 0) {
      Byline b = Byline.EMPTY;
      Matcher open = OPENING_PARENS.matcher(text);
      if (open.find()) {
        b = parseShort(open.group(1));
      }
      Matcher close = CLOSING_PARENS.matcher(text);
      if (close.find()) {
        b = b.orElse(parseShort(close.group(1)));
      }
      return b;
    }
    return parseShort(text);
  }

  private Byline parseShort(String text) {
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int first = 0;
    while (first < text.length() && !LABEL_INITIALS.get(text.charAt(first))) {
      first++;
    }
    Matcher m = LABEL.matcher(text);
    // most lines hold no label: the expression, a long list of words tried at every place, is
    // run from the first character a label starts with, where its first match lies or later
    for (boolean found = first < text.length() && m.find(first); found; found = m.find()) {
      String label = m.group(1);
      boolean tight = m.group(2).isEmpty();
      // A label glued to the next word counts only at the start of a segment: "（记者叶婉）".
      if (tight && m.start() > 0 && !isBoundary(text.charAt(m.start() - 1))) {
        continue;
      }
      if (tight && m.start() > 0 && isPersonLabel(label) && text.length() > 20) {
        continue;
      }
      spans.add(new int[] {m.start(), m.end()});
      labels.add(label);
    }
    String source = null;
    String editor = null;
    String author = null;
    String correspondent = null;
    for (int i = 0; i < spans.size(); i++) {
      int from = spans.get(i)[1];
      int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length();
      String value = clean(text.substring(from, Math.max(from, to)));
      if (value.isEmpty() || value.length() > 40 || value.indexOf('。') >= 0) {
        continue;
      }
      String label = labels.get(i);
      if (SOURCE_LABEL.matcher(label).matches() && source == null) {
        source = TRAILING_DATE.matcher(value).replaceAll("");
        source = source.isEmpty() ? null : source;
      } else if (EDITOR_LABEL.matcher(label).matches() && editor == null) {
        editor = value;
      } else if (AUTHOR_LABEL.matcher(label).matches() && author == null) {
        author = value;
      } else if (CORRESPONDENT_LABEL.matcher(label).matches() && correspondent == null) {
        correspondent = TRAILING_PHOTO.matcher(value).replaceAll("");
      }
    }
    return new Byline(source, editor, author, correspondent);
  }

  private static boolean isPersonLabel(String label) {
    return CORRESPONDENT_LABEL.matcher(label).matches();
  }

  private static boolean isBoundary(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '（' || c == '【' || c == '['
        || c == '|' || c == '｜' || c == '\u00A0' || c == '\u3000' || !Character.isLetter(c);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static String clean(String value) {
    // a value ends at a field separator: "中國社會報 | 分類：公益動態"
    String v = TRIM.matcher(value).replaceAll("");
    v = TRIM.matcher(SEPARATOR.split(v, 2)[0]).replaceAll("");
    // keep a closing parenthesis the value opened: 经社科(民政)
    int open = count(v, '(') + count(v, '（');
    int close = count(v, ')') + count(v, '）');
    if (open > close) {
      int at = value.indexOf(v) + v.length();
      if (at < value.length() && (value.charAt(at) == ')' || value.charAt(at) == '）')) {
        v = v + value.charAt(at);
      }
    }
    return SPACES.matcher(v).replaceAll(" ");
  }
}
