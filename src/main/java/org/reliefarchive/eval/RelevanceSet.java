package org.reliefarchive.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A judged set of search queries: {@code queries.tsv} (id, split, query, what the asker wants)
 * and {@code judgements.tsv} (query id, report key, grade 0/1/2) in one folder. Lines starting
 * with {@code #} and blank lines are comments. A report not judged for a query counts as not
 * relevant.
 */
public final class RelevanceSet {
  /** The grade of a report that answers the question squarely. */
  public static final int HIGHLY_RELEVANT = 2;

  private final List<Query> queries;

  /**
   * One judged query.
   *
   * @param id short id, e.g. "q07"
   * @param split "dev" (tuned on) or "test" (reported)
   * @param text the query as a user types it
   * @param need what the asker wants, in words: the grading rule for this query
   * @param grades report key → grade (0 not relevant, 1 partly, 2 squarely)
   */
  public record Query(String id, String split, String text, String need,
      Map<String, Integer> grades) {
    /** Copies the grades. */
    public Query {
      grades = Map.copyOf(grades);
    }
  }

  private RelevanceSet(List<Query> queries) {
    this.queries = List.copyOf(queries);
  }

  /**
   * Reads the set in {@code dir}.
   *
   * @throws IllegalStateException naming the file and line when a line is malformed, a split is
   *     neither dev nor test, a grade is not 0, 1 or 2, an id repeats or a judgement names an
   *     unknown query
   * @throws UncheckedIOException when a file cannot be read
   */
  public static RelevanceSet read(Path dir) {
    Map<String, String[]> q = new LinkedHashMap<>();
    Path queriesFile = dir.resolve("queries.tsv");
    for (Line l : lines(queriesFile)) {
      String[] f = l.fields();
      if (f.length < 3) {
        throw l.error("needs id, split, query and need separated by tabs");
      }
      if (!f[1].equals(CorpusPages.DEV) && !f[1].equals(CorpusPages.TEST)) {
        throw l.error("split is '" + f[1] + "'; allowed: dev, test");
      }
      if (q.put(f[0], f) != null) {
        throw l.error("query id " + f[0] + " repeats");
      }
    }
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    q.keySet().forEach(id -> grades.put(id, new LinkedHashMap<>()));
    Set<String> seen = new HashSet<>();
    for (Line l : lines(dir.resolve("judgements.tsv"))) {
      String[] f = l.fields();
      if (f.length < 3) {
        throw l.error("needs query id, report key and grade separated by tabs");
      }
      if (!grades.containsKey(f[0])) {
        throw l.error("unknown query id " + f[0]);
      }
      if (!f[2].matches("[012]")) {
        throw l.error("grade is '" + f[2] + "'; allowed: 0, 1, 2");
      }
      if (!seen.add(f[0] + "\t" + f[1])) {
        throw l.error("report " + f[1] + " is judged twice for " + f[0]);
      }
      grades.get(f[0]).put(f[1], Integer.parseInt(f[2]));
    }
    List<Query> out = new ArrayList<>();
    q.forEach((id, f) -> out.add(new Query(id, f[1], f[2], f.length > 3 ? f[3] : "",
        grades.get(id))));
    return new RelevanceSet(out);
  }

  /** The queries in file order. */
  public List<Query> queries() {
    return queries;
  }

  /** The queries of one split. */
  public List<Query> split(String split) {
    return queries.stream().filter(x -> x.split().equals(split)).toList();
  }

  private record Line(Path file, int number, String text) {
    String[] fields() {
      return text.split("\t");
    }

    IllegalStateException error(String what) {
      return new IllegalStateException(file + " line " + number + ": " + what + ": " + text);
    }
  }

  private static List<Line> lines(Path file) {
    List<String> all;
    try {
      all = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String s = all.get(i).strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        // a trailing "# reason" is a comment
        int hash = s.indexOf("\t#");
        out.add(new Line(file, i + 1, hash >= 0 ? s.substring(0, hash).strip() : s));
      }
    }
    return out;
  }
}
