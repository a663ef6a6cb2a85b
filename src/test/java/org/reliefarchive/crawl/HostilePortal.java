package org.reliefarchive.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A portal on 127.0.0.1 whose pages misbehave: {@code /news/2024/drip.html} sends one byte a
 * second for two minutes, {@code /news/2024/endless.html} an endless chunked body (stopped at
 * 2 GiB), and pages a test adds answer with what it writes. {@code /news/} links them all.
 */
final class HostilePortal implements AutoCloseable {
  private static final long ENDLESS_CAP = 2L << 30;

  private final HttpServer server;
  private final ExecutorService pool;
  private final Map<String, Consumer<HttpExchange>> pages = new ConcurrentHashMap<>();
  private final AtomicLong endlessBytes = new AtomicLong();
  private final AtomicLong dripBytes = new AtomicLong();
  private final AtomicLong largestCookieHeader = new AtomicLong();
  private volatile int listCookies;
  private volatile int listCookieBytes;

  HostilePortal() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "hostile-portal");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    pages.put("drip", this::drip);
    pages.put("endless", this::endless);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String slug) {
    return baseUrl() + "/news/2024/" + slug + ".html";
  }

  /** Adds a page answering 200 with {@code html}. */
  void page(String slug, String html) {
    pages.put(slug, ex -> send(ex, 200, "text/html; charset=UTF-8",
        html.getBytes(StandardCharsets.UTF_8)));
  }

  /** Adds a page that answers with {@code handler}. */
  void page(String slug, Consumer<HttpExchange> handler) {
    pages.put(slug, handler);
  }

  /** Pages the list links; only these are crawled. */
  void linkOnly(String... slugs) {
    pages.keySet().retainAll(List.of(slugs));
  }

  /** The list page sets {@code count} cookies of {@code bytes} each (and a small sid). */
  void cookiesOnList(int count, int bytes) {
    this.listCookies = count;
    this.listCookieBytes = bytes;
  }

  /** The longest Cookie header any request carried. */
  long largestCookieHeader() {
    return largestCookieHeader.get();
  }

  /** Body bytes the endless page had written when the client went away. */
  long endlessBytes() {
    return endlessBytes.get();
  }

  /** Body bytes the dripping page wrote. */
  long dripBytes() {
    return dripBytes.get();
  }

  String sourcesYaml() {
    return """
        portals:
          - id: hostile
            name: 恶意门户
            home_province: 甘肃省
            seeds: ['%1$s/news/']
            include: ['^\\Q%1$s\\E/.*']
            article: ['^\\Q%1$s\\E/news/\\d{4}/[a-z0-9-]+\\.html$']
            list: ['^\\Q%1$s\\E/news/$']
            politeness_delay_ms: 0
            max_depth: 3
            max_pages: 100
        """.formatted(baseUrl());
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      int cookieBytes = ex.getRequestHeaders().getOrDefault("Cookie", List.of()).stream()
          .mapToInt(String::length).sum();
      largestCookieHeader.accumulateAndGet(cookieBytes, Math::max);
      if (cookieBytes > 8190) {
        // what Apache and nginx answer by default to a header this long
        send(ex, 431, "text/plain", "Request Header Fields Too Large".getBytes(
            StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/robots.txt")) {
        send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/news/")) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
            + "<title>要闻</title></head><body><ul>");
        if (listCookies > 0) {
          ex.getResponseHeaders().add("Set-Cookie", "sid=abc123; Path=/");
          for (int i = 0; i < listCookies; i++) {
            ex.getResponseHeaders().add("Set-Cookie", "big" + i + "="
                + "x".repeat(listCookieBytes) + "; Path=/");
          }
        }
        for (String slug : pages.keySet()) {
          h.append("<li><a href=\"/news/2024/").append(slug).append(".html\">")
              .append(slug).append("</a></li>");
        }
        send(ex, 200, "text/html; charset=UTF-8",
            h.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8));
      } else if (path.startsWith("/news/2024/") && path.endsWith(".html")) {
        Consumer<HttpExchange> page = pages.get(path.substring(11, path.length() - 5));
        if (page == null) {
          send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          page.accept(ex);
        }
      } else {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void drip(HttpExchange ex) {
    try {
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 120; i++) {
        out.write('<');
        out.flush();
        dripBytes.incrementAndGet();
        Thread.sleep(1000);
      }
      out.close();
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private void endless(HttpExchange ex) {
    try {
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      byte[] chunk = "<p>没有尽头的页面。</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
      while (endlessBytes.get() < ENDLESS_CAP) {
        out.write(chunk);
        endlessBytes.addAndGet(chunk.length);
      }
      out.close();
    } catch (IOException e) {
      // the client went away
    }
  }

  static void send(HttpExchange ex, int status, String type, byte[] body) {
    try {
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException e) {
      // the client went away
    }
  }
}
