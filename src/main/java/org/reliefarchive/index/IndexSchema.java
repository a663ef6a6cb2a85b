package org.reliefarchive.index;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that knows the index layout: field names, facet dimensions, the single
 * {@link FacetsConfig} and the analyzer. The writer and the searcher both use it, so index-time
 * and search-time settings cannot drift apart. Facets are sorted-set doc values (plain strings
 * and string paths), which carry over to Solr as they are.
 */
public final class IndexSchema {
  /** Stable report id (hash of the canonical URL); the upsert key. */
  public static final String ID = "id";
  /** The captured URL. */
  public static final String URL = "url";
  /** The canonical URL the id is computed from. */
  public static final String CANONICAL_URL = "canonical_url";
  /** Portal id of sources.yaml; also a facet dimension. */
  public static final String PORTAL = "portal";
  /** Portal display name. */
  public static final String PORTAL_NAME = "portal_name";
  /** The portal's home province. */
  public static final String HOME_PROVINCE = "home_province";
  /** Article heading; analysed. */
  public static final String TITLE = "title";
  /** Article body, paragraphs separated by blank lines; analysed. */
  public static final String BODY = "body";
  /** Publication time, epoch milliseconds: a point for ranges, doc values for sorting. */
  public static final String PUBLISHED = "published";
  /** Publication year as a facet value, e.g. "2021". */
  public static final String YEAR = "year";
  /** Publication month as a facet value, e.g. "2021-11". */
  public static final String MONTH = "month";
  /** Regions the report talks about; a hierarchical facet (province/city/county/street). */
  public static final String REGION = "region";
  /** The report's most specific main region path. */
  public static final String PRIMARY_REGION = "primary_region";
  /** Agency types (残联, 民政 …); a facet. */
  public static final String AGENCY_TYPE = "agency_type";
  /** Specific agencies (醴陵市民政局 …); a facet. */
  public static final String AGENCY = "agency";
  /** Beneficiary groups (残疾人, 老年人 …); a facet. */
  public static final String BENEFICIARY = "beneficiary";
  /** Every tag with where it was found, as JSON. */
  public static final String TAGS_JSON = "tags_json";
  /** Reprint group: the id of the first report of a group of near-identical texts. */
  public static final String GROUP = "group";
  /** "online", or "removed" once the source took the report down; a facet. */
  public static final String STATUS = "status";
  /** When the source took the report down, epoch milliseconds. */
  public static final String REMOVED_AT = "removed_at";
  /** Every capture of the report with its change kind, as JSON; stored only. */
  public static final String CAPTURES = "captures";
  /** SimHash of the text, for finding reprints. */
  public static final String SIMHASH = "simhash";
  /** Original source (来源). */
  public static final String SOURCE = "source";
  /** Editor (编辑, 责任编辑). */
  public static final String EDITOR = "editor";
  /** Author (作者, 文/图). */
  public static final String AUTHOR = "author";
  /** Correspondent (记者, 通讯员). */
  public static final String CORRESPONDENT = "correspondent";
  /** "traditional" or "simplified". */
  public static final String SCRIPT = "script";
  /** The charset the page was decoded with. */
  public static final String CHARSET = "charset";
  /** Capture time, epoch milliseconds. */
  public static final String FETCHED_AT = "fetched_at";
  /**
   * When the archive first captured the report, epoch milliseconds (stored, doc values for
   * sorting): the earliest of its captures, which later versions do not change.
   */
  public static final String FIRST_CAPTURED = "first_captured";
  /** WARC file holding the capture. */
  public static final String WARC_FILE = "warc_file";
  /** Offset of the capture in its WARC file. */
  public static final String WARC_OFFSET = "warc_offset";
  /** Payload digest of the capture. */
  public static final String DIGEST = "digest";
  /** Where the publication date was read: markup, info line, body line, URL (stored). */
  public static final String DATE_SOURCE = "date_source";
  /** What was wrong with the page's bytes when it decoded with replacement characters (stored). */
  public static final String DECODING_NOTE = "decoding_note";

  /** Facet dimensions, in the order they are shown. */
  public static final List<String> FACET_DIMENSIONS =
      List.of(REGION, AGENCY_TYPE, AGENCY, BENEFICIARY, PORTAL, YEAR, MONTH, STATUS);

  /** Facet dimensions whose values are paths, separated by '/'. */
  public static final Set<String> HIERARCHICAL = Set.of(REGION);

  /** Analysed text (the title), stored, with positions for phrases. */
  public static final FieldType TEXT = TextField.TYPE_STORED;

  /**
   * The body: analysed text, stored, with positions and character offsets in the postings, so
   * snippets read where the query matched from the index instead of analysing every hit's text
   * again (two fifths of a search's CPU time under load). The offsets make the index about a
   * third larger (100,000 generated reports: 707 → 954 MB). In Solr terms: a text field with {@code storeOffsetsWithPositions="true"}.
   */
  public static final FieldType BODY_TEXT = bodyText();

  /**
   * The part of the field layout that searches rely on and that an older index lacks: the body's
   * offsets. Recorded with every commit as part of {@link ReportIndex#BUILD}.
   */
  public static final String LAYOUT = "body offsets/1";

  private final FacetsConfig facetsConfig;
  private final Analyzer analyzer;

  /** Builds the facet configuration and the analyzer. */
  public IndexSchema() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(PORTAL, false);
    config.setMultiValued(YEAR, false);
    config.setMultiValued(MONTH, false);
    config.setMultiValued(STATUS, false);
    config.setHierarchical(REGION, true);
    config.setMultiValued(REGION, true);
    config.setMultiValued(AGENCY_TYPE, true);
    config.setMultiValued(AGENCY, true);
    config.setMultiValued(BENEFICIARY, true);
    this.facetsConfig = config;
    this.analyzer = new ChineseAnalyzer();
  }

  private static FieldType bodyText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The single facet configuration, shared by writer and searcher. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyzer of every text field, at index and query time. */
  public Analyzer analyzer() {
    return analyzer;
  }
}
