package org.reliefarchive.search;

import java.util.Arrays;
import java.util.List;

/**
 * A query or parameter the searcher cannot use. The message names the parameter and says what is
 * allowed, in words fit for the user, in English; {@link #reason} and {@link #details} say the
 * same as a key and its values, so a page can say it in its own language.
 */
public final class BadQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;
  private final String reason;
  private final List<String> details;

  /**
   * @param parameter the request parameter at fault, e.g. "q"
   * @param message what is wrong and what is allowed
   */
  public BadQueryException(String parameter, String message) {
    this(parameter, message, null);
  }

  /**
   * @param parameter the request parameter at fault, e.g. "q"
   * @param message what is wrong and what is allowed
   * @param reason what kind of fault, as a key (e.g. "query_syntax"), or null
   * @param details the values the reason's text shows (the near token, the bad value …)
   */
  public BadQueryException(String parameter, String message, String reason, Object... details) {
    super(message);
    this.parameter = parameter;
    this.reason = reason;
    this.details = Arrays.stream(details).map(String::valueOf).toList();
  }

  /** The request parameter at fault. */
  public String parameter() {
    return parameter;
  }

  /** The kind of fault as a key, or null when only the message says it. */
  public String reason() {
    return reason;
  }

  /** The values the reason's text shows, in order. */
  public List<String> details() {
    return details;
  }
}
