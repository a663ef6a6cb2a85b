package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multi-pattern matcher (Aho–Corasick): finds every occurrence of any of its patterns in one
 * pass over a text, in time linear in the text length plus the number of hits. Built once, then
 * immutable and safe to share between threads. Transitions live in one open-addressing table of
 * longs, each holding (state, char) and the target state, so a step costs one memory access: with
 * tens of thousands of place names the table is a few MB, and memory, not arithmetic, is what a
 * step costs. The root's transitions are a plain array indexed by char.
 */
public final class AhoCorasick {
  /** Bits of a packed entry that hold the target state. */
  private static final int TARGET_BITS = 24;
  private static final long TARGET_MASK = (1L << TARGET_BITS) - 1;
  private static final long EMPTY = -1L;

  private final long[] table;
  private final int[] root;
  private final int mask;
  private final int[] fail;
  private final int[] patternAt;
  private final int[] outLink;
  private final int[] lengths;

  /** Receives one hit: the pattern {@code pattern} occupies {@code [start, end)} of the text. */
  @FunctionalInterface
  public interface Hit {
    /** Called for each hit, in order of end offset. */
    void hit(int start, int end, int pattern);
  }

  /** A hit kept as a value: pattern index and its span. */
  public record Match(int start, int end, int pattern) {
    /** The number of characters matched. */
    public int length() {
      return end - start;
    }
  }

  /**
   * Builds the automaton.
   *
   * @param patterns the patterns; a pattern's index in this list is the id hits report; empty
   *     patterns and repeats are never reported (a repeat reports the first index)
   */
  public AhoCorasick(List<String> patterns) {
    Map<Long, Integer> go = new HashMap<>();
    List<Integer> firstChild = new ArrayList<>();
    List<Integer> nextSibling = new ArrayList<>();
    List<Character> charOf = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    firstChild.add(-1);
    nextSibling.add(-1);
    charOf.add('\0');
    ends.add(-1);
    lengths = new int[patterns.size()];
    for (int p = 0; p < patterns.size(); p++) {
      String s = patterns.get(p);
      lengths[p] = s.length();
      if (s.isEmpty()) {
        continue;
      }
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        Integer next = go.get(key(state, c));
        if (next == null) {
          next = charOf.size();
          go.put(key(state, c), next);
          charOf.add(c);
          firstChild.add(-1);
          ends.add(-1);
          nextSibling.add(firstChild.get(state));
          firstChild.set(state, next);
        }
        state = next;
      }
      if (ends.get(state) < 0) {
        ends.set(state, p);
      }
    }
    int n = charOf.size();
    patternAt = ends.stream().mapToInt(Integer::intValue).toArray();
    fail = new int[n];
    outLink = new int[n];
    // breadth-first, so a state's failure target is always computed before the state
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int c = firstChild.get(0); c >= 0; c = nextSibling.get(c)) {
      queue[tail++] = c;
    }
    while (head < tail) {
      int s = queue[head++];
      for (int c = firstChild.get(s); c >= 0; c = nextSibling.get(c)) {
        char ch = charOf.get(c);
        int f = fail[s];
        Integer t = go.get(key(f, ch));
        while (t == null && f != 0) {
          f = fail[f];
          t = go.get(key(f, ch));
        }
        fail[c] = t == null || t == c ? 0 : t;
        outLink[c] = patternAt[fail[c]] >= 0 ? fail[c] : outLink[fail[c]];
        queue[tail++] = c;
      }
    }
    if (n > TARGET_MASK) {
      throw new IllegalArgumentException("too many patterns: " + n + " states");
    }
    int size = Integer.highestOneBit(Math.max(4, go.size() * 2 + 1) - 1) << 1;
    table = new long[size];
    Arrays.fill(table, EMPTY);
    mask = size - 1;
    root = new int[Character.MAX_VALUE + 1];
    Arrays.fill(root, -1);
    for (Map.Entry<Long, Integer> e : go.entrySet()) {
      long k = e.getKey();
      if ((k >>> 16) == 0) {
        root[(int) k] = e.getValue();
        continue;
      }
      int slot = slot(k);
      while (table[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      table[slot] = (k << TARGET_BITS) | e.getValue();
    }
  }

  /** Reports every occurrence of every pattern in {@code text}, overlapping ones included. */
  public void forEach(CharSequence text, Hit hit) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int next = next(state, c);
      while (next < 0 && state != 0) {
        state = fail[state];
        next = next(state, c);
      }
      state = next < 0 ? 0 : next;
      for (int s = patternAt[state] >= 0 ? state : outLink[state]; s > 0; s = outLink[s]) {
        int p = patternAt[s];
        hit.hit(i + 1 - lengths[p], i + 1, p);
      }
    }
  }

  /** Every occurrence, overlapping ones included, ordered by start and then longest first. */
  public List<Match> findAll(CharSequence text) {
    List<Match> all = new ArrayList<>();
    forEach(text, (start, end, p) -> all.add(new Match(start, end, p)));
    all.sort(Comparator.comparingInt(Match::start).thenComparing(Match::end,
        Comparator.reverseOrder()));
    return all;
  }

  /**
   * The leftmost-longest occurrences that do not overlap: scanning left to right, at each place
   * the longest pattern starting there wins, and hits inside it are skipped.
   */
  public List<Match> findLongest(CharSequence text) {
    List<Match> kept = new ArrayList<>();
    int covered = 0;
    for (Match m : findAll(text)) {
      if (m.start() >= covered) {
        kept.add(m);
        covered = m.end();
      }
    }
    return kept;
  }

  private int next(int state, char c) {
    if (state == 0) {
      return root[c];
    }
    long k = key(state, c);
    for (int slot = slot(k); ; slot = (slot + 1) & mask) {
      long stored = table[slot];
      if (stored == EMPTY) {
        return -1;
      }
      if ((stored >>> TARGET_BITS) == k) {
        return (int) (stored & TARGET_MASK);
      }
    }
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }
}
