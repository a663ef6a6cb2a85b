package org.reliefarchive.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.reliefarchive.config.ConfigException;

/**
 * Relief-work vocabulary applied to query words: groups of words a domain reader takes for one
 * another (残疾人, 残障人士; 低保, 最低生活保障), read from a file in Solr's synonym format by
 * Lucene's {@link SolrSynonymParser} and applied by {@link SynonymGraphFilter}. Both sides are
 * cut into words the way a query is ({@link QueryWords}, in simplified characters), so a group
 * entry of several words (最低生活保障 → 最低 | 生活 | 保障) matches the same words typed in a
 * query. Immutable and thread-safe.
 */
public final class QuerySynonyms {
  private static final QuerySynonyms NONE = new QuerySynonyms(null, 0);

  private final SynonymMap map;
  private final int groups;

  /**
   * A run of query words and what else may stand for it.
   *
   * @param from index of its first word
   * @param to index after its last word
   * @param expansions other words for the run, each as the text of one string (simplified), in
   *     file order; empty when the run has none
   */
  public record Segment(int from, int to, List<String> expansions) {
    /** Copies the list. */
    public Segment {
      expansions = List.copyOf(expansions);
    }
  }

  private QuerySynonyms(SynonymMap map, int groups) {
    this.map = map;
    this.groups = groups;
  }

  /** No synonyms: every query word stands for itself. */
  public static QuerySynonyms none() {
    return NONE;
  }

  /**
   * Reads a synonym file in Solr's format ({@code a, b, c} for words that stand for one another,
   * {@code a => b} for a one-way mapping, {@code #} comments), in simplified or traditional
   * characters.
   *
   * @throws ConfigException naming the file and the line when the file cannot be read or parsed
   */
  public static QuerySynonyms load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read the synonym file: " + e.getMessage(), e);
    }
    try {
      return parse(text);
    } catch (java.text.ParseException e) {
      throw new ConfigException(file, "line " + e.getErrorOffset() + ": " + e.getMessage()
          + " (Solr synonym format: 'a, b, c' or 'a => b')", e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file, e.getMessage(), e);
    }
  }

  /**
   * Parses synonym text in Solr's format.
   *
   * @throws java.text.ParseException when a line is not in the format, with its line number
   */
  public static QuerySynonyms parse(String text) throws java.text.ParseException {
    try (Analyzer words = new QueryWordAnalyzer()) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, words);
      parser.parse(new StringReader(text));
      SynonymMap map = parser.build();
      long lines = text.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
      return map.fst == null ? NONE : new QuerySynonyms(map, (int) lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether no group is defined. */
  public boolean isEmpty() {
    return map == null;
  }

  /** How many groups (non-comment lines) the file defines. */
  public int groups() {
    return groups;
  }

  /**
   * Cuts {@code words} (simplified query words, in order) into runs, each with the other words a
   * group gives for it: [残障, 人士, 防疫] → [残障 人士 → 残疾人 …], [防疫 → 疫情防控 …]. The runs
   * cover every word once, in order; a word no group names is a run of its own without
   * expansions.
   */
  public List<Segment> expand(List<String> words) {
    List<Segment> out = new ArrayList<>();
    if (map == null || words.isEmpty()) {
      for (int i = 0; i < words.size(); i++) {
        out.add(new Segment(i, i + 1, List.of()));
      }
      return out;
    }
    // the graph SynonymGraphFilter makes of the words: an edge per token, nodes are positions
    List<Edge> edges = new ArrayList<>();
    String joined = String.join(" ", words);
    try (Tokenizer ws = new WhitespaceTokenizer();
        TokenStream ts = new SynonymGraphFilter(ws, map, false)) {
      ws.setReader(new StringReader(joined));
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        // a one-way entry that lists the word itself (救援 => 救援, 搜救) gives it back as a
        // synonym: it is still the user's word
        String text = term.toString();
        boolean original = !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())
            || text.equals(joined.substring(offset.startOffset(), offset.endOffset()));
        edges.add(new Edge(pos, pos + len.getPositionLength(), text, original,
            offset.startOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the word each original token is: offsets in the joined text
    Map<Integer, Integer> wordAt = new HashMap<>();
    int at = 0;
    for (int i = 0; i < words.size(); i++) {
      wordAt.put(at, i);
      at += words.get(i).length() + 1;
    }
    int last = edges.stream().mapToInt(Edge::to).max().orElse(0);
    // a node is a boundary when no edge passes over it
    boolean[] inside = new boolean[last + 1];
    for (Edge e : edges) {
      for (int n = e.from() + 1; n < e.to(); n++) {
        inside[n] = true;
      }
    }
    int start = 0;
    for (int node = 1; node <= last; node++) {
      if (inside[node]) {
        continue;
      }
      int a = start;
      int b = node;
      List<Edge> own = edges.stream()
          .filter(e -> e.original() && e.from() >= a && e.to() <= b).toList();
      if (!own.isEmpty()) {
        int first = wordAt.getOrDefault(own.get(0).offset(), 0);
        int end = wordAt.getOrDefault(own.get(own.size() - 1).offset(), first) + 1;
        Set<String> alternatives = new LinkedHashSet<>();
        String ownText = String.join("", words.subList(first, end));
        paths(edges, a, b, "", false, alternatives);
        alternatives.remove(ownText);
        out.add(new Segment(first, end, new ArrayList<>(alternatives)));
      }
      start = node;
    }
    return out;
  }

  /** Every path of edges from node {@code at} to {@code end} using a synonym edge, as text. */
  private static void paths(List<Edge> edges, int at, int end, String prefix, boolean synonym,
      Set<String> out) {
    if (at == end) {
      if (synonym) {
        out.add(prefix);
      }
      return;
    }
    for (Edge e : edges) {
      if (e.from() == at && e.to() <= end) {
        paths(edges, e.to(), end, prefix + e.term(), synonym || !e.original(), out);
      }
    }
  }

  private record Edge(int from, int to, String term, boolean original, int offset) {}

  /** Cuts a synonym entry into simplified words, as a query's text is cut. */
  private static final class QueryWordAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new QueryWordTokenizer());
    }
  }

  /** Emits the words {@link QueryWords} finds in its whole input. */
  private static final class QueryWordTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private List<String> words;
    private int next;
    private int end;

    @Override
    public void reset() throws IOException {
      super.reset();
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[256];
      Reader r = input;
      for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
        sb.append(buf, 0, n);
      }
      words = QueryWords.simplifiedWords(sb.toString());
      end = sb.length();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= words.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(words.get(next++));
      offset.setOffset(0, end);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(end, end);
    }
  }
}
