package org.reliefarchive.index;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.enrich.EnrichedArticle;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.extract.Article;

/** Turns an enriched article into the Lucene document of {@link IndexSchema}. */
final class ReportDocuments {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final IndexSchema schema;

  ReportDocuments(IndexSchema schema) {
    this.schema = schema;
  }

  Document toDocument(EnrichedArticle e, String group) throws IOException {
    Article a = e.article();
    Document doc = new Document();
    // exact-match keys: the id is the upsert term, the URL answers "is this page indexed"
    doc.add(new StringField(IndexSchema.ID, e.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(e.id())));
    doc.add(new StringField(IndexSchema.URL, a.url(), Field.Store.YES));
    doc.add(new StoredField(IndexSchema.CANONICAL_URL, e.canonicalUrl()));
    doc.add(new StringField(IndexSchema.PORTAL, e.portalId(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.PORTAL, e.portalId()));
    storeIfPresent(doc, IndexSchema.PORTAL_NAME, e.portalName());
    storeIfPresent(doc, IndexSchema.HOME_PROVINCE, e.homeProvince());
    doc.add(new Field(IndexSchema.TITLE, nullToEmpty(a.title()), IndexSchema.TEXT));
    doc.add(new Field(IndexSchema.BODY, a.text(), IndexSchema.BODY_TEXT));
    if (a.publishedAt() != null) {
      long millis = a.publishedAt().toInstant().toEpochMilli();
      doc.add(new LongPoint(IndexSchema.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(IndexSchema.PUBLISHED, millis));
      doc.add(new StoredField(IndexSchema.PUBLISHED, millis));
      var local = a.publishedAt().atZoneSameInstant(SHANGHAI);
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR,
          String.valueOf(local.getYear())));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.MONTH,
          String.format(Locale.ROOT, "%04d-%02d", local.getYear(),
              local.getMonthValue())));
    }
    storeIfPresent(doc, IndexSchema.DATE_SOURCE,
        a.dateSource() == null ? null : a.dateSource().label());
    storeIfPresent(doc, IndexSchema.DECODING_NOTE, a.decodingNote());
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
    Instant first = firstCapture(e);
    if (first != null) {
      doc.add(new StoredField(IndexSchema.FIRST_CAPTURED, first.toEpochMilli()));
      doc.add(new NumericDocValuesField(IndexSchema.FIRST_CAPTURED, first.toEpochMilli()));
    }
    storeIfPresent(doc, IndexSchema.WARC_FILE, e.warcFile());
    doc.add(new StoredField(IndexSchema.WARC_OFFSET, e.warcOffset()));
    storeIfPresent(doc, IndexSchema.DIGEST, e.payloadDigest());
    ReportTags tags = e.tags();
    for (String path : tags.regionPaths()) {
      String[] parts = path.split("/");
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.REGION, parts));
      // each level is also a plain term, so a region filter works without the facet state
      StringBuilder prefix = new StringBuilder();
      for (String part : parts) {
        prefix.append(prefix.length() == 0 ? "" : "/").append(part);
        doc.add(new StringField(IndexSchema.REGION, prefix.toString(), Field.Store.NO));
      }
    }
    storeIfPresent(doc, IndexSchema.PRIMARY_REGION, tags.primaryRegion());
    addFacetValues(doc, IndexSchema.AGENCY_TYPE, tags.agencyTypes());
    addFacetValues(doc, IndexSchema.AGENCY, tags.agencies());
    addFacetValues(doc, IndexSchema.BENEFICIARY, tags.beneficiaries());
    doc.add(new StoredField(IndexSchema.TAGS_JSON, TagsCodec.encode(tags)));
    doc.add(new StringField(IndexSchema.GROUP, group, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.GROUP, new BytesRef(group)));
    doc.add(new NumericDocValuesField(IndexSchema.SIMHASH, e.simhash()));
    doc.add(new StringField(IndexSchema.STATUS, e.status(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(IndexSchema.STATUS, e.status()));
    if (e.removedAt() != null) {
      doc.add(new StoredField(IndexSchema.REMOVED_AT, e.removedAt().toEpochMilli()));
    }
    storeIfPresent(doc, IndexSchema.CAPTURES, CaptureCodec.encode(e.captures()));
    return schema.facetsConfig().build(doc);
  }

  /** The earliest capture of the report: of its history, or the capture indexed. */
  static Instant firstCapture(EnrichedArticle e) {
    Instant first = e.fetchedAt();
    if (e.captures() != null) {
      for (CaptureRecord c : e.captures()) {
        try {
          Instant t = Instant.parse(c.time());
          if (first == null || t.isBefore(first)) {
            first = t;
          }
        } catch (DateTimeParseException | NullPointerException ex) {
          // a capture without a readable time does not move the first one
        }
      }
    }
    return first;
  }

  private static void addFacetValues(Document doc, String dim, List<String> values) {
    for (String v : new LinkedHashSet<>(values)) {
      if (v != null && !v.isBlank()) {
        doc.add(new SortedSetDocValuesFacetField(dim, v));
        doc.add(new StringField(dim, v, Field.Store.YES));
      }
    }
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
