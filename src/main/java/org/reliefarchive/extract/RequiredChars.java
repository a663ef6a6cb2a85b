package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The characters of which every match of a regular expression holds at least one, read from the
 * expression, so that a text holding none of them is known not to match without running it
 * (未经授权不得转载 needs 未; a notice pattern of {@code boilerplate.yaml} is tried on every line of
 * a page, and most lines hold none of its words). Only plain expressions are read: literals,
 * groups and lookarounds, alternatives, simple character classes, {@code .}, anchors and
 * quantifiers; anything else (an escape, a range, an inline flag, a named group, case folding
 * beyond ASCII) gives no characters, and the expression is then always run.
 */
final class RequiredChars {
  private final String regex;
  private int at;

  private RequiredChars(String regex) {
    this.regex = regex;
  }

  /**
   * Characters one of which every match of {@code p} holds, or null when the expression is not
   * plain enough to tell (or when a match may hold none, as {@code a?} or {@code .*}).
   */
  static String of(Pattern p) {
    int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.UNICODE_CASE
        | Pattern.CANON_EQ;
    if ((p.flags() & unsupported) != 0) {
      return null;
    }
    String set;
    try {
      RequiredChars reader = new RequiredChars(p.pattern());
      set = reader.alternatives();
      if (reader.at != reader.regex.length()) {
        return null;
      }
    } catch (Unsupported e) {
      return null;
    }
    return set == null ? null : folded(set, p);
  }

  /**
   * Sets of characters of each of which every match of {@code p} holds one: for an expression
   * without alternatives at its top, one set for every item that must occur (未 and 经經 of
   * 未[经經]), so a text must hold one character of each; otherwise the one set of {@link #of}.
   * Empty when nothing is known.
   */
  static List<String> allOf(Pattern p) {
    String one = of(p);
    if (one == null) {
      return List.of();
    }
    RequiredChars reader = new RequiredChars(p.pattern());
    List<String> sets = new ArrayList<>();
    try {
      while (reader.at < reader.regex.length() && reader.regex.charAt(reader.at) != '|') {
        String item = reader.item();
        if (!reader.optionalFollows() && item != null) {
          sets.add(folded(item, p));
        }
      }
    } catch (Unsupported e) {
      return List.of(one);
    }
    return reader.at == reader.regex.length() && !sets.isEmpty() ? List.copyOf(sets)
        : List.of(one);
  }

  /** {@code set} with the other case of its ASCII letters when {@code p} ignores case. */
  private static String folded(String set, Pattern p) {
    if ((p.flags() & Pattern.CASE_INSENSITIVE) == 0) {
      return set;
    }
    StringBuilder folded = new StringBuilder(set);
    for (char c : set.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        folded.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z') {
        folded.append((char) (c + 32));
      }
    }
    return folded.toString();
  }

  /** True when {@code text} holds one of {@code chars}. */
  static boolean holdsAny(String text, String chars) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A part of an expression this reader does not read. */
  private static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Alternatives up to ')' or the end: the union of theirs, or null when one has none. */
  private String alternatives() throws Unsupported {
    List<String> sets = new ArrayList<>();
    sets.add(sequence());
    while (at < regex.length() && regex.charAt(at) == '|') {
      at++;
      sets.add(sequence());
    }
    StringBuilder union = new StringBuilder();
    for (String s : sets) {
      if (s == null) {
        return null;
      }
      union.append(s);
    }
    return union.toString();
  }

  /** Items up to '|', ')' or the end: the smallest set an item that must occur requires. */
  private String sequence() throws Unsupported {
    String best = null;
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      String item = item();
      if (optionalFollows()) {
        item = null;
      }
      if (item != null && (best == null || item.length() < best.length())) {
        best = item;
      }
    }
    return best;
  }

  /** One item: its required characters, or null when it requires none. */
  private String item() throws Unsupported {
    char c = regex.charAt(at);
    // a class of digits, spaces or word letters (\d, \s, \w and their negations) lists
    // no character a match must hold; other escapes are not read
    if (c == '\\' && at + 1 < regex.length() && "dDsSwW".indexOf(regex.charAt(at + 1)) >= 0) {
      at += 2;
      return null;
    }
    switch (c) {
      case '\\', '{', '}', ']', '?', '*', '+':
        throw new Unsupported();
      case '.', '^', '$':
        at++;
        return null;
      case '[':
        return charClass();
      case '(':
        return group();
      default:
        at++;
        return String.valueOf(c);
    }
  }

  /** A class of listed characters ([经經]); negations, ranges and nesting are not read. */
  private String charClass() throws Unsupported {
    int end = regex.indexOf(']', at + 1);
    if (end < 0 || end == at + 1) {
      throw new Unsupported();
    }
    String members = regex.substring(at + 1, end);
    if (members.startsWith("^") || members.contains("-") || members.contains("[")
        || members.contains("&&") || members.contains("\\")) {
      throw new Unsupported();
    }
    at = end + 1;
    return members;
  }

  /** A group: its alternatives; a lookaround requires nothing of the match itself. */
  private String group() throws Unsupported {
    at++;
    boolean lookaround = false;
    if (regex.startsWith("?:", at)) {
      at += 2;
    } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
      at += 2;
      lookaround = true;
    } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
      at += 3;
      lookaround = true;
    } else if (regex.startsWith("?", at)) {
      throw new Unsupported(); // inline flags, named and atomic groups
    }
    String set = alternatives();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw new Unsupported();
    }
    at++;
    return lookaround ? null : set;
  }

  /**
   * Reads a quantifier after an item, if any; true when it lets the item occur no time
   * ({@code ?}, {@code *}, {@code {0,n}}).
   */
  private boolean optionalFollows() throws Unsupported {
    if (at >= regex.length()) {
      return false;
    }
    char c = regex.charAt(at);
    boolean optional;
    if (c == '?' || c == '*') {
      at++;
      optional = true;
    } else if (c == '+') {
      at++;
      optional = false;
    } else if (c == '{') {
      int end = regex.indexOf('}', at);
      if (end < 0) {
        throw new Unsupported();
      }
      String bounds = regex.substring(at + 1, end);
      String min = bounds.contains(",") ? bounds.substring(0, bounds.indexOf(',')) : bounds;
      if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
        throw new Unsupported();
      }
      at = end + 1;
      optional = min.chars().allMatch(d -> d == '0');
    } else {
      return false;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++; // reluctant or possessive
    }
    return optional;
  }
}
