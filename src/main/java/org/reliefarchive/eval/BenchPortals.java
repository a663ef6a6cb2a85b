package org.reliefarchive.eval;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.extract.Article;

/**
 * Loopback portals for the crawl benchmark: each serves {@code lists} list pages, chained by a
 * 下一页 link, and under each list {@code perList} article pages made of shuffled sentences of the
 * real reports (a title, a date line with 来源, paragraphs), so every page a crawl fetches is
 * archived and every article is extracted and indexed. Nothing leaves 127.0.0.1.
 */
public final class BenchPortals implements AutoCloseable {
  private static final Pattern LIST = Pattern.compile("/list/(\\d+)\\.html");
  private static final Pattern ARTICLE = Pattern.compile("/a/(\\d+)\\.html");

  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
    Thread t = new Thread(r, "bench-portal");
    t.setDaemon(true);
    return t;
  });
  private final List<PortalConfig> portals = new ArrayList<>();

  /**
   * Starts {@code count} portals of {@code lists} × (1 + {@code perList}) pages each.
   *
   * @param generator the articles, numbered across all portals
   * @param delayMs the politeness delay their configuration asks for
   */
  public BenchPortals(int count, int lists, int perList, IndexBench.Generator generator,
      int delayMs) throws IOException {
    for (int p = 0; p < count; p++) {
      int portal = p;
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(pool);
      server.createContext("/", ex -> serve(ex, portal, lists, perList, generator));
      server.start();
      servers.add(server);
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      portals.add(new PortalConfig("bench-" + p, "基准门户" + p, null,
          List.of(base + "/list/0.html"), List.of(), List.of(), List.of(".*/a/\\d+\\.html$"),
          List.of(".*/list/\\d+\\.html$"), delayMs, 1000, 100_000, null));
    }
  }

  /** The portals' configuration. */
  public List<PortalConfig> portals() {
    return List.copyOf(portals);
  }

  /** Pages each portal holds. */
  public static int pages(int lists, int perList) {
    return lists * (1 + perList);
  }

  private static void serve(HttpExchange ex, int portal, int lists, int perList,
      IndexBench.Generator generator) throws IOException {
    String path = ex.getRequestURI().getPath();
    String html = null;
    Matcher m = LIST.matcher(path);
    if (m.matches() && Integer.parseInt(m.group(1)) < lists) {
      html = list(portal, Integer.parseInt(m.group(1)), lists, perList);
    }
    m = ARTICLE.matcher(path);
    if (m.matches() && Integer.parseInt(m.group(1)) < lists * perList) {
      html = article(generator.article(portal * lists * perList + Integer.parseInt(m.group(1))));
    }
    byte[] body = (html == null ? "<html><body>404</body></html>" : html)
        .getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    ex.sendResponseHeaders(html == null ? 404 : 200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String list(int portal, int page, int lists, int perList) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>工作动态 第" + (page + 1) + "页</title></head><body><h1>工作动态</h1><ul>");
    for (int i = 0; i < perList; i++) {
      int a = page * perList + i;
      sb.append("<li><a href=\"/a/").append(a).append(".html\">报道 ").append(portal)
          .append('-').append(a).append("</a></li>");
    }
    sb.append("</ul>");
    if (page + 1 < lists) {
      sb.append("<a href=\"/list/").append(page + 1).append(".html\">下一页</a>");
    }
    return sb.append("</body></html>").toString();
  }

  private static String article(Article a) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<title>").append(escape(a.title())).append("</title></head><body><div class=\"nav\">"
        + "<a href=\"/list/0.html\">首页</a></div><h1>").append(escape(a.title()))
        .append("</h1><div class=\"info\">").append(a.publishedAt().toLocalDate())
        .append(" 来源：基准门户</div><div class=\"content\">");
    for (String p : a.paragraphs()) {
      sb.append("<p>").append(escape(p)).append("</p>");
    }
    return sb.append("</div></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
    pool.shutdownNow();
  }
}
