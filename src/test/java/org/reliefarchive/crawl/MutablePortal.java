package org.reliefarchive.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news portal on 127.0.0.1 whose articles a test can add, edit, delete or redirect
 * between crawls. Articles live at {@code /news/2024/<slug>.html}, the list at {@code /news/}
 * (20 per page, then {@code /news/index_2.html} …). Articles created with validators answer
 * with an ETag and Last-Modified and honour If-None-Match with 304. It can answer slowly, so a
 * test can kill a crawl in the middle.
 */
public final class MutablePortal implements AutoCloseable {
  private static final int PER_PAGE = 20;
  private static final String[] SENTENCES = {
    "社区志愿者连续多日走访辖区独居老人，为他们送去米面油和防寒衣物，并登记了每户的实际困难。",
    "区残联组织康复医生上门服务，为行动不便的残疾人开展评估，制定一人一策的帮扶方案。",
    "街道办事处联合民政部门排查低保边缘家庭，对符合条件的困难群众及时纳入临时救助范围。",
    "妇联执委带领巾帼志愿服务队走进留守儿童家庭，开展心理陪伴和课业辅导活动。",
    "红十字会向受灾群众发放帐篷、棉被和应急食品，并设立临时医疗点为群众提供免费诊疗。",
    "慈善会募集的善款已全部拨付到位，用于资助因病致贫家庭的学生完成本学年学业。",
    "应急管理部门会同消防救援队伍转移安置受威胁群众，确保受灾群众有饭吃、有衣穿、有住处。",
    "团委组织青年突击队参与物资分拣和配送，累计服务时长超过两千小时，得到居民一致好评。",
  };

  private final HttpServer server;
  private final ExecutorService pool;
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final List<String> requested = new ArrayList<>();
  private final AtomicInteger articleHits = new AtomicInteger();
  private volatile int delayMs;

  private record Article(String title, List<String> paragraphs, boolean validators, int status,
      String redirect, String lastModified) {}

