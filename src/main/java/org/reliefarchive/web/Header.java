package org.reliefarchive.web;

import java.util.List;

/**
 * The header of the search and report pages (template {@code header.jte}): the brand, the search
 * box with the state it keeps in hidden fields, the link to the other language and, on the
 * search page, the query syntax.
 *
 * @param m labels of the page's language
 * @param query the query in the box; null for an empty box without a value
 * @param autofocus true to focus the box (an empty search page)
 * @param hidden state the form sends along (filters, dates, language)
 * @param langHref this page in the other language
 * @param syntax true to show the query syntax under the box
 */
record Header(Messages m, String query, boolean autofocus, List<Field> hidden, String langHref,
    boolean syntax) {
  /** A hidden form field. */
  record Field(String name, String value) {}
}
