/**
 * Query parsing, faceted search, highlighting and result records over the index. Read-only: it
 * never writes to the index and knows nothing of HTTP.
 */
package org.reliefarchive.search;
