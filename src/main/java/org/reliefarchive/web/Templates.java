package org.reliefarchive.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates of {@code src/main/jte}, compiled into this package at build time by
 * jte-maven-plugin. They are HTML templates: every {@code ${...}} is escaped for the place it
 * stands in (element text or attribute value), so crawled text cannot become markup.
 */
final class Templates {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, null, Templates.class.getPackageName());

  private Templates() {}

  /** The page {@code name} (e.g. "search.jte") rendered from its view record. */
  static String render(String name, Object view) {
    StringOutput out = new StringOutput(16_384);
    ENGINE.render(name, view, out);
    return out.toString();
  }
}
