package org.reliefarchive.web;

/**
 * The replay page (template {@code replay.jte}): the banner of one capture above its sandboxed
 * frame, or, with no capture, the note that the URL is not in the archive.
 *
 * @param t the banner's words in the page's language
 * @param url the original URL
 * @param capturedAt when the capture was made, or null when the URL was never captured
 * @param status its HTTP status
 * @param removedAt when a later capture found it gone (404, 410), or null
 * @param previous the previous capture's replay path, or null
 * @param previousAt its time
 * @param next the next capture's replay path, or null
 * @param nextAt its time
 * @param captures how many captures the URL has
 * @param timemap the TimeMap path
 * @param frame the frame's path, or null
 */
record ReplayView(Text t, String url, String capturedAt, int status, String removedAt,
    String previous, String previousAt, String next, String nextAt, int captures,
    String timemap, String frame) {

  /** The banner's words, in Chinese or, with {@code lang=en}, English. */
  record Text(String lang, String title, String captured, String original, String status,
      String removed, String previous, String next, String captures, String timemap,
      String notArchived, String sandbox) {
    static Text of(String lang) {
      if ("en".equals(lang)) {
        return new Text("en", "Archived page", "Captured", "Original URL", "Status",
            "Removed from the portal on", "Previous capture", "Next capture", "capture(s)",
            "all captures (TimeMap)", "This URL is not in the archive; it is not fetched live.",
            "The archived page runs in a sandbox: its scripts do not run, resources that were "
                + "never captured are marked missing.");
      }
      return new Text("zh-Hans", "存档页面", "抓取于", "原始网址", "状态", "已从网站删除于",
          "上一次抓取", "下一次抓取", "次抓取", "全部抓取（TimeMap）", "本网址未存档；不会实时抓取。",
          "存档页面在隔离框中显示，脚本不会运行；未抓取的资源标为缺失。");
    }
  }
}
