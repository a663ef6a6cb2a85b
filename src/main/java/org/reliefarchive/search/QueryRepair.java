package org.reliefarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends the obvious slips of a typed query before it is parsed, so they are searched rather
 * than refused: an unclosed quote closes at the end of the query ({@code "残联} is
 * {@code "残联"}), unclosed parentheses close there too, a closing parenthesis without an
 * opening one is dropped, and so is an operator with nothing to join ({@code OR 残联} is
 * {@code 残联}; {@code 残联 AND}, {@code 残联 OR OR 疫情} and a lone {@code -} likewise). Anything
 * else is left as typed, for the parser to judge.
 */
final class QueryRepair {
  private static final Set<String> BINARY = Set.of("AND", "OR", "&&", "||");
  private static final Set<String> UNARY = Set.of("NOT", "!", "-", "+");

  private QueryRepair() {}

  /** The query with its obvious slips mended; the query itself when it has none. */
  static String repair(String query) {
    List<Token> tokens = tokens(query);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean dangling = false;
        if (t.binary()) {
          // nothing on its left, or nothing (or another operator) on its right
          dangling = before == null || before.open() || before.binary() || before.unary()
              || after == null || after.close() || after.binary();
        } else if (t.unary()) {
          dangling = after == null || after.close() || after.binary();
        }
        if (dangling) {
          tokens.remove(i);
          changed = true;
          break;
        }
      }
    }
    StringBuilder out = new StringBuilder(query.length() + 4);
    int depth = 0;
    for (Token t : tokens) {
      if (t.close()) {
        if (depth == 0) {
          continue;
        }
        depth--;
      } else if (t.open()) {
        depth++;
      }
      boolean first = out.length() == 0 || out.charAt(out.length() - 1) == '(';
      out.append(first ? "" : t.space).append(t.text);
    }
    Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    if (last != null && last.quoted && !last.closedQuote) {
      out.append('"');
    }
    out.append(")".repeat(depth));
    return out.toString();
  }

  /**
   * The query cut at white space and parentheses outside quotes; a quoted string, with what
   * sticks to it ({@code title:"…"~2}), is one token. A backslash is a character like any
   * other: the searcher escapes it before parsing.
   */
  private static List<Token> tokens(String q) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = q.length();
    while (i < n) {
      int start = i;
      while (i < n && Character.isWhitespace(q.charAt(i))) {
        i++;
      }
      String space = q.substring(start, i);
      if (i >= n) {
        break;
      }
      char c = q.charAt(i);
      if (c == '(' || c == ')') {
        tokens.add(new Token(space, String.valueOf(c), false, false));
        i++;
        continue;
      }
      int begin = i;
      boolean quoted = false;
      boolean closed = false;
      boolean inQuote = false;
      while (i < n) {
        char d = q.charAt(i);
        if (d == '"') {
          quoted = true;
          inQuote = !inQuote;
          closed = !inQuote;
        } else if (!inQuote && (Character.isWhitespace(d) || d == '(' || d == ')')) {
          break;
        }
        i++;
      }
      tokens.add(new Token(space, q.substring(begin, i), quoted, closed && !inQuote));
    }
    return tokens;
  }

  private record Token(String space, String text, boolean quoted, boolean closedQuote) {
    boolean binary() {
      return !quoted && BINARY.contains(text);
    }

    boolean unary() {
      return !quoted && UNARY.contains(text);
    }

    boolean open() {
      return !quoted && text.equals("(");
    }

    boolean close() {
      return !quoted && text.equals(")");
    }
  }
}
