package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * crawler4j's HSQLDB frontier, with the URLs handed to crawler threads and not processed yet
 * counted as still queued.
 *
 * <p>crawler4j finishes a crawl once every thread waits for URLs and the queue is empty. A
 * thread counts as waiting from before it asks the frontier for a batch until the batch is in
 * its hands, but the frontier takes the batch off the queue inside that call: a controller that
 * looks in between (a loaded machine makes the gap long) saw an idle crawl with nothing queued,
 * finished it and closed the connection pool under the thread's fetches. Here the queue length
 * is what is scheduled plus what is in process, counted in one statement of the frontier
 * database, so a URL is counted on its way from one state to the other, and only
 * {@link #setProcessed} takes it out.
 *
 * <p>So that no URL stays in process for ever (the crawl would never end), each thread's batch
 * is kept here: a thread that asks for more has passed over the rest of its last batch, and a
 * thread that ends on an error ({@link #threadFailed}) leaves the URL it was on given up and the
 * rest queued again.
 */
final class InHandFrontier implements Frontier {
  private static final Logger LOG = LoggerFactory.getLogger(InHandFrontier.class);
  private static final String OPEN =
      "SELECT COUNT(*) FROM weburl WHERE status = 'SCHEDULED' OR status = 'IN_PROCESS'";
  private static final String REQUEUE =
      "UPDATE weburl SET status = 'SCHEDULED' WHERE id = ? AND status = 'IN_PROCESS'";

  private final Frontier queue;
  private final String jdbcUrl;
  private final Consumer<List<WebURL>> batchTaken;
  private final Map<Thread, Deque<WebURL>> held = new ConcurrentHashMap<>();

  /**
   * @param queue crawler4j's HSQLDB frontier
   * @param jdbcUrl the frontier database, to count its open URLs in one statement
   * @param batchTaken told of each batch right after a thread took it, before the thread has it
   */
  InHandFrontier(Frontier queue, String jdbcUrl, Consumer<List<WebURL>> batchTaken) {
    this.queue = queue;
    this.jdbcUrl = jdbcUrl;
    this.batchTaken = batchTaken;
  }

  /** {@code config} with its frontier wrapped in an {@code InHandFrontier}. */
  static Configuration wrap(FrontierConfiguration config, String jdbcUrl,
      Consumer<List<WebURL>> batchTaken) {
    return new Configuration(config,
        new InHandFrontier(config.getFrontier(), jdbcUrl, batchTaken));
  }

  /** A frontier configuration that hands out an {@code InHandFrontier}. */
  static final class Configuration implements FrontierConfiguration {
    private final FrontierConfiguration config;
    private final InHandFrontier frontier;

    private Configuration(FrontierConfiguration config, InHandFrontier frontier) {
      this.config = config;
      this.frontier = frontier;
    }

    @Override
    public InHandFrontier getFrontier() {
      return frontier;
    }

    @Override
    public DocIDServer getDocIDServer() {
      return config.getDocIDServer();
    }

    @Override
    public WebURLFactory getWebURLFactory() {
      return config.getWebURLFactory();
    }

    @Override
    public void close() {
      config.close();
    }
  }

  @Override
  public void getNextURLs(int max, List<WebURL> result) {
    Thread me = Thread.currentThread();
    Deque<WebURL> rest = held.remove(me);
    // crawler4j asks for a batch once it has gone through the last one; a URL it passed over
    // without processing would otherwise count as in process for ever
    if (rest != null) {
      for (WebURL url : rest) {
        LOG.debug("Passed over without processing: {}", url.getURL());
        queue.setProcessed(url);
      }
    }
    recoverEndedThreads();
    queue.getNextURLs(max, result);
    if (!result.isEmpty()) {
      held.put(me, new ArrayDeque<>(result));
      batchTaken.accept(List.copyOf(result));
    }
  }

  @Override
  public void setProcessed(WebURL url) {
    queue.setProcessed(url);
    Deque<WebURL> batch = held.get(Thread.currentThread());
    if (batch != null) {
      batch.removeIf(u -> u.getDocid() == url.getDocid());
    }
  }

  /**
   * Scheduled URLs and those handed out and not yet processed. A database that cannot be read
   * gives crawler4j's own count of the scheduled ones and the URLs held here.
   */
  @Override
  public long getQueueLength() {
    recoverEndedThreads();
    try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "");
        PreparedStatement st = c.prepareStatement(OPEN);
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      LOG.warn("Cannot count the open URLs of {}: {}", jdbcUrl, e.toString());
      return queue.getQueueLength() + held.values().stream().mapToLong(Deque::size).sum();
    }
  }

  /**
   * Called by a crawler thread that ends on an error, from that thread: the URL it was on is
   * given up (marked processed, so that the thread that replaces it does not meet it again), and
   * the rest of its batch is queued again for the other threads.
   *
   * @return the URL given up, or null when the thread held none
   */
  WebURL threadFailed() {
    return release(held.remove(Thread.currentThread()));
  }

  /**
   * Called by a crawler thread that ends without an error (the crawl finished, or was stopped):
   * what it still holds stays in process, where a resumed crawl takes it up again.
   */
  void threadEnded() {
    held.remove(Thread.currentThread());
  }

  /** Releases the batches of threads that ended without saying so, as if they had failed. */
  private void recoverEndedThreads() {
    for (Map.Entry<Thread, Deque<WebURL>> e : held.entrySet()) {
      if (!e.getKey().isAlive() && held.remove(e.getKey(), e.getValue())) {
        WebURL lost = release(e.getValue());
        if (lost != null) {
          LOG.warn("Crawler thread {} ended while on {}; giving it up", e.getKey().getName(),
              lost.getURL());
        }
      }
    }
  }

  private WebURL release(Deque<WebURL> batch) {
    if (batch == null || batch.isEmpty()) {
      return null;
    }
    WebURL current = batch.pollFirst();
    queue.setProcessed(current);
    if (batch.isEmpty()) {
      return current;
    }
    List<WebURL> again = new ArrayList<>(batch);
    try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "");
        PreparedStatement st = c.prepareStatement(REQUEUE)) {
      for (WebURL url : again) {
        st.setLong(1, url.getDocid());
        st.executeUpdate();
      }
    } catch (SQLException e) {
      // not fetched in this run; a resumed run would have them, a finished one lets them go
      LOG.warn("Cannot queue again {} URLs of a failed crawler thread: {}", again.size(),
          e.toString());
      again.forEach(queue::setProcessed);
      return current;
    }
    LOG.info("Queued again {} URLs a failed crawler thread had taken", again.size());
    // wakes the threads waiting for URLs; crawler4j's frontier does so on every scheduleAll
    queue.scheduleAll(List.of());
    return current;
  }

  @Override
  public void scheduleAll(List<WebURL> urls) {
    queue.scheduleAll(urls);
  }

  @Override
  public void schedule(WebURL url) {
    queue.schedule(url);
  }

  @Override
  public long getNumberOfAssignedPages() {
    return queue.getNumberOfAssignedPages();
  }

  @Override
  public long getNumberOfProcessedPages() {
    return queue.getNumberOfProcessedPages();
  }

  @Override
  public long getNumberOfScheduledPages() {
    return queue.getNumberOfScheduledPages();
  }

  @Override
  public boolean isFinished() {
    return queue.isFinished();
  }

  @Override
  public void close() {
    queue.close();
  }

  @Override
  public void finish() {
    queue.finish();
  }
}
