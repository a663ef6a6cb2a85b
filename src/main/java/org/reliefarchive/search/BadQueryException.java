package org.reliefarchive.search;

/**
 * A query or parameter the searcher cannot use. The message names the parameter and says what is
 * allowed, in words fit for the user.
 */
public final class BadQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  /**
   * @param parameter the request parameter at fault, e.g. "q"
   * @param message what is wrong and what is allowed
   */
  public BadQueryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The request parameter at fault. */
  public String parameter() {
    return parameter;
  }
}
