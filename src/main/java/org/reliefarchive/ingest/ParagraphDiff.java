package org.reliefarchive.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A short, paragraph-level account of how a new version of a report differs from the previous
 * one: paragraphs edited, added and removed, whether the title changed, and the start of the
 * first new paragraph.
 */
final class ParagraphDiff {
  private static final int QUOTE = 60;

  private ParagraphDiff() {}

  /** A stable hash of one paragraph, for comparing versions without keeping their text. */
  static long hash(String paragraph) {
    long h = 1125899906842597L;
    for (int i = 0; i < paragraph.length(); i++) {
      h = 31 * h + paragraph.charAt(i);
    }
    return h;
  }

  static List<Long> hashes(List<String> paragraphs) {
    List<Long> out = new ArrayList<>(paragraphs.size());
    paragraphs.forEach(p -> out.add(hash(p)));
    return out;
  }

  /**
   * Describes the change.
   *
   * @param before paragraph hashes of the previous version, or null when unknown
   * @param after paragraphs of the new version
   * @param titleChanged whether the title differs
   */
  static String summary(List<Long> before, List<String> after, boolean titleChanged) {
    if (before == null) {
      return titleChanged ? "text and title changed" : "text changed";
    }
    Map<Long, Integer> old = new HashMap<>();
    before.forEach(h -> old.merge(h, 1, Integer::sum));
    int added = 0;
    String firstAdded = null;
    for (String p : after) {
      long h = hash(p);
      Integer n = old.get(h);
      if (n != null && n > 0) {
        old.put(h, n - 1);
      } else {
        added++;
        if (firstAdded == null) {
          firstAdded = p;
        }
      }
    }
    int removed = old.values().stream().mapToInt(Integer::intValue).sum();
    int edited = Math.min(added, removed);
    added -= edited;
    removed -= edited;
    List<String> parts = new ArrayList<>();
    if (edited > 0) {
      parts.add(edited + (edited == 1 ? " paragraph" : " paragraphs") + " edited");
    }
    if (added > 0) {
      parts.add(added + (added == 1 ? " paragraph" : " paragraphs") + " added");
    }
    if (removed > 0) {
      parts.add(removed + (removed == 1 ? " paragraph" : " paragraphs") + " removed");
    }
    if (parts.isEmpty() && !titleChanged) {
      parts.add("paragraphs reordered");
    }
    if (titleChanged) {
      parts.add("title changed");
    }
    String s = String.join(", ", parts);
    if (firstAdded != null) {
      String quote = firstAdded.length() > QUOTE ? firstAdded.substring(0, QUOTE) + "…"
          : firstAdded;
      s += "; new text: «" + quote + "»";
    }
    return s;
  }
}
