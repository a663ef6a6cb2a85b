package org.reliefarchive.index;

import java.io.IOException;
import java.time.ZoneId;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.reliefarchive.enrich.EnrichedArticle;
import org.reliefarchive.extract.Article;

/** Turns an enriched article into the Lucene document of {@link IndexSchema}. */
final class ReportDocuments {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final IndexSchema schema;

  ReportDocuments(IndexSchema schema) {
    this.schema = schema;
  }

  Document toDocument(EnrichedArticle e) throws IOException {
    Article a = e.article();
    Document doc = new Document();
    // exact-match keys: the id is the upsert term, the URL answers "is this page indexed"
    doc.add(new StringField(IndexSchema.ID, e.id(), Field.Store.YES));
    doc.add(new StringField(IndexSchema.URL, a.url(), Field.Store.YES));
    doc.add(new StoredField(IndexSchema.CANONICAL_URL, e.canonicalUrl()));
    doc.add(new StringField(IndexSchema.PORTAL, e.portalId(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.PORTAL, e.portalId()));
    storeIfPresent(doc, IndexSchema.PORTAL_NAME, e.portalName());
    storeIfPresent(doc, IndexSchema.HOME_PROVINCE, e.homeProvince());
    // the title and body keep offsets in the postings, so snippets need no re-analysis
    doc.add(new Field(IndexSchema.TITLE, nullToEmpty(a.title()), IndexSchema.TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexSchema.BODY, a.text(), IndexSchema.TEXT_WITH_OFFSETS));
    if (a.publishedAt() != null) {
      long millis = a.publishedAt().toInstant().toEpochMilli();
      doc.add(new LongPoint(IndexSchema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(IndexSchema.PUBLISHED, millis));
      doc.add(new StoredField(IndexSchema.PUBLISHED, millis));
      String year = String.valueOf(a.publishedAt().atZoneSameInstant(SHANGHAI).getYear());
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR, year));
    }
    storeIfPresent(doc, IndexSchema.SOURCE, a.source());
    storeIfPresent(doc, IndexSchema.EDITOR, a.editor());
    storeIfPresent(doc, IndexSchema.AUTHOR, a.author());
    storeIfPresent(doc, IndexSchema.CORRESPONDENT, a.correspondent());
    doc.add(new StringField(IndexSchema.SCRIPT, e.script(), Field.Store.YES));
    storeIfPresent(doc, IndexSchema.CHARSET, a.charset());
    if (e.fetchedAt() != null) {
      long fetched = e.fetchedAt().toEpochMilli();
      doc.add(new StoredField(IndexSchema.FETCHED_AT, fetched));
      doc.add(new NumericDocValuesField(IndexSchema.FETCHED_AT, fetched));
    }
    storeIfPresent(doc, IndexSchema.WARC_FILE, e.warcFile());
    doc.add(new StoredField(IndexSchema.WARC_OFFSET, e.warcOffset()));
    storeIfPresent(doc, IndexSchema.DIGEST, e.payloadDigest());
    return schema.facetsConfig().build(doc);
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StoredField(field, value));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
