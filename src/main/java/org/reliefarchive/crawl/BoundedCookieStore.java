package org.reliefarchive.crawl;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's cookie jar, bounded per site: at most {@code maxPerSite} cookies, and at most
 * {@code maxHeaderBytes} of {@code name=value; } text, so the Cookie header sent back stays under
 * the size at which servers answer 431. A new cookie pushes out the oldest ones of its site; a
 * cookie larger than the whole budget is not kept. A site is the domain of the cookie with its
 * last two labels (three under {@code gov.cn}, {@code com.hk} and the like), so the cookies of
 * {@code www.example.com} and {@code .example.com}, sent together, share one budget.
 */
final class BoundedCookieStore implements CookieStore {
  private static final Logger LOG = LoggerFactory.getLogger(BoundedCookieStore.class);
  private static final List<String> SECOND_LEVEL =
      List.of("com", "net", "org", "gov", "edu", "ac", "co", "idv");

  private final int maxPerSite;
  private final int maxHeaderBytes;
  private final BasicCookieStore store = new BasicCookieStore();
  /** Cookies by site, oldest first, keyed by name, domain and path. */
  private final Map<String, LinkedHashMap<String, Cookie>> sites = new LinkedHashMap<>();

  BoundedCookieStore(int maxPerSite, int maxHeaderBytes) {
    this.maxPerSite = maxPerSite;
    this.maxHeaderBytes = maxHeaderBytes;
  }

  @Override
  public synchronized void addCookie(Cookie cookie) {
    if (cookie == null) {
      return;
    }
    String site = site(cookie.getDomain());
    LinkedHashMap<String, Cookie> jar = sites.computeIfAbsent(site, s -> new LinkedHashMap<>());
    String key = cookie.getName() + '\u0000' + cookie.getDomain() + '\u0000' + cookie.getPath();
    jar.remove(key);
    if (size(cookie) > maxHeaderBytes) {
      LOG.debug("Cookie {} of {} not kept: {} bytes, over max_cookie_header_bytes",
          cookie.getName(), site, size(cookie));
      rebuild();
      return;
    }
    jar.put(key, cookie);
    int bytes = jar.values().stream().mapToInt(BoundedCookieStore::size).sum();
    var oldest = jar.entrySet().iterator();
    while ((jar.size() > maxPerSite || bytes > maxHeaderBytes) && oldest.hasNext()) {
      Cookie dropped = oldest.next().getValue();
      if (dropped == cookie) {
        continue;
      }
      bytes -= size(dropped);
      oldest.remove();
    }
    rebuild();
  }

  @Override
  public synchronized List<Cookie> getCookies() {
    return store.getCookies();
  }

  @Override
  public synchronized boolean clearExpired(Date date) {
    boolean any = store.clearExpired(date);
    if (any) {
      List<Cookie> live = store.getCookies();
      sites.values().forEach(jar -> jar.values().retainAll(live));
    }
    return any;
  }

  @Override
  public synchronized void clear() {
    store.clear();
    sites.clear();
  }

  private void rebuild() {
    store.clear();
    for (Map<String, Cookie> jar : sites.values()) {
      jar.values().forEach(store::addCookie);
    }
  }

  /** What the cookie adds to a Cookie header: {@code name=value; }. */
  private static int size(Cookie c) {
    return c.getName().length() + (c.getValue() == null ? 0 : c.getValue().length()) + 3;
  }

  static String site(String domain) {
    if (domain == null) {
      return "";
    }
    String d = domain.toLowerCase(Locale.ROOT);
    while (d.startsWith(".")) {
      d = d.substring(1);
    }
    if (d.matches("[0-9.]+") || d.contains(":")) {
      return d;
    }
    String[] labels = d.split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return d;
    }
    boolean underSecondLevel = labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
    int keep = underSecondLevel ? 3 : 2;
    return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
  }
}
