package org.reliefarchive.config;

/**
 * {@code config/server.yaml}: the search server.
 *
 * @param host address to bind; 127.0.0.1 keeps it private to this machine
 * @param port TCP port (0 picks a free one)
 * @param pageSize hits per page unless the request asks otherwise
 * @param maxPageSize the largest page a request may ask for
 */
public record ServerConfig(String host, int port, int pageSize, int maxPageSize) {

  /** Validates ranges; messages name the key. */
  public ServerConfig {
    Check.notBlank("host", host);
    Check.inRange("port", port, 0, 65_535);
    Check.inRange("max_page_size", maxPageSize, 1, 1000);
    Check.inRange("page_size", pageSize, 1, maxPageSize);
  }
}
