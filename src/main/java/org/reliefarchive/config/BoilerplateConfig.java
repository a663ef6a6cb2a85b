package org.reliefarchive.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code config/boilerplate.yaml}: marker words of portal clutter, in simplified and traditional
 * forms, and hints on class/id names. A block whose heading or first text starts with a block
 * marker is dropped whole; a line containing a line marker is dropped.
 *
 * @param blockMarkers headings of blocks that are never article text (精彩推荐, 相关新闻, 新闻排行 …)
 * @param lineMarkers lines that are never article text (您当前的位置, 分享到, 版权声明 …)
 * @param negativeHints regular expression on class/id names of clutter containers, or null/blank
 *     for none
 * @param positiveHints regular expression on class/id names of article containers, or null/blank
 *     for none
 * @param linePatterns regular expressions (found in a line with its whitespace removed) of
 *     notices that are never article text in any wording (未经授权不得转载, 下载…App); null is
 *     none
 * @param shopButtons buy buttons of a shop's product page (加入购物车, 立即购买): a page whose body
 *     is short and whose HTML holds one of them and one more of these or of {@code shopMarkers}
 *     is a product page, not an article; null is none
 * @param shopMarkers other words of a shop's product page (累计评价, 商品详情, 库存 …); null is none
 * @param shopSheetLabels labels of a product's data sheet (商品名称, 商品编号, 货号): a body with two
 *     or more of them, each followed by a colon, is the sheet of a product page however long it
 *     is, so the shop words decide; null is none
 */
public record BoilerplateConfig(
    List<String> blockMarkers,
    List<String> lineMarkers,
    String negativeHints,
    String positiveHints,
    List<String> linePatterns,
    List<String> shopButtons,
    List<String> shopMarkers,
    List<String> shopSheetLabels) {

  /** Copies the lists, removes whitespace from markers and checks the hint expressions. */
  public BoilerplateConfig {
    blockMarkers = compact("block_markers", Check.list(blockMarkers));
    lineMarkers = compact("line_markers", Check.list(lineMarkers));
    negativeHints = checkRegex("negative_hints", negativeHints);
    positiveHints = checkRegex("positive_hints", positiveHints);
    linePatterns = linePatterns == null ? List.of() : Check.list(linePatterns).stream()
        .map(r -> checkRegex("line_patterns entry", Check.notBlank("line_patterns entry", r)))
        .toList();
    shopButtons = shopButtons == null ? List.of() : compact("shop_buttons",
        Check.list(shopButtons));
    shopMarkers = shopMarkers == null ? List.of() : compact("shop_markers",
        Check.list(shopMarkers));
    shopSheetLabels = shopSheetLabels == null ? List.of() : compact("shop_sheet_labels",
        Check.list(shopSheetLabels));
  }

  /** A config with the given markers and no class/id hints. */
  public BoilerplateConfig(List<String> blockMarkers, List<String> lineMarkers) {
    this(blockMarkers, lineMarkers, null, null, null, null, null, null);
  }

  /** The line patterns compiled case-insensitively. */
  public List<Pattern> linePatternList() {
    return linePatterns.stream().map(BoilerplateConfig::compile).toList();
  }

  /** The negative hints compiled case-insensitively, or null when none are set. */
  public Pattern negativeHintPattern() {
    return compile(negativeHints);
  }

  /** The positive hints compiled case-insensitively, or null when none are set. */
  public Pattern positiveHintPattern() {
    return compile(positiveHints);
  }

  private static Pattern compile(String regex) {
    return regex == null ? null : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  private static List<String> compact(String key, List<String> markers) {
    return markers.stream()
        .map(m -> Check.notBlank(key + " entry", m).replaceAll("\\s+", ""))
        .toList();
  }

  private static String checkRegex(String key, String regex) {
    if (regex == null || regex.isBlank()) {
      return null;
    }
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          key + " is not a valid regular expression '" + regex + "': " + e.getDescription(), e);
    }
  }
}
