package org.reliefarchive.web;

/**
 * The page of something the server does not hold (template {@code notfound.jte}).
 *
 * @param m the messages of the user's language
 * @param key the message saying what is missing ({@code report.notfound}, {@code page.notfound})
 * @param what the report id or path asked for, shown escaped
 */
record NotFoundView(Messages m, String key, String what) {
  /** The page of an unknown report id. */
  static NotFoundView report(Messages m, String id) {
    return new NotFoundView(m, "report.notfound", id);
  }

  /** The page of a path no page answers. */
  static NotFoundView page(Messages m, String path) {
    return new NotFoundView(m, "page.notfound", path);
  }
}
