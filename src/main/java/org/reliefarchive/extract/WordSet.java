package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of words looked for in a text in one pass over the text, by the words' first
 * characters, instead of one search of the text per word: what every line of a page is tried
 * against (markers, labels) costs about one look-up per character. Thread-safe.
 */
final class WordSet {
  private final List<String> words;
  /** First characters of the words, to pass over the other characters of a text quickly. */
  private final BitSet firsts = new BitSet();
  /** Positions in {@link #words} of the words starting with a character, in list order. */
  private final Map<Character, int[]> byFirst = new HashMap<>();
  /** Position of the first empty word (held by every text), or -1. */
  private final int empty;

  /** The words, in their order of precedence. */
  WordSet(List<String> words) {
    this.words = List.copyOf(words);
    Map<Character, List<Integer>> positions = new HashMap<>();
    int firstEmpty = -1;
    for (int k = 0; k < this.words.size(); k++) {
      String w = this.words.get(k);
      if (w.isEmpty()) {
        firstEmpty = firstEmpty < 0 ? k : firstEmpty;
        continue;
      }
      firsts.set(w.charAt(0));
      positions.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(k);
    }
    this.empty = firstEmpty;
    positions.forEach((c, ks) -> byFirst.put(c, ks.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** True when {@code text} holds one of the words. */
  boolean anyIn(String text) {
    if (empty >= 0) {
      return true;
    }
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (firsts.get(c)) {
        for (int k : byFirst.get(c)) {
          if (text.startsWith(words.get(k), i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The first word in order of precedence (not of place) that {@code text} holds, as
   * {@code contains} tried on each word in turn would find it; null when it holds none.
   */
  String firstIn(String text) {
    int best = empty < 0 ? Integer.MAX_VALUE : empty;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (firsts.get(c)) {
        for (int k : byFirst.get(c)) {
          if (k < best && text.startsWith(words.get(k), i)) {
            best = k;
          }
        }
      }
    }
    return best == Integer.MAX_VALUE ? null : words.get(best);
  }
}
