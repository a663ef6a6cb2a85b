/**
 * The write-once store of fetched responses in WARC files: URL, time, status, headers, payload
 * and its digest. The archive is the system of record; everything downstream can be rebuilt from
 * it. Nothing here parses HTML or knows Lucene.
 */
package org.reliefarchive.archive;
