/**
 * Turns the bytes of one page into an {@link org.reliefarchive.extract.Article}: charset
 * detection, generic body detection with jsoup, boilerplate removal, metadata. Pure functions of
 * the page: no network, no Lucene, no archive access.
 */
package org.reliefarchive.extract;
