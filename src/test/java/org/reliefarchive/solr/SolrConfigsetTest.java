package org.reliefarchive.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.ChineseAnalyzer;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.index.ReportMirror;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset in the jar analyses text as the embedded index does, its mapping file is the
 * embedded character map, and its schema declares every field a report's document carries.
 */
class SolrConfigsetTest {
  private static final List<String> TEXTS = List.of(
      "甘肃省残联救助困难群众，醴陵市民政局发放物资。",
      "錦江區婦聯主席唐海燕帶隊慰問留守兒童與殘疾人家庭",
      "ＣＯＶＩＤ－１９疫情防控 volunteers helped 120 families; 核酸检测2021年",
      "「抗疫」志願者們在社區服務，捐贈口罩10萬隻",
      "カタカナ ひらがな 한국어 mixed 民政局Relief Workers");

  @Test
  void mappingFileIsTheEmbeddedCharacterMap() {
    String shipped = new String(SolrConfigset.files().get(SolrConfigset.MAPPING_FILE),
        StandardCharsets.UTF_8);
    assertThat(shipped)
        .as("run `relief-archive solr-setup --write-configset src/main/resources/solr/"
            + "configset` after changing the character map")
        .isEqualTo(SolrConfigset.charMapping());
    assertThat(shipped).contains("\"婦\" => \"妇\"", "\"聯\" => \"联\"", "\"殘\" => \"残\"");
  }

  @Test
  void schemaAnalysisGivesTheEmbeddedTokens(@TempDir Path dir) throws Exception {
    for (Map.Entry<String, byte[]> f : SolrConfigset.files().entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    try (Analyzer solr = schemaAnalyzer(dir); Analyzer ours = new ChineseAnalyzer()) {
      for (String text : TEXTS) {
        assertThat(tokens(solr, text)).as(text).isEqualTo(tokens(ours, text)).isNotEmpty();
      }
    }
  }

  @Test
  void schemaDeclaresEveryFieldOfAReport() throws Exception {
    List<Document> written = new ArrayList<>();
    ReportMirror capture = new ReportMirror() {
      @Override
      public void upsert(Document document) {
        written.add(document);
      }

      @Override
      public void commit() {}

      @Override
      public void deleteAll() {}
    };
    try (ByteBuffersDirectory d = new ByteBuffersDirectory();
        ReportIndex index = ReportIndex.openWritable(d, new IndexSchema(),
            new IndexConfig("x", 16, 30))) {
      index.mirrorTo(capture);
      Article a = new Article("http://a/1", "标题", OffsetDateTime.parse("2021-11-09T14:04+08:00"),
          "来源", "编辑", "作者", "记者", List.of("甘肃省兰州市残联救助困难群众。"), "UTF-8");
      index.upsert(new ArticleEnricher((x, home) -> new ReportTags(
          List.of("甘肃省/兰州市", "甘肃省/张掖市/临泽县"), "甘肃省/兰州市", List.of("残联"),
          List.of("兰州市残联"), List.of("残疾人"), List.of())).enrich(a,
          new ArticleEnricher.Capture("p", "P", "甘肃省", Instant.parse("2021-11-11T00:00:00Z"),
              "f.warc.gz", 7, "sha1:X")));
    }
    assertThat(written).hasSize(1);
    SolrInputDocument doc = SolrDocuments.toSolr(written.get(0));
    assertThat(schemaFields()).containsAll(doc.getFieldNames());
    assertThat(doc.getFieldValues(IndexSchema.REGION)).containsExactlyInAnyOrder(
        "甘肃省", "甘肃省/兰州市", "甘肃省/张掖市", "甘肃省/张掖市/临泽县");
    assertThat(doc.getFieldValue(IndexSchema.YEAR)).isEqualTo("2021");
    assertThat(doc.getFieldValue(IndexSchema.MONTH)).isEqualTo("2021-11");
    assertThat(doc.getFieldValue(IndexSchema.WARC_OFFSET)).isEqualTo(7L);
    assertThat(doc.getFieldNames()).contains(IndexSchema.SIMHASH, IndexSchema.TAGS_JSON,
        IndexSchema.FIRST_CAPTURED, IndexSchema.GROUP, IndexSchema.BODY);
  }

  private static Set<String> schemaFields() throws Exception {
    Set<String> names = new HashSet<>();
    NodeList fields = schema().getElementsByTagName("field");
    for (int i = 0; i < fields.getLength(); i++) {
      names.add(((Element) fields.item(i)).getAttribute("name"));
    }
    return names;
  }

  private static Element schema() throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(SolrConfigset.files().get("schema.xml")))
        .getDocumentElement();
  }

  /** The text_zh analyzer of schema.xml, built from the same factories Solr builds it from. */
  private static Analyzer schemaAnalyzer(Path dir) throws Exception {
    CustomAnalyzer.Builder b = CustomAnalyzer.builder(dir);
    NodeList types = schema().getElementsByTagName("fieldType");
    Element analyzer = null;
    for (int i = 0; i < types.getLength(); i++) {
      Element t = (Element) types.item(i);
      if (t.getAttribute("name").equals("text_zh")) {
        analyzer = (Element) t.getElementsByTagName("analyzer").item(0);
      }
    }
    assertThat(analyzer).isNotNull();
    NodeList steps = analyzer.getChildNodes();
    for (int i = 0; i < steps.getLength(); i++) {
      if (!(steps.item(i) instanceof Element e)) {
        continue;
      }
      String simple = e.getAttribute("class").replace("solr.", "");
      Map<String, String> args = new HashMap<>();
      for (int a = 0; a < e.getAttributes().getLength(); a++) {
        String name = e.getAttributes().item(a).getNodeName();
        if (!name.equals("class")) {
          args.put(name, e.getAttributes().item(a).getNodeValue());
        }
      }
      switch (e.getTagName()) {
        case "charFilter" -> b.addCharFilter(spi(CharFilterFactory.availableCharFilters(),
            n -> CharFilterFactory.lookupClass(n).getSimpleName(), simple), args);
        case "tokenizer" -> b.withTokenizer(spi(TokenizerFactory.availableTokenizers(),
            n -> TokenizerFactory.lookupClass(n).getSimpleName(), simple), args);
        case "filter" -> b.addTokenFilter(spi(TokenFilterFactory.availableTokenFilters(),
            n -> TokenFilterFactory.lookupClass(n).getSimpleName(), simple), args);
        default -> throw new AssertionError("unexpected " + e.getTagName());
      }
    }
    return b.build();
  }

  private static String spi(Set<String> names, java.util.function.Function<String, String> cls,
      String simpleName) {
    return names.stream().filter(n -> cls.apply(n).equals(simpleName)).findFirst()
        .orElseThrow(() -> new AssertionError("no stock factory " + simpleName));
  }

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(IndexSchema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "/" + inc.getPositionIncrement() + "/" + offset.startOffset() + "-"
            + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
