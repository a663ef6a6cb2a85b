package org.reliefarchive.web;

import gg.jte.support.LocalizationSupport;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reliefarchive.search.BadQueryException;

/**
 * The labels of the pages in simplified Chinese (the default) and English, chosen by the
 * {@code lang} parameter. Only our own labels change; crawled text is shown as crawled.
 * Labels are our own HTML (a few hold {@code <strong>} or {@code <code>}); placeholders are
 * {0}, {1} …. Templates show a label with {@code localize}, which escapes the values put into
 * it; {@link #t} gives the label as plain text with the values inserted as given.
 */
final class Messages implements LocalizationSupport {
  static final String DEFAULT = "zh";

  private static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("html.lang", "zh-CN"),
      Map.entry("brand.sub", "救助报道档案"),
      Map.entry("lang.other", "English"),
      Map.entry("lang.other.code", "en"),
      Map.entry("search.placeholder", "搜索报道，如 残联 疫情防控"),
      Map.entry("search.label", "搜索"),
      Map.entry("search.button", "搜索"),
      Map.entry("search.syntax", "语法：空格 = 且；<code>OR</code> 或；<code>NOT</code>/<code>-词</code>"
          + " 排除；<code>\"短语\"</code> 精确匹配；<code>title:词</code> 只搜标题。简体、繁體皆可。"),
      Map.entry("dim.region", "地区"),
      Map.entry("dim.agency_type", "机构类型"),
      Map.entry("dim.agency", "机构"),
      Map.entry("dim.beneficiary", "受助群体"),
      Map.entry("dim.portal", "来源网站"),
      Map.entry("dim.year", "年份"),
      Map.entry("dim.month", "月份"),
      Map.entry("dim.status", "状态"),
      Map.entry("dim.date", "日期"),
      Map.entry("status.online", "在线"),
      Map.entry("status.removed", "已删除"),
      Map.entry("facet.more", "更多（{0}）"),
      Map.entry("facet.filter", "筛选机构名称"),
      Map.entry("facet.filter.none", "没有匹配的机构"),
      Map.entry("count", "共 <strong>{0}</strong> 篇报道"),
      Map.entry("took", "用时 {0} 毫秒"),
      Map.entry("sort.relevance", "按相关度排序"),
      Map.entry("sort.date", "按日期排序"),
      Map.entry("export", "导出全部"),
      Map.entry("feed", "订阅 (Atom)"),
      Map.entry("feed.title", "新报道出现时，订阅器会提醒"),
      Map.entry("chip.remove", "移除筛选"),
      Map.entry("filters", "已选条件"),
      Map.entry("filters.clear", "全部清除"),
      Map.entry("filters.toggle", "筛选"),
      Map.entry("skip.results", "跳到搜索结果"),
      Map.entry("search.h1", "搜索救助报道"),
      Map.entry("op.title", "抓取记录"),
      Map.entry("op.api", "同样的数据（JSON）："),
      Map.entry("op.schedules", "定时抓取"),
      Map.entry("op.portal", "网站"),
      Map.entry("op.cron", "时间（cron）"),
      Map.entry("op.next", "下次运行"),
      Map.entry("op.none", "还没有运行过抓取。"),
      Map.entry("op.running", "进行中"),
      Map.entry("op.worker", "抓取机 {0}"),
      Map.entry("op.resumed", "中断后继续"),
      Map.entry("op.seconds", "用时 {0} 秒"),
      Map.entry("op.trigger.crawl", "手动抓取"),
      Map.entry("op.trigger.schedule", "定时抓取"),
      Map.entry("op.trigger.demo", "演示"),
      Map.entry("op.pages", "页面"),
      Map.entry("op.lists", "列表页"),
      Map.entry("op.articles", "文章页"),
      Map.entry("op.new", "新增"),
      Map.entry("op.changed", "有改动"),
      Map.entry("op.unchanged", "未变"),
      Map.entry("op.removed", "已删除"),
      Map.entry("op.revisits", "重访记录（304）"),
      Map.entry("op.notdue", "未到期"),
      Map.entry("op.errors", "抓取错误"),
      Map.entry("op.failures", "提取失败"),
      Map.entry("op.stopped", "提前停止：{0}"),
      Map.entry("op.samples", "提取失败的网页："),
      Map.entry("op.failedUrls", "抓取失败的网址："),
      Map.entry("op.recrawl", "重新抓取这个网站："),
      Map.entry("error.connection refused", "连接被拒绝"),
      Map.entry("error.timed out", "超时"),
      Map.entry("error.unknown host", "域名无法解析"),
      Map.entry("error.TLS failed", "TLS 握手失败"),
      Map.entry("error.fetch failed", "抓取失败"),
      Map.entry("error.oversized", "超过大小上限"),
      Map.entry("error.link parsing failed", "链接解析失败"),
      Map.entry("error.unexpected error", "意外错误"),
      Map.entry("reason.NO_MAIN_TEXT", "找不到正文"),
      Map.entry("reason.UNKNOWN_CHARSET", "无法识别编码"),
      Map.entry("reason.NOT_AN_ARTICLE", "不是文章"),
      Map.entry("reason.ingest error", "入库出错"),
      Map.entry("empty", "没有找到匹配的报道。"),
      Map.entry("crawl.running",
          "抓取进行中：已抓取 {0} 个页面，新收录 {1} 篇报道，结果会随抓取增加。"),
      Map.entry("crawl.status", "抓取记录"),
      Map.entry("partial.none", "没有同时包含全部词语的报道，以下为部分匹配"),
      Map.entry("partial.some", "只有以上 {0} 篇报道包含全部词语，以下为部分匹配"),
      Map.entry("partial.missing", "缺少："),
      Map.entry("empty.tip1", "换个说法，或减少关键词"),
      Map.entry("empty.tip2", "去掉已选的筛选条件"),
      Map.entry("empty.tip3", "简体、繁體都能搜到彼此"),
      Map.entry("reprints", "{0} 篇转载"),
      Map.entry("reprints.title", "同一篇文章在其他网站的转载"),
      Map.entry("original", "原文"),
      Map.entry("pages", "分页"),
      Map.entry("page.prev", "上一页"),
      Map.entry("page.next", "下一页"),
      Map.entry("page.of", "第 {0} / {1} 页"),
      Map.entry("timeline.month", "每月报道数"),
      Map.entry("timeline.year", "每年报道数"),
      Map.entry("timeline.hint", "点击柱条只看该时段"),
      Map.entry("timeline.bar", "{0}：{1} 篇"),
      Map.entry("timeline.undated", "未注明日期：{0} 篇（不在图中）"),
      Map.entry("dates", "日期范围"),
      Map.entry("dates.from", "起"),
      Map.entry("dates.to", "止"),
      Map.entry("dates.apply", "应用"),
      Map.entry("dates.placeholder", "年-月-日"),
      Map.entry("dates.hint", "年、年-月 或 年-月-日，如 2021、2021-11、2021-11-09"),
      Map.entry("map", "报道涉及的省份"),
      Map.entry("map.hint", "点击省份筛选"),
      Map.entry("map.tile", "{0}：{1} 篇"),
      Map.entry("map.other", "其他地区"),
      Map.entry("error.title", "出错了"),
      Map.entry("q.repaired", "按 <strong>{0}</strong> 搜索：未成对的引号或括号已补上，两边没有词的运算符已去掉。"),
      Map.entry("q.synonyms", "同时按同义词搜索：{0}（含原词的报道排在前面；加引号的\"短语\"不扩展）"),
      Map.entry("synonyms.sep", "、"),
      Map.entry("synonyms.runs.sep", "；"),
      Map.entry("bad.query_syntax", "查询语法有误：在“{0}”处无法理解。词与词用空格分开；OR、AND 两边都要有词；"
          + "括号和引号要成对；字段只有 title:（标题）和 body:（正文）。"),
      Map.entry("bad.query_syntax_end", "查询语法有误：查询在结尾处不完整（如 ^ 或 ~ 后缺少数字），请补全或删去最后一部分。"),
      Map.entry("bad.query_syntax_sign", "查询语法有误：有符号用得不对，请检查 ^、~、*、[ ]、{ } 的用法，"
          + "或把它们放进引号里当作文字搜索。"),
      Map.entry("bad.query_field", "查询语法有误：没有“{0}:”这个字段，只能用 title:（标题）或 body:（正文）；"
          + "要搜索含冒号的文字，请加上引号。"),
      Map.entry("bad.query_words", "查询有 {0} 个词，最多搜索 {1} 个；整段文字请加上引号，作为一个短语搜索。"),
      Map.entry("bad.query_terms", "查询太长：最多搜索 {0} 个词项（每两个字算一个），请缩短。"),
      Map.entry("bad.query_only_excluded", "查询里只有要排除的词（-词 或 NOT 词），没有要查找的词，所以找不到任何报道。"
          + "请加上要查找的词，例如：疫情 -残联。"),
      Map.entry("bad.query_length", "查询有 {0} 个字符，最多 1000 个，请缩短。"),
      Map.entry("bad.param_number", "参数 {0} 的值“{1}”不是整数；应为 {2} 到 {3} 之间的整数。"),
      Map.entry("bad.param_range", "参数 {0} 的值 {1} 超出范围；应为 {2} 到 {3}。"),
      Map.entry("bad.param_flag", "参数 {0} 的值“{1}”无效；可用 1、true、yes 或 0、false、no。"),
      Map.entry("bad.param_sort", "排序方式“{0}”无效；可用 relevance（按相关度）、date（按日期）或 captured（按首次抓取）。"),
      Map.entry("param.page", "页码（page）"),
      Map.entry("param.from", "起始日期（from）"),
      Map.entry("param.to", "截止日期（to）"),
      Map.entry("bad.param_date", "{0}“{1}”不是有效日期：请写成 年、年-月 或 年-月-日，"
          + "如 2021、2021-11、2021-11-09。"),
      Map.entry("bad.date_order", "起始日期（from）{0} 晚于截止日期（to）{1}，请对调或改正。"),
      Map.entry("param.size", "每页条数（size）"),
      Map.entry("report.portal", "来源网站"),
      Map.entry("report.date", "发布时间"),
      Map.entry("report.dateSource.markup", "据网页元数据"),
      Map.entry("report.dateSource.info line", "据标题下的信息行"),
      Map.entry("report.dateSource.body line", "据正文中的来源行"),
      Map.entry("report.dateSource.URL", "据网址中的日期"),
      Map.entry("report.dateSource.modification markup", "网页未注明发布时间，据其修改时间"),
      Map.entry("report.decoding", "解码"),
      Map.entry("report.source", "来源"),
      Map.entry("report.editor", "编辑"),
      Map.entry("report.author", "作者"),
      Map.entry("report.correspondent", "记者/通讯员"),
      Map.entry("report.region", "主要地区"),
      Map.entry("report.status", "状态"),
      Map.entry("report.removed", "原网页已删除（{0}），以下为存档"),
      Map.entry("report.url", "原文链接"),
      Map.entry("report.cite", "引用："),
      Map.entry("report.cite.copy", "复制"),
      Map.entry("report.back", "返回搜索"),
      Map.entry("report.tags", "标签"),
      Map.entry("report.mentions", "正文中带下划线的词即标签出处"),
      Map.entry("report.archived", "存档原页"),
      Map.entry("report.captured", "抓取于"),
      Map.entry("report.sandbox", "存档页面在隔离框中显示，脚本不会运行。"),
      Map.entry("report.open.archived", "单独打开"),
      Map.entry("report.replay", "带横幅回放"),
      Map.entry("report.timemap", "全部抓取（TimeMap）"),
      Map.entry("report.reprints", "转载（{0}）"),
      Map.entry("report.reprint.captured", "抓取 {0}"),
      Map.entry("report.reprints.order", "同一篇文章在各网站的刊载，按存档首次抓取的先后排列"),
      Map.entry("report.reprint.self", "（本篇）"),
      Map.entry("report.reprint.published", "发布于 {0}"),
      Map.entry("report.reprint.undated", "未注明发布日期"),
      Map.entry("report.reprint.first", "首次抓取 {0}"),
      Map.entry("hit.removed.title", "显示的这一份已被原网站删除，仍可查看存档"),
      Map.entry("report.similar", "相似报道"),
      Map.entry("report.similar.none", "没有相似报道"),
      Map.entry("report.captures", "抓取记录"),
      Map.entry("change.new", "首次抓取"),
      Map.entry("change.changed", "内容有改动"),
      Map.entry("change.unchanged", "未变"),
      Map.entry("change.removed", "已删除"),
      Map.entry("change.restored", "已恢复"),
      Map.entry("capture.revisit", "与上次相同，未另存"),
      Map.entry("report.notfound", "没有编号为 {0} 的报道。"),
      Map.entry("page.notfound", "没有这个页面：{0}"),
      Map.entry("cite.undated", "日期不详"),
      Map.entry("tag.region", "地区"),
      Map.entry("tag.agency_type", "机构类型"),
      Map.entry("tag.agency", "机构"),
      Map.entry("tag.beneficiary", "受助群体"));

  private static final Map<String, String> EN = Map.ofEntries(
      Map.entry("html.lang", "en"),
      Map.entry("brand.sub", "Relief report archive"),
      Map.entry("lang.other", "中文"),
      Map.entry("lang.other.code", "zh"),
      Map.entry("search.placeholder", "Search reports, e.g. 残联 疫情防控"),
      Map.entry("search.label", "Search"),
      Map.entry("search.button", "Search"),
      Map.entry("search.syntax", "Syntax: space = AND; <code>OR</code>; <code>NOT</code>/<code>-word"
          + "</code> excludes; <code>\"phrase\"</code> exact; <code>title:word</code> titles only."
          + " Simplified and traditional characters find each other."),
      Map.entry("dim.region", "Region"),
      Map.entry("dim.agency_type", "Agency type"),
      Map.entry("dim.agency", "Agency"),
      Map.entry("dim.beneficiary", "Beneficiaries"),
      Map.entry("dim.portal", "Portal"),
      Map.entry("dim.year", "Year"),
      Map.entry("dim.month", "Month"),
      Map.entry("dim.status", "Status"),
      Map.entry("dim.date", "Date"),
      Map.entry("status.online", "online"),
      Map.entry("status.removed", "removed"),
      Map.entry("facet.more", "{0} more"),
      Map.entry("facet.filter", "Filter agencies"),
      Map.entry("facet.filter.none", "No agency matches"),
      Map.entry("count", "<strong>{0}</strong> reports"),
      Map.entry("took", "{0} ms"),
      Map.entry("sort.relevance", "Sort by relevance"),
      Map.entry("sort.date", "Sort by date"),
      Map.entry("export", "Export all"),
      Map.entry("feed", "Subscribe (Atom)"),
      Map.entry("feed.title", "A feed reader tells you when new reports appear"),
      Map.entry("chip.remove", "Remove filter"),
      Map.entry("filters", "Filters"),
      Map.entry("filters.clear", "Clear all"),
      Map.entry("filters.toggle", "Filters"),
      Map.entry("skip.results", "Skip to the results"),
      Map.entry("search.h1", "Search relief reports"),
      Map.entry("op.title", "Crawl runs"),
      Map.entry("op.api", "The same as JSON: "),
      Map.entry("op.schedules", "Schedules"),
      Map.entry("op.portal", "portal"),
      Map.entry("op.cron", "cron"),
      Map.entry("op.next", "next run"),
      Map.entry("op.none", "No crawl has run yet."),
      Map.entry("op.running", "running"),
      Map.entry("op.worker", "worker {0}"),
      Map.entry("op.resumed", "resumed after a kill"),
      Map.entry("op.seconds", "{0} s"),
      Map.entry("op.trigger.crawl", "crawl"),
      Map.entry("op.trigger.schedule", "schedule"),
      Map.entry("op.trigger.demo", "demo"),
      Map.entry("op.pages", "pages"),
      Map.entry("op.lists", "lists"),
      Map.entry("op.articles", "articles"),
      Map.entry("op.new", "new"),
      Map.entry("op.changed", "changed"),
      Map.entry("op.unchanged", "unchanged"),
      Map.entry("op.removed", "removed"),
      Map.entry("op.revisits", "revisits (304)"),
      Map.entry("op.notdue", "not due"),
      Map.entry("op.errors", "fetch errors"),
      Map.entry("op.failures", "extraction failures"),
      Map.entry("op.stopped", "stopped by {0}"),
      Map.entry("op.samples", "Pages that did not extract:"),
      Map.entry("op.failedUrls", "URLs that could not be fetched:"),
      Map.entry("op.recrawl", "Crawl this portal again:"),
      Map.entry("error.connection refused", "connection refused"),
      Map.entry("error.timed out", "timed out"),
      Map.entry("error.unknown host", "unknown host"),
      Map.entry("error.TLS failed", "TLS handshake failed"),
      Map.entry("error.fetch failed", "fetch failed"),
      Map.entry("error.oversized", "over the size limit"),
      Map.entry("error.link parsing failed", "link parsing failed"),
      Map.entry("error.unexpected error", "unexpected error"),
      Map.entry("reason.NO_MAIN_TEXT", "no main text"),
      Map.entry("reason.UNKNOWN_CHARSET", "unknown charset"),
      Map.entry("reason.NOT_AN_ARTICLE", "not an article"),
      Map.entry("reason.ingest error", "ingest error"),
      Map.entry("empty", "No reports match."),
      Map.entry("crawl.running", "A crawl is under way: {0} pages fetched and {1} new reports "
          + "so far; results grow as it goes."),
      Map.entry("crawl.status", "Crawl runs"),
      Map.entry("partial.none", "No report holds all the words; these are partial matches"),
      Map.entry("partial.some",
          "Only the {0} reports above hold all the words; these are partial matches"),
      Map.entry("partial.missing", "Missing:"),
      Map.entry("empty.tip1", "Try other words, or fewer"),
      Map.entry("empty.tip2", "Remove some of the selected filters"),
      Map.entry("empty.tip3", "Simplified and traditional characters find each other"),
      Map.entry("reprints", "{0} reprints"),
      Map.entry("reprints.title", "The same article reprinted on other sites"),
      Map.entry("original", "original"),
      Map.entry("pages", "Pages"),
      Map.entry("page.prev", "Previous"),
      Map.entry("page.next", "Next"),
      Map.entry("page.of", "Page {0} of {1}"),
      Map.entry("timeline.month", "Reports per month"),
      Map.entry("timeline.year", "Reports per year"),
      Map.entry("timeline.hint", "click a bar to keep that period"),
      Map.entry("timeline.bar", "{0}: {1} reports"),
      Map.entry("timeline.undated", "Undated: {0} reports (not in the chart)"),
      Map.entry("dates", "Date range"),
      Map.entry("dates.from", "From"),
      Map.entry("dates.to", "To"),
      Map.entry("dates.apply", "Apply"),
      Map.entry("dates.placeholder", "YYYY-MM-DD"),
      Map.entry("dates.hint", "a year, year-month or year-month-day: 2021, 2021-11, 2021-11-09"),
      Map.entry("map", "Provinces the reports mention"),
      Map.entry("map.hint", "click a province to filter"),
      Map.entry("map.tile", "{0}: {1} reports"),
      Map.entry("map.other", "Other regions"),
      Map.entry("error.title", "Error"),
      Map.entry("q.repaired", "Searched for <strong>{0}</strong>: an unclosed quote or "
          + "bracket was closed, and an operator with no word beside it was left out."),
      Map.entry("q.synonyms", "Also searched as synonyms: {0} (reports with your own words come "
          + "first; a \"quoted phrase\" is never expanded)"),
      Map.entry("synonyms.sep", ", "),
      Map.entry("synonyms.runs.sep", "; "),
      Map.entry("bad.query_syntax", "The query could not be read near “{0}”. Separate words "
          + "with spaces; put a word on both sides of OR and AND; pair brackets and quotes; the "
          + "only fields are title: and body:."),
      Map.entry("bad.query_syntax_end", "The query ends too early (a number missing after ^ "
          + "or ~, say): complete or remove its last part."),
      Map.entry("bad.query_syntax_sign", "A sign is out of place: check ^, ~, *, [ ] and { }, "
          + "or put them in quotes to search them as text."),
      Map.entry("bad.query_field", "There is no field “{0}:”; use title: or body:, or put "
          + "text with a colon in quotes."),
      Map.entry("bad.query_words", "The query has {0} words and at most {1} are searched: put "
          + "a long passage in quotes to search it as one phrase."),
      Map.entry("bad.query_terms", "The query is too long: at most {0} terms are searched (two "
          + "characters make a term); shorten it."),
      Map.entry("bad.query_only_excluded", "The query only excludes words (-word, NOT word), "
          + "so nothing is left to find: add a word to look for, such as 疫情 -残联."),
      Map.entry("bad.query_length", "The query is {0} characters long; at most 1000 are allowed."),
      Map.entry("bad.param_number", "{0} is “{1}”; allowed: a whole number from {2} to {3}."),
      Map.entry("bad.param_range", "{0} is {1}; allowed: {2} to {3}."),
      Map.entry("bad.param_flag", "{0} is “{1}”; allowed: 1, true, yes, 0, false, no."),
      Map.entry("bad.param_sort", "sort is “{0}”; allowed: relevance, date, captured."),
      Map.entry("param.page", "page"),
      Map.entry("param.from", "from"),
      Map.entry("param.to", "to"),
      Map.entry("bad.param_date", "{0} is “{1}”; allowed: a date as YYYY, YYYY-MM or YYYY-MM-DD, "
          + "such as 2021, 2021-11, 2021-11-09."),
      Map.entry("bad.date_order", "from ({0}) is after to ({1}); swap or correct them."),
      Map.entry("param.size", "size"),
      Map.entry("report.portal", "Portal"),
      Map.entry("report.date", "Published"),
      Map.entry("report.dateSource.markup", "from the page's metadata"),
      Map.entry("report.dateSource.info line", "from the info line under the heading"),
      Map.entry("report.dateSource.body line", "from a source line of the text"),
      Map.entry("report.dateSource.URL", "from the date in the URL"),
      Map.entry("report.dateSource.modification markup",
          "the page states no publication date; its modification time"),
      Map.entry("report.decoding", "Decoding"),
      Map.entry("report.source", "Source"),
      Map.entry("report.editor", "Editor"),
      Map.entry("report.author", "Author"),
      Map.entry("report.correspondent", "Reporter"),
      Map.entry("report.region", "Main region"),
      Map.entry("report.status", "Status"),
      Map.entry("report.removed", "Taken down by the source ({0}); this is the archived copy"),
      Map.entry("report.url", "Original URL"),
      Map.entry("report.cite", "Cite:"),
      Map.entry("report.cite.copy", "Copy"),
      Map.entry("report.back", "Back to search"),
      Map.entry("report.tags", "Tags"),
      Map.entry("report.mentions", "Underlined words in the text are where tags were found"),
      Map.entry("report.archived", "Archived page"),
      Map.entry("report.captured", "Captured"),
      Map.entry("report.sandbox", "The archived page is shown in a sandbox; its scripts do not run."),
      Map.entry("report.open.archived", "open alone"),
      Map.entry("report.replay", "replay with banner"),
      Map.entry("report.timemap", "all captures (TimeMap)"),
      Map.entry("report.reprints", "Reprints ({0})"),
      Map.entry("report.reprint.captured", "captured {0}"),
      Map.entry("report.reprints.order", "Where the article ran, in the order the archive first "
          + "captured it"),
      Map.entry("report.reprint.self", "(this report)"),
      Map.entry("report.reprint.published", "published {0}"),
      Map.entry("report.reprint.undated", "no publication date"),
      Map.entry("report.reprint.first", "first captured {0}"),
      Map.entry("hit.removed.title", "The source took this copy down; the archived copy remains"),
      Map.entry("report.similar", "Similar reports"),
      Map.entry("report.similar.none", "No similar reports"),
      Map.entry("report.captures", "Capture history"),
      Map.entry("change.new", "first capture"),
      Map.entry("change.changed", "changed"),
      Map.entry("change.unchanged", "unchanged"),
      Map.entry("change.removed", "removed"),
      Map.entry("change.restored", "restored"),
      Map.entry("capture.revisit", "same as before, not stored again"),
      Map.entry("report.notfound", "There is no report with id {0}."),
      Map.entry("page.notfound", "There is no page at {0}."),
      Map.entry("cite.undated", "undated"),
      Map.entry("tag.region", "Region"),
      Map.entry("tag.agency_type", "Agency type"),
      Map.entry("tag.agency", "Agency"),
      Map.entry("tag.beneficiary", "Beneficiaries"));

  static final Messages ZH_CN = new Messages(DEFAULT, ZH);
  static final Messages ENGLISH = new Messages("en", EN);

  private final String code;
  private final Map<String, String> table;

  private Messages(String code, Map<String, String> table) {
    this.code = code;
    this.table = table;
  }

  /** The table for a {@code lang} parameter: "en" gives English, anything else Chinese. */
  static Messages forLang(String lang) {
    return "en".equalsIgnoreCase(lang == null ? "" : lang.strip()) ? ENGLISH : ZH_CN;
  }

  /** "zh" or "en", as the {@code lang} parameter carries it. */
  String code() {
    return code;
  }

  /**
   * The {@code lang} attribute of crawled text (titles, names, report text) on this page: "zh"
   * on an English page, so it is read and hyphenated as Chinese; null on a Chinese page, where
   * it inherits the page's language.
   */
  String textLang() {
    return DEFAULT.equals(code) ? null : "zh";
  }

  /** The label {@code key} for templates; an unknown key shows as itself. */
  @Override
  public String lookup(String key) {
    return table.getOrDefault(key, key);
  }

  /** The label {@code key} with its placeholders filled; an unknown key shows as itself. */
  String t(String key, Object... args) {
    String s = table.getOrDefault(key, key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The label {@code key}, or {@code fallback} when the table has none (facet values). */
  String tOr(String key, String fallback) {
    return table.getOrDefault(key, fallback);
  }

  /**
   * What is wrong with a request, in this language: the text of the exception's reason with its
   * details (a parameter's name in this language's words), or its English message when this
   * table has no text for the reason.
   */
  String error(BadQueryException e) {
    String key = e.reason() == null ? null : "bad." + e.reason();
    if (key == null || !table.containsKey(key)) {
      return e.getMessage();
    }
    Object[] args = e.details().toArray();
    if (e.reason().startsWith("param_") && args.length > 0) {
      args[0] = tOr("param." + args[0], String.valueOf(args[0]));
    }
    return t(key, args);
  }

  /**
   * The language of an API answer: the {@code lang} parameter, else the first of Chinese or
   * English the client's Accept-Language names, else English.
   */
  static Messages forApi(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang != null && !lang.isBlank()) {
      return forLang(lang);
    }
    String accept = ctx.header("Accept-Language");
    if (accept != null) {
      for (String part : accept.split(",")) {
        String tag = part.strip().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
          return ZH_CN;
        }
        if (tag.startsWith("en")) {
          return ENGLISH;
        }
      }
    }
    return ENGLISH;
  }

  /** The keys of the table, for tests that every language has every label. */
  Set<String> keys() {
    return table.keySet();
  }
}
