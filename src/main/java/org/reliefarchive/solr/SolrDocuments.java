package org.reliefarchive.solr;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.reliefarchive.index.IndexSchema;

/**
 * Turns the Lucene document the embedded index writes into the Solr document of the
 * collection, field by field, so the two hold the same values whatever {@code
 * index.ReportDocuments} puts in: every stored value, the plain terms of the filter fields
 * (each level of a region path), the numbers kept only as doc values (the text fingerprint),
 * and the facet values that live only in the facet field (year, month).
 */
final class SolrDocuments {
  /** Facet dimensions that have no field of their own in the Lucene document. */
  private static final Set<String> FACET_ONLY = Set.of(IndexSchema.YEAR, IndexSchema.MONTH);
  /** Fields of the Lucene document the collection does without. */
  static final Set<String> LEFT_OUT = Set.of(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);

  private SolrDocuments() {}

  static SolrInputDocument toSolr(Document doc) {
    Map<String, Set<Object>> values = new LinkedHashMap<>();
    Set<String> stored = new LinkedHashSet<>();
    for (IndexableField f : doc.getFields()) {
      if (f.fieldType().stored()) {
        stored.add(f.name());
      }
    }
    for (IndexableField f : doc.getFields()) {
      String name = f.name();
      if (name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
        facetOnly(f, values);
        continue;
      }
      Object value = null;
      if (f.fieldType().stored()) {
        value = f.numericValue() != null ? (Object) f.numericValue().longValue()
            : f.stringValue();
      } else if (stored.contains(name)) {
        continue;
      } else if (f.fieldType().indexOptions() != IndexOptions.NONE && f.stringValue() != null) {
        // a term for filters only (region path levels)
        value = f.stringValue();
      } else if (f.fieldType().docValuesType() == DocValuesType.NUMERIC
          && f.numericValue() != null) {
        value = f.numericValue().longValue();
      }
      if (value != null) {
        values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(value);
      }
    }
    SolrInputDocument out = new SolrInputDocument();
    values.forEach((name, v) -> {
      if (v.size() == 1) {
        out.setField(name, v.iterator().next());
      } else {
        out.setField(name, v);
      }
    });
    return out;
  }

  /** Year and month from the facet field's drill-down terms ("year\u001f2021"). */
  private static void facetOnly(IndexableField f, Map<String, Set<Object>> values) {
    if (f.fieldType().indexOptions() == IndexOptions.NONE || f.stringValue() == null) {
      return;
    }
    String term = f.stringValue();
    int cut = term.indexOf(FacetsConfig.DELIM_CHAR);
    if (cut < 0) {
      return;
    }
    String dim = term.substring(0, cut);
    if (FACET_ONLY.contains(dim)) {
      values.computeIfAbsent(dim, k -> new LinkedHashSet<>()).add(term.substring(cut + 1));
    }
  }
}
