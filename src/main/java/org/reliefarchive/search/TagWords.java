package org.reliefarchive.search;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.reliefarchive.index.IndexSchema;

/**
 * Query words that name what a report is tagged with rather than what it says: a place (甘肃,
 * 宜春, 醴陵) also finds the reports whose region tags hold it, a year (2020年, 2022) the reports
 * published in it. A community report from 兰州 that never writes 甘肃 is still a report about
 * 甘肃; a Hong Kong report of 2020 rarely writes the year it was published in.
 *
 * <p>The queries are plain Lucene queries over indexed fields, needing no list of places: a
 * regular expression over the region field's path terms ({@code 甘肃省}, {@code 甘肃省/兰州市}),
 * matching a path whose last division is the word with or without an administrative ending,
 * and a range over the publication time. Thread-safe; the compiled expressions of the last few
 * thousand place words are kept, since compiling one costs more than running it.
 */
final class TagWords {
  /** Endings a division's name carries after its short form (甘肃省 → 甘肃, 醴陵市 → 醴陵). */
  private static final String ENDINGS = "特别行政区|自治区|自治州|自治县|自治旗|地区|新区|省|市|县|盟|旗|区";
  /** A year as typed: 2020, 2020年. */
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年?");
  /** A place as typed: two to eight Han characters (a short form is at least two). */
  private static final Pattern PLACE = Pattern.compile("\\p{IsHan}{2,8}");
  /** Report dates are Beijing time, as the year facet counts them. */
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Most place words whose compiled expression is kept. */
  private static final int KEPT_PLACES = 4096;
  /** Place word → its query over the region paths (a Lucene query is immutable). */
  private static final Map<String, Query> PLACES = new ConcurrentHashMap<>();

  private TagWords() {}

  /** Whether a query word (simplified) names a year: 2020, 2020年. */
  static boolean isYear(String word) {
    return YEAR.matcher(word).matches();
  }

  /**
   * The tag queries a query word (simplified, as searched) stands for: the reports tagged with
   * the region it names, or published in the year it names; empty for other words.
   */
  static List<Query> of(String word) {
    List<Query> out = new ArrayList<>();
    Matcher year = YEAR.matcher(word);
    if (year.matches()) {
      int y = Integer.parseInt(year.group(1));
      long from = LocalDate.of(y, 1, 1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
      long to = LocalDate.of(y + 1, 1, 1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
      out.add(LongPoint.newRangeQuery(IndexSchema.PUBLISHED, from, to - 1));
    } else if (PLACE.matcher(word).matches()) {
      // the word is the last division of a path: 甘肃省, 甘肃省/兰州市 for 兰州
      Query place = PLACES.get(word);
      if (place == null) {
        // Lucene's defaults but the rewrite, which finds the paths once per reader
        place = new RegexpQuery(new Term(IndexSchema.REGION,
            "(.*/)?" + word + "(" + ENDINGS + ")?"), RegExp.ALL, 0, RegexpQuery.DEFAULT_PROVIDER,
            Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, RegionPaths.REWRITE);
        if (PLACES.size() >= KEPT_PLACES) {
          PLACES.clear();
        }
        PLACES.put(word, place);
      }
      out.add(place);
    }
    return out;
  }
}
