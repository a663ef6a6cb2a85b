package org.reliefarchive.enrich;

import java.util.List;
import org.reliefarchive.config.Check;

/**
 * The one definition of the text a report is tagged on, which every mention offset points into:
 * the title, then for each paragraph a blank line and the paragraph. A report without paragraphs
 * is its title alone; one without a title starts with the blank line. The tagger, the index and
 * every page that marks mentions read offsets through this class.
 */
public final class TaggedText {
  /** What separates the title from the first paragraph and one paragraph from the next. */
  public static final String SEPARATOR = "\n\n";

  private TaggedText() {}

  /** The tagged text of a report with {@code title} (null for none) and {@code paragraphs}. */
  public static String of(String title, List<String> paragraphs) {
    Check.notNull("paragraphs", paragraphs);
    StringBuilder sb = new StringBuilder(title == null ? "" : title);
    for (String p : paragraphs) {
      sb.append(SEPARATOR).append(p);
    }
    return sb.toString();
  }

  /**
   * Where each paragraph starts in {@link #of(String, List)}: the offset of its first character.
   */
  public static int[] paragraphStarts(String title, List<String> paragraphs) {
    Check.notNull("paragraphs", paragraphs);
    int[] starts = new int[paragraphs.size()];
    int at = title == null ? 0 : title.length();
    for (int i = 0; i < starts.length; i++) {
      at += SEPARATOR.length();
      starts[i] = at;
      at += paragraphs.get(i).length();
    }
    return starts;
  }

  /** Length of the title part: mentions before it are in the title. */
  public static int titleEnd(String title) {
    return title == null ? 0 : title.length();
  }
}
