package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code evaluate-search} run in-process over the sample portal and the corpus pages with the
 * project's judged queries: what it prints and in which order. The figures themselves are
 * printed for the reader, not asserted.
 */
class EvaluateSearchCommandIT {

  @Test
  void printsTheTestSplitFirstWithEveryFigure() {
    CliIT.Result r = CliIT.run("evaluate-search");
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).containsPattern("\\d{3} reports indexed")
        .doesNotContain("Judged reports not in the index");
    int test = out.indexOf("== test split:");
    int dev = out.indexOf("== dev split:");
    assertThat(test).as(out).isNotNegative();
    assertThat(dev).isGreaterThan(test);
    for (String split : new String[] {out.substring(test, dev), out.substring(dev)}) {
      assertThat(split).containsPattern("nDCG@10 [01]\\.\\d{3}   P@5 [01]\\.\\d{3}   "
          + "recall@10 [01]\\.\\d{3}")
          .contains("queries whose first ten hold no relevant report:",
              "queries with a report that is not relevant above a relevant one:");
    }
  }

  @Test
  void poolsCandidatesFromThreeRankingsWithoutRanks() {
    CliIT.Result r = CliIT.run("evaluate-search", "--pool", "3");
    assertThat(r.code()).as(r.err()).isZero();
    // each query, then its candidates in key order with the judgement they have
    assertThat(r.out()).contains("#### q01 [dev] 残疾人 疫情防控")
        .contains("-- seed/000_5a266c807a20fc24 (judged 2)");
  }

  @Test
  void aBadPoolDepthIsAUsageError() {
    CliIT.Result r = CliIT.run("evaluate-search", "--pool", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--pool must be 1 or more");
  }

  @Test
  void explainsEachHitsScoreWordByWordWithTheRelevantReportsFurtherDown() {
    CliIT.Result r = CliIT.run("evaluate-search", "--explain", "核酸检测 香港", "--split", "dev");
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).contains("query 核酸检测 香港").doesNotContain("== test split");
    // the 星岛 report holds both words, 核酸检测 as typed (in its title too) and 本港 for 香港
    int stheadline = out.indexOf("trad-blog/stheadline.com-874104");
    assertThat(stheadline).isPositive();
    String hit = out.substring(stheadline, out.indexOf(" 2  grade", stheadline));
    assertThat(hit).containsPattern("核酸检测 +[0-9.]+  own word .*title")
        .containsPattern("香港 +[0-9.]+  synonym only");
    // the 明报 report writes 全港 and 港府, never 香港: a full match through them
    int mingpao = out.indexOf("trad-blog/mingpao.com-1596825748734");
    assertThat(out.substring(out.lastIndexOf('\n', mingpao), mingpao)).contains("full");
    assertThat(out.substring(mingpao, out.indexOf("grade ", mingpao)))
        .containsPattern("香港 +[0-9.]+  synonym only");
    // a relevant report outside the first ten is listed after them, unranked: the 成都妇联
    // report of early 2020 carries no date, so 2020年 is the word it misses
    CliIT.Result year = CliIT.run("evaluate-search", "--explain", "2020年 社区 疫情", "--split",
        "dev");
    assertThat(year.code()).as(year.err()).isZero();
    assertThat(year.out()).containsPattern("(?m)^ -  grade 1  partial .*seed/004");
  }

  @Test
  void anUnknownSplitIsAUsageError() {
    CliIT.Result r = CliIT.run("evaluate-search", "--split", "train");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--split must be dev or test");
  }
}
