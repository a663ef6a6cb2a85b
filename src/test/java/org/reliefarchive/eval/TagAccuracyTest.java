package org.reliefarchive.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.BoilerplateConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.extract.ArticleExtractor;

/** The accuracy floors of issue 4 on the seed reports and the hand-annotated corpus pages. */
class TagAccuracyTest {
  private final ReportTagger tagger = ReportTagger.load(Path.of("config"));

  private TagAccuracy score(List<TagCase> cases) {
    TagAccuracy accuracy = new TagAccuracy();
    for (TagCase c : cases) {
      accuracy.add(c.expected(), tagger.tag(c.text(), c.titleEnd(), c.homeProvince()));
    }
    return accuracy;
  }

  @Test
  void findsEverythingTheSeedReportsSupportAndNothingElse() {
    BoilerplateConfig boilerplate =
        new ConfigLoader().load(Path.of("config/boilerplate.yaml"), BoilerplateConfig.class);
    TagAccuracy accuracy =
        score(TagCases.seeds(Corpus.dir(), new ArticleExtractor(boilerplate)));
    for (TagAccuracy.Kind k : List.of(TagAccuracy.Kind.REGION, TagAccuracy.Kind.AGENCY_TYPE,
        TagAccuracy.Kind.BENEFICIARY)) {
      assertThat(accuracy.recall(k)).as("recall of %s", k).isEqualTo(1.0);
      assertThat(accuracy.precision(k)).as("precision of %s", k).isEqualTo(1.0);
    }
    assertThat(accuracy.recall(TagAccuracy.Kind.AGENCY)).isGreaterThanOrEqualTo(0.85);
  }

  /** The annotated corpus pages of one split. */
  private static List<TagCase> annotatedPages(String split) {
    return TagCases.pages(CorpusPages.load(Corpus.manifests(), Corpus.splits()),
            Path.of("src/test/resources/annotations"))
        .stream().filter(c -> c.split().equals(split)).toList();
  }

  @Test
  void meetsTheFloorsOnTheHeldOutSites() {
    List<TagCase> test = annotatedPages("test");
    assertThat(test).hasSizeGreaterThanOrEqualTo(85);
    TagAccuracy accuracy = score(test);
    // measured on the test split of 107 pages: regions P 0.949 R 0.949, agency types P 0.833
    // R 0.778, agency names P 0.745; floors a little below. The 14 pages of two sites added to
    // test (13 of them tech news naming companies by brand) took types from 0.862 / 0.806 on
    // 93 pages; brands read where they act brought recall back from 0.689. Types and names are
    // under the targets.
    assertThat(accuracy.precision(TagAccuracy.Kind.REGION)).isGreaterThanOrEqualTo(0.93);
    assertThat(accuracy.recall(TagAccuracy.Kind.REGION)).isGreaterThanOrEqualTo(0.93);
    assertThat(accuracy.precision(TagAccuracy.Kind.AGENCY_TYPE)).isGreaterThanOrEqualTo(0.81);
    assertThat(accuracy.recall(TagAccuracy.Kind.AGENCY_TYPE)).isGreaterThanOrEqualTo(0.75);
    assertThat(accuracy.precision(TagAccuracy.Kind.AGENCY)).isGreaterThanOrEqualTo(0.70);
    // beneficiaries rest on 12 test mentions: P 0.875 R 0.583 (stories of help told in a
    // reporter's narrative are what is missed)
    assertThat(accuracy.precision(TagAccuracy.Kind.BENEFICIARY)).isGreaterThanOrEqualTo(0.85);
    assertThat(accuracy.recall(TagAccuracy.Kind.BENEFICIARY)).isGreaterThanOrEqualTo(0.55);
  }

  @Test
  void keepsThePrecisionReachedOnTheDevelopmentSites() {
    List<TagCase> dev = annotatedPages("dev");
    assertThat(dev).hasSizeGreaterThanOrEqualTo(160);
    TagAccuracy accuracy = score(dev);
    // measured on the dev split of 142 pages: agency types P 0.933 R 0.918, names P 0.854 R
    // 0.631, beneficiaries P 1.000 R 0.933 (15 mentions); floors a little below, so that a rule
    // that brings back a class fixed there (a brand whose last character begins the next word, a
    // company in a dispute, a bank a customer used, a committee named in a member's post, the
    // staff of a care home, an office's head, an association in a Hong Kong report, a group word
    // in an office's name) fails here. The 18 relief reports of a school's portal added to dev
    // (relief.json) took the figures on 160 pages to agency types P 0.885 R 0.885 and names
    // P 0.776 R 0.634 (their community slogans read as communities, a school's foundation
    // receiving gifts) and beneficiaries to P 0.875 R 0.737 (38 mentions); groups described by
    // their hardship (家庭经济困难的学生, 贫困孩子), givers (两位老人的爱心捐款) and certificates
    // (孤儿证) took beneficiaries to P 0.943 R 0.868; with the qdaily.com article (161 pages), long
    // registered names, Latin brands framed as companies, verbs before a body (举行, 指导) and a
    // conjunction that is a word of its own (学校和中信银行): agency types P 0.886 R 0.886, names
    // P 0.810 R 0.657; with quoted titles and slogans, credit lines, appointments, a branch in
    // brackets and a body named short counted as the one named in full: types P 0.933 R 0.886,
    // names P 0.887 R 0.657
    assertThat(accuracy.precision(TagAccuracy.Kind.AGENCY_TYPE)).isGreaterThanOrEqualTo(0.91);
    assertThat(accuracy.recall(TagAccuracy.Kind.AGENCY_TYPE)).isGreaterThanOrEqualTo(0.87);
    assertThat(accuracy.precision(TagAccuracy.Kind.AGENCY)).isGreaterThanOrEqualTo(0.86);
    assertThat(accuracy.recall(TagAccuracy.Kind.AGENCY)).isGreaterThanOrEqualTo(0.64);
    assertThat(accuracy.precision(TagAccuracy.Kind.BENEFICIARY)).isGreaterThanOrEqualTo(0.92);
    assertThat(accuracy.recall(TagAccuracy.Kind.BENEFICIARY)).isGreaterThanOrEqualTo(0.84);
  }

  @Test
  void tagsTheSavedTestPagesThroughTheExtractorAsWellAsTheirTrueText() {
    BoilerplateConfig boilerplate =
        new ConfigLoader().load(Path.of("config/boilerplate.yaml"), BoilerplateConfig.class);
    List<CorpusPages.Page> corpus = CorpusPages.load(Corpus.manifests(), Corpus.splits());
    List<TagCase> test = TagCases.pages(corpus, Path.of("src/test/resources/annotations"))
        .stream().filter(c -> c.split().equals("test")).toList();
    List<TagCase> extracted =
        TagCases.throughExtraction(test, corpus, new ArticleExtractor(boilerplate));
    assertThat(extracted).hasSameSizeAs(test);
    TagAccuracy truth = score(test);
    TagAccuracy crawl = score(extracted);
    // measured: regions P 0.949 R 0.945 through the extractor against 0.949 / 0.949 from the
    // true text: no sidebar or related-story box brings places into the body
    assertThat(crawl.precision(TagAccuracy.Kind.REGION)).isGreaterThanOrEqualTo(0.93);
    assertThat(crawl.recall(TagAccuracy.Kind.REGION)).isGreaterThanOrEqualTo(0.92);
    assertThat(truth.precision(TagAccuracy.Kind.REGION) - crawl.precision(TagAccuracy.Kind.REGION))
        .isLessThan(0.02);
  }
}
