package org.reliefarchive.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reliefarchive.search.QueryWords;

/**
 * Rankings without the search engine, for pooling candidates to judge and as a baseline: the
 * query's words (split and mapped 繁→简 as the parser does) counted as plain strings in each
 * report's simplified title and text.
 */
public final class PlainRankings {
  private PlainRankings() {}

  /** The words of a query, without operators, quotes or field prefixes. */
  public static List<String> words(String query) {
    String plain = query.replaceAll("\\b(AND|OR|NOT)\\b", " ").replaceAll("(title|body):", " ")
        .replaceAll("[\"()+\\-~^*?]", " ");
    return QueryWords.simplifiedWords(plain);
  }

  /**
   * The reports that contain every word, most occurrences first (title occurrences count
   * twice), at most {@code n}.
   */
  public static List<String> allWords(List<SearchCorpus.Report> reports, String query, int n) {
    List<String> words = words(query);
    return rank(reports, words, n, true);
  }

  /**
   * The reports that contain any word, the most distinct words first, then the most
   * occurrences, at most {@code n}.
   */
  public static List<String> anyWord(List<SearchCorpus.Report> reports, String query, int n) {
    return rank(reports, words(query), n, false);
  }

  private static List<String> rank(List<SearchCorpus.Report> reports, List<String> words, int n,
      boolean all) {
    record Scored(String key, int distinct, int count) {}
    List<Scored> scored = new ArrayList<>();
    for (SearchCorpus.Report r : reports) {
      String text = r.simplified();
      String title = text.substring(0, text.indexOf('\n'));
      int distinct = 0;
      int count = 0;
      for (String w : words) {
        int c = occurrences(text, w) + occurrences(title, w);
        if (c > 0) {
          distinct++;
          count += c;
        }
      }
      if (distinct > 0 && (!all || distinct == words.size())) {
        scored.add(new Scored(r.key(), distinct, count));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distinct).reversed()
            .thenComparing(Comparator.comparingInt(Scored::count).reversed())
            .thenComparing(Scored::key))
        .limit(n).map(Scored::key).toList();
  }

  /** Non-overlapping occurrences of {@code word} in {@code text}. */
  static int occurrences(String text, String word) {
    if (word.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }
}
