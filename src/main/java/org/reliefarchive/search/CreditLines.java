package org.reliefarchive.search;

import java.util.List;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;

/**
 * The source notes of statistical bulletins: "城镇就业人员、养老保险、失业保险数据来自县人社局；城乡低保、
 * 农村特困人员供养数据来自县民政局". A note lists what the figures cover and who supplied them; a word
 * in it (特困人员, 民政局) says nothing about the subject, and a bulletin that names 特困人员 only
 * there reports nothing on them. The parser leaves out the occurrences of a word in the body
 * within {@link #LIST} characters before a marker of such a note (the list it closes) or within
 * {@link #SOURCE} after one (the body named). A quoted phrase is searched wherever it stands.
 */
final class CreditLines {
  /**
   * What introduces the source of figures in a note, simplified: 据来自 of 数据来自, the bulletins'
   * wording, two bigrams where 数据来自 takes three (every term of it is looked up in every
   * segment for every word of every query).
   */
  static final List<String> MARKERS = List.of("据来自");
  /**
   * How far, in characters, a word may stand before a marker and still be in the list it
   * closes: a bulletin's list runs to four or five items (城镇新增就业、登记失业率、养老保险、失业保险、
   * 工伤保险数据来自市人社局), the first of a longer one stays a match.
   */
  static final int LIST = 20;
  /** How far after a marker the body named starts: 县, 市, 省, 国家 before 民政局 or 统计局. */
  static final int SOURCE = 4;

  private CreditLines() {}

  /** Whether {@code word} (simplified) is searched apart from notes: not a marker or in one. */
  static boolean applies(String word) {
    return !word.isEmpty() && MARKERS.stream()
        .noneMatch(m -> m.contains(word) || word.contains(m));
  }

  /**
   * The spans of {@code word} inside a note, for excluding them: the word followed by a marker
   * (the list), or a marker followed by the word (the source).
   *
   * @param word the body spans of the word
   * @param marker the body spans of any marker
   */
  static SpanQuery inNotes(SpanQuery word, SpanQuery marker) {
    return new SpanOrQuery(
        new SpanNearQuery(new SpanQuery[] {word, marker}, LIST, true),
        new SpanNearQuery(new SpanQuery[] {marker, word}, SOURCE, true));
  }
}