  private MutablePortal() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "mutable-portal");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
  }

  /** Starts the portal on a free loopback port with no articles. */
  public static MutablePortal start() throws IOException {
    MutablePortal p = new MutablePortal();
    p.server.start();
    return p;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The URL of article {@code slug}. */
  public String url(String slug) {
    return baseUrl() + "/news/2024/" + slug + ".html";
  }

  /** Adds or replaces an article whose text is made from {@code seed}. */
  public synchronized void put(String slug, int seed, boolean validators) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      paragraphs.add("（" + slug + "）" + SENTENCES[(seed + i) % SENTENCES.length]
          + SENTENCES[(seed + i + 3) % SENTENCES.length]);
    }
    put(slug, "关爱行动第" + seed + "期：" + slug + "社区温暖送到家", paragraphs, validators);
  }

  /** Adds or replaces an article. */
  public synchronized void put(String slug, String title, List<String> paragraphs,
      boolean validators) {
    String lm = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(articles.size()));
    articles.put(slug, new Article(title, List.copyOf(paragraphs), validators, 200, null, lm));
  }

  /** Changes one paragraph of an article (a correction). */
  public synchronized void edit(String slug, int paragraph, String text) {
    Article a = articles.get(slug);
    List<String> ps = new ArrayList<>(a.paragraphs());
    ps.set(paragraph, text);
    articles.put(slug, new Article(a.title(), ps, a.validators(), 200, null,
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))));
  }

  /** Takes an article down: it answers 404 and leaves the list. */
  public synchronized void delete(String slug) {
    Article a = articles.get(slug);
    articles.put(slug, new Article(a.title(), a.paragraphs(), false, 404, null, null));
  }

  /** Takes an article down by redirecting it to the list page. */
  public synchronized void redirectToList(String slug) {
    Article a = articles.get(slug);
    articles.put(slug, new Article(a.title(), a.paragraphs(), false, 302, "/news/", null));
  }

  /** Makes every answer wait this long. */
  public void slow(int ms) {
    this.delayMs = ms;
  }

  /** Article requests answered so far. */
  public int articleHits() {
    return articleHits.get();
  }

  /** Requested paths so far, in order. */
  public synchronized List<String> requested() {
    return List.copyOf(requested);
  }

  /** A sources.yaml for this portal, with {@code revisit} as the portal's revisit block. */
  public String sourcesYaml(String revisit) {
    String base = baseUrl();
    return """
        portals:
          - id: mut
            name: 可变门户
            home_province: 甘肃省
            seeds: ['%1$s/news/']
            include: ['^\\Q%1$s\\E/.*']
            article: ['^\\Q%1$s\\E/news/\\d{4}/[a-z0-9-]+\\.html$']
            list: ['^\\Q%1$s\\E/news/(index_\\d+\\.html)?$']
            politeness_delay_ms: 0
            max_depth: 5
            max_pages: 1000
        %2$s
        """.formatted(base, revisit.indent(4).stripTrailing());
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      synchronized (this) {
        requested.add(path);
      }
      if (delayMs > 0) {
        try {
          Thread.sleep(delayMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(
            StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/news/") || path.matches("/news/index_\\d+\\.html")) {
        int page = path.equals("/news/") ? 1
            : Integer.parseInt(path.replaceAll("\\D", ""));
        send(ex, 200, "text/html; charset=UTF-8", list(page).getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.startsWith("/news/2024/") && path.endsWith(".html")) {
        articleHits.incrementAndGet();
        String slug = path.substring("/news/2024/".length(), path.length() - 5);
        Article a;
        synchronized (this) {
          a = articles.get(slug);
        }
        if (a == null || a.status() == 404) {
          send(ex, 404, "text/html; charset=UTF-8", "<h1>404</h1>".getBytes(
              StandardCharsets.UTF_8));
          return;
        }
        if (a.status() == 302) {
          ex.getResponseHeaders().set("Location", a.redirect());
          ex.sendResponseHeaders(302, -1);
          return;
        }
        byte[] body = page(a).getBytes(StandardCharsets.UTF_8);
        if (a.validators()) {
          String etag = "\"" + etag(body) + "\"";
          ex.getResponseHeaders().set("ETag", etag);
          ex.getResponseHeaders().set("Last-Modified", a.lastModified());
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
        }
        send(ex, 200, "text/html; charset=UTF-8", body);
        return;
      }
      send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }
  }

  private synchronized String list(int page) {
    List<String> live = articles.entrySet().stream().filter(e -> e.getValue().status() == 200)
        .map(Map.Entry::getKey).toList();
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
        + "<title>要闻</title></head><body><div class=\"nav\"><a href=\"/news/\">首页</a></div>"
        + "<ul class=\"list\">");
    int from = (page - 1) * PER_PAGE;
    for (int i = from; i < Math.min(live.size(), from + PER_PAGE); i++) {
      String slug = live.get(i);
      h.append("<li><a href=\"/news/2024/").append(slug).append(".html\">")
          .append(articles.get(slug).title()).append("</a></li>");
    }
    h.append("</ul>");
    if (from + PER_PAGE < live.size()) {
      h.append("<a href=\"/news/index_").append(page + 1).append(".html\">下一页</a>");
    }
    return h.append("</body></html>").toString();
  }

  private static String page(Article a) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
        + "<title>").append(a.title()).append("</title></head><body>"
        + "<div class=\"nav\"><a href=\"/news/\">首页</a> <a href=\"/news/\">要闻</a></div>"
        + "<div class=\"article\"><h1>").append(a.title()).append("</h1>"
        + "<div class=\"info\">2024-05-06 10:20 来源：可变门户 编辑：王芳</div>"
        + "<div class=\"content\">");
    for (String p : a.paragraphs()) {
      h.append("<p>").append(p).append("</p>");
    }
    return h.append("</div></div><div class=\"footer\">版权所有 可变门户</div></body></html>")
        .toString();
  }

  private static String etag(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }
}
