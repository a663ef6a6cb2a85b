package org.reliefarchive.solr;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrDocument;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.index.CaptureCodec;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.TagsCodec;
import org.reliefarchive.search.DetachedSearch;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.Snippet;

/** Solr documents of the collection read back into the result records of the search. */
final class SolrHits {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SolrHits() {}

  /**
   * One hit per reprint group, as the embedded search folds them: the group stands where its
   * best hit does and shows the copy the archive captured first.
   */
  static List<SolrDocument> fold(List<SolrDocument> docs) {
    Map<String, SolrDocument> shown = new LinkedHashMap<>();
    Map<String, Long> captured = new HashMap<>();
    for (SolrDocument d : docs) {
      String group = string(d, IndexSchema.GROUP);
      String key = group == null ? "doc:" + string(d, IndexSchema.ID) : group;
      Long first = number(d, IndexSchema.FIRST_CAPTURED);
      if (first == null) {
        first = number(d, IndexSchema.FETCHED_AT);
      }
      long at = first == null ? Long.MAX_VALUE : first;
      Long before = captured.get(key);
      if (before == null || at < before) {
        shown.put(key, d);
        captured.put(key, at);
      }
    }
    return new ArrayList<>(shown.values());
  }

  /** The reprint group of a document, or a key of its own when it has none. */
  static String groupKey(SolrDocument d) {
    String group = string(d, IndexSchema.GROUP);
    return group == null ? "doc:" + string(d, IndexSchema.ID) : group;
  }

  static SearchHit hit(SolrDocument d, Snippet snippet, boolean scored, int reprints) {
    return new SearchHit(string(d, IndexSchema.ID), string(d, IndexSchema.TITLE),
        string(d, IndexSchema.URL), string(d, IndexSchema.PORTAL),
        string(d, IndexSchema.PORTAL_NAME), published(d), snippet,
        scored ? Float.valueOf(DetachedSearch.textScore(score(d))) : null, string(d, IndexSchema.PRIMARY_REGION),
        strings(d, IndexSchema.AGENCY_TYPE), string(d, IndexSchema.GROUP), reprints,
        firstCaptured(d), string(d, IndexSchema.STATUS));
  }

  static ReportDetail.Reprint reprint(SolrDocument m) {
    return new ReportDetail.Reprint(string(m, IndexSchema.ID), string(m, IndexSchema.URL),
        string(m, IndexSchema.PORTAL), string(m, IndexSchema.PORTAL_NAME), published(m),
        instant(m, IndexSchema.FETCHED_AT), firstCaptured(m), string(m, IndexSchema.STATUS));
  }

  static ReportDetail detail(SolrDocument d, List<ReportDetail.Reprint> reprints) {
    ReportTags tags = TagsCodec.decode(string(d, IndexSchema.TAGS_JSON));
    String body = string(d, IndexSchema.BODY);
    Long offset = number(d, IndexSchema.WARC_OFFSET);
    return new ReportDetail(
        string(d, IndexSchema.ID), string(d, IndexSchema.URL), string(d, IndexSchema.TITLE),
        string(d, IndexSchema.PORTAL), string(d, IndexSchema.PORTAL_NAME),
        string(d, IndexSchema.HOME_PROVINCE), published(d), string(d, IndexSchema.SOURCE),
        string(d, IndexSchema.EDITOR), string(d, IndexSchema.AUTHOR),
        string(d, IndexSchema.CORRESPONDENT), string(d, IndexSchema.SCRIPT),
        string(d, IndexSchema.CHARSET), instant(d, IndexSchema.FETCHED_AT),
        string(d, IndexSchema.WARC_FILE), offset == null ? 0L : offset,
        string(d, IndexSchema.DIGEST),
        body == null || body.isEmpty() ? List.of() : List.of(body.split("\n\n")),
        tags, string(d, IndexSchema.GROUP), reprints, string(d, IndexSchema.STATUS),
        instant(d, IndexSchema.REMOVED_AT),
        CaptureCodec.decode(string(d, IndexSchema.CAPTURES)),
        string(d, IndexSchema.DATE_SOURCE), string(d, IndexSchema.DECODING_NOTE),
        firstCaptured(d));
  }

  static float score(SolrDocument d) {
    Object s = d.getFirstValue("score");
    return s instanceof Number n ? n.floatValue() : 0f;
  }

  static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  static List<String> strings(SolrDocument d, String field) {
    Collection<Object> values = d.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(Object::toString).toList();
  }

  static Long number(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v instanceof Number n ? n.longValue() : null;
  }

  private static String published(SolrDocument d) {
    Long p = number(d, IndexSchema.PUBLISHED);
    return p == null ? null
        : Instant.ofEpochMilli(p).atZone(SHANGHAI).toOffsetDateTime().toString();
  }

  private static String instant(SolrDocument d, String field) {
    Long v = number(d, field);
    return v == null ? null : Instant.ofEpochMilli(v).toString();
  }

  private static String firstCaptured(SolrDocument d) {
    String first = instant(d, IndexSchema.FIRST_CAPTURED);
    return first != null ? first : instant(d, IndexSchema.FETCHED_AT);
  }
}
