package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate} and {@code bench-extract} run in-process on the shared corpus beside the
 * checkout: their output, JSON and exit codes. Speed is printed, never asserted.
 */
class EvaluateCommandIT {

  @Test
  void evaluatePrintsTheTestSplitFirstWorstPagesFirstThenDevAndSeeds() {
    CliIT.Result r = CliIT.run("evaluate", "--worst", "3", "--runs", "1");
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    int test = out.indexOf("== test split:");
    int dev = out.indexOf("== dev split:");
    assertThat(test).as(out).isNotNegative();
    assertThat(dev).isGreaterThan(test);
    assertThat(out.substring(test, dev)).contains("Pages, worst first (3 of ")
        .containsPattern("Mean F1 0\\.9\\d\\d \\(median 0\\.9\\d\\d")
        .contains("under 0.6", "title right", "dates say where they came from",
            "not-articles refused", "ms/page warm", "By source:", "By genre:");
    assertThat(out).contains("Seed reports (5)", "Seeds: 5 of 5 with every field right");
    // worst first: the F1 column never falls from one row to the next
    String[] rows = out.substring(test).split("\n");
    double previous = -1;
    for (int i = 3; i < 6; i++) {
      double f1 = Double.parseDouble(rows[i].trim().split("\\s+")[3]);
      assertThat(f1).isGreaterThanOrEqualTo(previous);
      previous = f1;
    }
  }

  @Test
  void evaluateJsonHoldsBothSplitsPagesAndSeedFields() throws Exception {
    CliIT.Result r = CliIT.run("evaluate", "--json", "--runs", "0");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    int test = json.at("/test/corpus/pages").asInt();
    int dev = json.at("/dev/corpus/pages").asInt();
    assertThat(test + dev).isGreaterThanOrEqualTo(240);
    assertThat(json.at("/test/corpus/meanF1").asDouble()).isGreaterThan(0.9);
    assertThat(json.at("/test/corpus/datesWithSource").asInt())
        .isEqualTo(json.at("/test/corpus/datedArticles").asInt());
    JsonNode pages = json.at("/test/pages");
    assertThat(pages).hasSize(test);
    assertThat(pages.get(0).path("f1").asDouble())
        .isLessThanOrEqualTo(pages.get(test - 1).path("f1").asDouble());
    pages.forEach(p -> assertThat(p.path("site").asText()).isNotBlank());
    assertThat(json.at("/seeds/allRightRate").asDouble()).isEqualTo(1.0);
    JsonNode seed0 = json.at("/seeds/pages/0");
    assertThat(seed0.path("id").asText()).isEqualTo("000_5a266c807a20fc24");
    assertThat(seed0.at("/fields/editor/found").asText()).isEqualTo("薛敏");
    assertThat(seed0.at("/fields/drop/ok").asBoolean()).isTrue();
    JsonNode seed3 = json.at("/seeds/pages/3");
    // traditional names compare in simplified: 中國社會報 = 中国社会报
    assertThat(seed3.at("/fields/source/ok").asBoolean()).isTrue();
  }

  @Test
  void evaluateWithoutCorpusOrWithBadCountIsAUsageError() {
    CliIT.Result missing = CliIT.run("evaluate", "--pages", "no/such/manifest.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--pages no/such/manifest.json does not exist")
        .contains("Usage:");
    assertThat(CliIT.run("evaluate", "--splits", "no/such/splits.json").code()).isEqualTo(2);
    assertThat(CliIT.run("tag-accuracy", "--splits", "no/such/splits.json").code()).isEqualTo(2);
    assertThat(CliIT.run("evaluate", "--worst", "-1").code()).isEqualTo(2);
  }

  @Test
  void benchExtractPrintsSpeedFigures() {
    CliIT.Result r = CliIT.run("bench-extract", "--warmup", "1", "--rounds", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("\\d+ corpus pages of 30-100 KB")
        .contains("pages/s", "median", "p95", "heap used");
    assertThat(CliIT.run("bench-extract", "--corpus", "no/such/dir").code()).isEqualTo(2);
  }

  @Test
  void extractExplainJsonNamesTheBodyAndWhyEachBlockWasDropped() throws Exception {
    CliIT.Result r = CliIT.run("extract", "--json", "--explain", "--url",
        "http://127.0.0.1/system/2021/11/09/030456789.shtml", "--charset", "GBK",
        "src/test/resources/fixtures/html/seeds/000_5a266c807a20fc24.html");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("title").asText()).contains("同心抗“疫”践初心");
    JsonNode explain = json.path("explain");
    assertThat(explain.at("/body/element").asText()).isNotBlank();
    assertThat(explain.at("/body/score").asDouble()).isPositive();
    assertThat(explain.path("date").asText()).isNotBlank();
    List<String> rules = new ArrayList<>();
    explain.path("dropped").forEach(d -> {
      rules.add(d.path("rule").asText());
      assertThat(d.path("excerpt").asText()).isNotBlank();
    });
    assertThat(rules).anyMatch(rule -> rule.contains("精彩推荐"))
        .anyMatch(rule -> rule.startsWith("outside the body"));
    assertThat(CliIT.run("extract", "--help").out()).contains("--explain");
  }
}
