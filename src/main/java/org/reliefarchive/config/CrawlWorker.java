package org.reliefarchive.config;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of several machines that crawl in parallel: worker {@code index} of {@code count}
 * ({@code 2/4}). Each portal belongs to exactly one worker, so the politeness delay of a portal
 * still holds when several machines crawl: the worker named by the portal's {@code worker:} in
 * sources.yaml, else the one chosen by rendezvous hashing of the portal's id (the worker whose
 * SHA-256 of {@code id + "/" + k} is highest). The choice depends on the id and the count only,
 * so every machine computes the same split, and going from n to n+1 workers moves about one
 * portal in n+1.
 *
 * @param index this worker, 1 to {@code count}
 * @param count how many workers share the portals, 1 to {@value #MAX_WORKERS}
 */
public record CrawlWorker(int index, int count) {
  /** The most workers one set of portals may be split over. */
  public static final int MAX_WORKERS = 1024;
  private static final Pattern FORM = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

  /** Checks {@code 1 <= index <= count <= MAX_WORKERS}. */
  public CrawlWorker {
    if (count < 1 || count > MAX_WORKERS) {
      throw new IllegalArgumentException("worker count is " + count + "; allowed: 1 to "
          + MAX_WORKERS);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("worker is " + index + " of " + count + "; allowed: 1 to "
          + count);
    }
  }

  /**
   * Reads {@code N/M} (worker N of M).
   *
   * @param key where the text came from, for the message (e.g. {@code --worker})
   * @throws IllegalArgumentException naming {@code key} when the text is not of that form or
   *     out of range
   */
  public static CrawlWorker parse(String key, String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(key + " is '" + text + "'; allowed: N/M, this machine's "
          + "number N (1 to M) and the number of crawl machines M, e.g. 2/4");
    }
    try {
      return new CrawlWorker(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + " is '" + text + "': " + e.getMessage(), e);
    }
  }

  /** The tag in the names of this worker's files: {@code w2}. */
  public String tag() {
    return "w" + index;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }

  /**
   * The worker (1 to {@code count}) that crawls {@code portal}.
   *
   * @throws ConfigException naming the portal when its {@code worker:} is above {@code count}
   */
  public int ownerOf(PortalConfig portal) {
    if (portal.worker() != null) {
      if (portal.worker() > count) {
        throw new ConfigException(null, "sources.yaml: portals[" + portal.id() + "].worker is "
            + portal.worker() + ", but there are " + count + " crawl workers (worker " + this
            + "); allowed: 1 to " + count, null);
      }
      return portal.worker();
    }
    int best = 1;
    long bestScore = Long.MIN_VALUE;
    for (int k = 1; k <= count; k++) {
      long score = score(portal.id(), k);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether this worker crawls {@code portal}. */
  public boolean owns(PortalConfig portal) {
    return ownerOf(portal) == index;
  }

  /**
   * The portals of {@code portals} this worker crawls, in their order.
   *
   * @throws ConfigException naming the first portal whose {@code worker:} is above the count
   */
  public List<PortalConfig> select(List<PortalConfig> portals) {
    List<PortalConfig> out = new ArrayList<>();
    for (PortalConfig p : portals) {
      if (owns(p)) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  private static long score(String id, int worker) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((id + "/" + worker).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
