package org.reliefarchive.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.reliefarchive.archive.RecordRef;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.CaptureCodec;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * What ingest knows of every report between captures: its captures so far, where its latest
 * good version is archived, that version's text digest and paragraph hashes, its publication
 * date and whether its source took it down. Built from the captures as they come (crawl and
 * reindex alike, in archive order) and, before a crawl, read back from the index.
 */
final class ReportHistory {
  private static final Set<String> FIELDS = Set.of(IndexSchema.ID, IndexSchema.URL,
      IndexSchema.CAPTURES, IndexSchema.PUBLISHED, IndexSchema.REMOVED_AT, IndexSchema.WARC_FILE,
      IndexSchema.WARC_OFFSET, IndexSchema.FETCHED_AT, IndexSchema.DIGEST);

  /** One report's state; callers synchronize on it. */
  static final class Entry {
    final List<CaptureRecord> captures = new ArrayList<>();
    RecordRef lastGood;
    String textDigest;
    String title;
    List<Long> paragraphs;
    Instant published;
    Instant removedAt;

    boolean has(String warcFile, long offset) {
      return captures.stream().anyMatch(c -> c.warcOffset() == offset
          && c.warcFile() != null && c.warcFile().equals(warcFile));
    }
  }

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();

  Entry entry(String id) {
    return byId.computeIfAbsent(id, k -> new Entry());
  }

  Entry get(String id) {
    return byId.get(id);
  }

  void clear() {
    byId.clear();
  }

  int size() {
    return byId.size();
  }

  /** The publication time of the report at {@code url}, or null. */
  Instant published(String url) {
    Entry e = byId.get(CanonicalUrl.id(url));
    return e == null ? null : e.published;
  }

  /** Digest of what a reader sees of a version: its title and text. */
  static String textDigest(Article a) {
    return textDigest(a.title(), a.text());
  }

  static String textDigest(String title, String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      md.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
      md.update((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
      return "sha1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }

  /** Replaces this history with what the index holds. */
  void load(ReportIndex index) throws IOException {
    byId.clear();
    index.refresh();
    IndexSearcher searcher = index.searchers().acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document d = stored.document(doc, FIELDS);
          read(d, stored, doc);
        }
      }
    } finally {
      index.searchers().release(searcher);
    }
  }

  private void read(Document d, StoredFields stored, int doc) throws IOException {
    Entry e = entry(d.get(IndexSchema.ID));
    String json = d.get(IndexSchema.CAPTURES);
    String warcFile = d.get(IndexSchema.WARC_FILE);
    long offset = number(d, IndexSchema.WARC_OFFSET, 0);
    long fetched = number(d, IndexSchema.FETCHED_AT, 0);
    e.lastGood = warcFile == null ? null
        : new RecordRef(warcFile, offset, null, Instant.ofEpochMilli(fetched));
    long published = number(d, IndexSchema.PUBLISHED, Long.MIN_VALUE);
    e.published = published == Long.MIN_VALUE ? null : Instant.ofEpochMilli(published);
    long removed = number(d, IndexSchema.REMOVED_AT, Long.MIN_VALUE);
    e.removedAt = removed == Long.MIN_VALUE ? null : Instant.ofEpochMilli(removed);
    if (json != null) {
      e.captures.addAll(CaptureCodec.decode(json));
      for (CaptureRecord c : e.captures) {
        if (c.textDigest() != null) {
          e.textDigest = c.textDigest();
        }
      }
    } else {
      // indexed before capture history: its one capture is the version the index holds
      Document text = stored.document(doc, Set.of(IndexSchema.TITLE, IndexSchema.BODY));
      e.textDigest = textDigest(text.get(IndexSchema.TITLE), text.get(IndexSchema.BODY));
      e.captures.add(new CaptureRecord(Instant.ofEpochMilli(fetched).toString(), 200,
          "new", e.textDigest, d.get(IndexSchema.DIGEST), warcFile, offset, "response", null));
    }
  }

  private static long number(Document d, String field, long fallback) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? fallback : f.numericValue().longValue();
  }
}
