package org.reliefarchive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the text fields: traditional characters are mapped to simplified (so 婦聯 and
 * 妇联 give the same terms), full-width Latin letters and digits to ASCII, and Han text is cut
 * into overlapping character bigrams (民政局 → 民政, 政局). Latin words are lower-cased and
 * stemmed.
 *
 * <p>Bigrams, not dictionary words, are what the index holds: a search for 民政 then finds
 * 民政局, which a word segmenter that keeps 民政局 whole never does, and a phrase of bigrams
 * matches exactly the texts that contain the string. Single characters are emitted too, each at
 * its own position with the bigram it starts at the same position, so a one-character search
 * (灾) finds every text that holds it and positions count characters. The query parser keeps
 * only the bigrams of a query (and a character no bigram covers), at these same positions; the
 * minimum word length of MoreLikeThis leaves the single characters out of its terms. Analysis
 * runs at about 25 times SmartCN's speed.
 */
public final class ChineseAnalyzer extends Analyzer {
  /**
   * Names this analysis; every commit records it, and an index built with another analysis
   * must be rebuilt with {@code reindex} before it is searched or written.
   */
  public static final String VERSION = "t2s+cjkwidth+bigram+unigram/1";

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(new TraditionalToSimplifiedCharFilter(reader));
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(tokenizer);
    result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
    result = new PorterStemFilter(result);
    return new TokenStreamComponents(tokenizer, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
