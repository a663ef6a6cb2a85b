package org.reliefarchive.search;

import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;

/**
 * The source notes of statistical bulletins: "城镇就业人员、养老保险、失业保险数据来自县人社局；城乡低保、
 * 农村特困人员供养数据来自县民政局；空气…数据来自…". A note lists what the figures cover and who
 * supplied them; a word in it (特困人员, 民政局) says nothing about the subject, and a bulletin that
 * names 特困人员 only there reports nothing on them. The parser leaves out the occurrences of a
 * word in the body within {@link #LIST} characters before a marker of such a note: the list the
 * marker closes and, as the notes follow one another, the body named by the note before. A
 * quoted phrase is searched wherever it stands.
 */
final class CreditLines {
  /** What introduces the source of figures in a note, simplified: the bulletins' wording. */
  static final String NOTE = "数据来自";
  /**
   * The part of {@link #NOTE} searched for: 据来自, two bigrams where 数据来自 takes three (each
   * term is looked up in every segment for every word of a query).
   */
  static final String MARKER = NOTE.substring(1);
  /**
   * How far, in characters, a word may stand before a marker and still be in the list it
   * closes: a bulletin's list runs to four or five items (城镇新增就业、登记失业率、养老保险、失业保险、
   * 工伤保险数据来自市人社局), the first of a longer one stays a match.
   */
  static final int LIST = 20;

  private CreditLines() {}

  /** Whether {@code word} (simplified) is searched apart from notes: no part of a marker. */
  static boolean applies(String word) {
    return !word.isEmpty() && !NOTE.contains(word) && !word.contains(MARKER);
  }

  /**
   * The spans of {@code word} inside a note, for excluding them: the word followed by a marker
   * within {@link #LIST} characters.
   *
   * @param word the body spans of the word
   * @param marker the body spans of any marker
   */
  static SpanQuery inNotes(SpanQuery word, SpanQuery marker) {
    return new SpanNearQuery(new SpanQuery[] {word, marker}, LIST, true);
  }
}
