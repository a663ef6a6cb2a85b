package org.reliefarchive.sample;

import java.nio.charset.StandardCharsets;

/** One HTTP answer of the sample portal: status, Content-Type and body bytes. */
record Page(int status, String contentType, byte[] body) {

  private static final byte[] NOT_FOUND =
      "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>\n"
          .getBytes(StandardCharsets.UTF_8);

  /** The answer for every unknown path. */
  static Page notFound() {
    return new Page(404, "text/html; charset=UTF-8", NOT_FOUND);
  }

  /** A 200 answer. */
  static Page ok(String contentType, byte[] body) {
    return new Page(200, contentType, body);
  }
}
