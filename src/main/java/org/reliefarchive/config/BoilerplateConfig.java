package org.reliefarchive.config;

import java.util.List;

/**
 * {@code config/boilerplate.yaml}: marker words of portal clutter, in simplified and traditional
 * forms. A block whose heading or first text starts with a block marker is dropped whole; a line
 * containing a line marker is dropped.
 *
 * @param blockMarkers headings of blocks that are never article text (精彩推荐, 相关新闻, 新闻排行 …)
 * @param lineMarkers lines that are never article text (您当前的位置, 分享到, 版权声明 …)
 */
public record BoilerplateConfig(List<String> blockMarkers, List<String> lineMarkers) {

  /** Copies the lists. */
  public BoilerplateConfig {
    blockMarkers = Check.list(blockMarkers);
    lineMarkers = Check.list(lineMarkers);
  }
}
