package org.reliefarchive.sample;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One portal on its own loopback port: answers GET and HEAD with status, Content-Type and
 * Content-Length, and logs every requested path in order.
 */
final class PortalServer {
  private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);

  private final String id;
  private final PortalSite site;
  private final HttpServer server;
  private final ExecutorService pool;
  private final List<String> requested = new ArrayList<>();
  private final List<Long> arrivals = new ArrayList<>();

  private PortalServer(String id, PortalSite site) throws IOException {
    this.id = id;
    this.site = site;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "sample-" + id + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
  }

  /** Binds {@code site} to 127.0.0.1 on a free port and starts answering. */
  static PortalServer start(String id, PortalSite site) throws IOException {
    PortalServer s = new PortalServer(id, site);
    s.server.start();
    return s;
  }

  /** {@code http://127.0.0.1:<port>}, no trailing slash. */
  String baseUrl() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort();
  }

  /** Paths (with query) requested so far, in order. */
  List<String> requestedPaths() {
    synchronized (requested) {
      return List.copyOf(requested);
    }
  }

  /** When each request arrived ({@link System#nanoTime()}), in order. */
  List<Long> arrivalNanos() {
    synchronized (requested) {
      return List.copyOf(arrivals);
    }
  }

  /** Stops answering and releases the port. */
  void stop() {
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      synchronized (requested) {
        requested.add(query == null ? path : path + "?" + query);
        arrivals.add(System.nanoTime());
      }
      String method = exchange.getRequestMethod();
      boolean head = "HEAD".equals(method);
      Page page = head || "GET".equals(method) ? site.page(path) : methodNotAllowed();
      LOG.debug("{} {} {} -> {}", id, method, path, page.status());
      exchange.getResponseHeaders().set("Content-Type", page.contentType());
      if (page.status() == 405) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      }
      if (head) {
        // the JDK server sends no Content-Length for HEAD unless it is set by hand
        exchange.getResponseHeaders().set("Content-Length", String.valueOf(page.body().length));
        exchange.sendResponseHeaders(page.status(), -1);
        return;
      }
      exchange.sendResponseHeaders(page.status(), page.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page.body());
      }
    }
  }

  private static Page methodNotAllowed() {
    return new Page(
        405,
        "text/plain; charset=UTF-8",
        "405 Method Not Allowed\n".getBytes(StandardCharsets.UTF_8));
  }
}
