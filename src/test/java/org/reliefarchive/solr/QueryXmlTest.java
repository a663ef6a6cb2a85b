package org.reliefarchive.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.xml.CoreParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.DetachedSearch;
import org.reliefarchive.search.QuerySynonyms;

/**
 * A compiled query written as XML and read back by Lucene's XML query parser (the parser
 * Solr's {@code {!xmlparser}} runs) matches exactly the texts the compiled query matches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryXmlTest {
  private static final List<String> TEXTS = List.of(
      "醴陵市民政局为困难群众发放救助金",
      "县人民政府召开疫情防控会议",
      "甘肃省残联走访慰问残疾人家庭",
      "錦江區婦聯主席帶隊慰問留守兒童",
      "民政部门与人民政府共同救助困难群众",
      "志愿者在社区服务，核酸检测有序进行",
      "新冠covid疫情期间捐赠物资",
      "困难，提供帮助");

  private final IndexSchema schema = new IndexSchema();
  private ByteBuffersDirectory dir;
  private DirectoryReader reader;
  private DetachedSearch compiler;

  @BeforeAll
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
      for (int i = 0; i < TEXTS.size(); i++) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.ID, String.valueOf(i), Field.Store.YES));
        d.add(new Field(IndexSchema.TITLE, "", IndexSchema.TEXT));
        d.add(new Field(IndexSchema.BODY, TEXTS.get(i), IndexSchema.TEXT));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
    compiler = new DetachedSearch(schema, QuerySynonyms.none());
  }

  @AfterAll
  void close() throws IOException {
    compiler.close();
    reader.close();
    dir.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"民政", "人民政府", "民政 -疫情", "婦聯", "\"困难群众\"",
      "困难提供", "\"困难，提供\"", "残联 OR 妇联", "救助 NOT 民政局", "(核酸 OR 物资) 疫情",
      "covid 疫情", "\"新冠covid疫情\"", "title:民政", "灾", "\"救助困难\"~2"})
  void xmlMatchesWhatTheCompiledQueryMatches(String text) throws Exception {
    Query compiled = compiler.parse(text);
    String xml = QueryXml.of(compiled);
    Query read = new CoreParser(IndexSchema.BODY, schema.analyzer())
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(matches(read)).as(xml).isEqualTo(matches(compiled));
  }

  @ParameterizedTest
  @ValueSource(strings = {"兰州 关爱", "甘肃 关爱", "2020年 关爱", "2021 关爱", "安宁 2020"})
  void placeAndYearWordsMatchTheSameTaggedReports(String text) throws Exception {
    // the 齿轮厂社区 report: tagged 甘肃省/兰州市/安宁区, published 2020-03-15, never naming either
    try (ByteBuffersDirectory tagged = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(tagged, new IndexWriterConfig(schema.analyzer()))) {
        for (String id : List.of("lanzhou", "elsewhere")) {
          Document d = new Document();
          d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
          d.add(new Field(IndexSchema.TITLE, "", IndexSchema.TEXT));
          d.add(new Field(IndexSchema.BODY, "社区工作人员关爱独居老人", IndexSchema.TEXT));
          if (id.equals("lanzhou")) {
            for (String path : List.of("甘肃省", "甘肃省/兰州市", "甘肃省/兰州市/安宁区")) {
              d.add(new StringField(IndexSchema.REGION, path, Field.Store.NO));
            }
            d.add(new LongPoint(IndexSchema.PUBLISHED, 1584238380000L));
          }
          w.addDocument(d);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(tagged)) {
        Query compiled = compiler.parse(text);
        String xml = QueryXml.of(compiled);
        Query read = new CoreParser(IndexSchema.BODY, schema.analyzer())
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        IndexSearcher s = new IndexSearcher(r);
        assertThat(s.count(read)).as(xml).isEqualTo(s.count(compiled))
            .isEqualTo(text.contains("2021") ? 0 : 1);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"民政", "人民政府 OR 民政局", "残联"})
  void someTextsMatch(String text) throws IOException {
    assertThat(matches(compiler.parse(text))).isNotEmpty();
  }

  private Set<String> matches(Query q) throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
      ids.add(s.storedFields().document(sd.doc).get(IndexSchema.ID));
    }
    return ids;
  }
}
