package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate} and {@code bench-extract} run in-process on the shared corpus beside the
 * checkout: their output, JSON and exit codes. Speed is printed, never asserted.
 */
class EvaluateCommandIT {

  @Test
  void evaluatePrintsWorstPagesFirstThenMeansAndSeeds() {
    CliIT.Result r = CliIT.run("evaluate", "--worst", "3", "--runs", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Corpus pages, worst first (3 of 60)")
        .containsPattern("Mean F1 0\\.9\\d\\d .* leak rate 0\\.000")
        .contains("title exact", "date correct", "ms/page warm")
        .contains("Seed reports (5)", "Seeds: 5 of 5 with every field right");
    // worst first: the F1 column never falls from one row to the next
    String[] rows = r.out().split("\n");
    double previous = -1;
    for (int i = 2; i < 5; i++) {
      double f1 = Double.parseDouble(rows[i].trim().split("\\s+")[3]);
      assertThat(f1).isGreaterThanOrEqualTo(previous);
      previous = f1;
    }
  }

  @Test
  void evaluateJsonHoldsMeansPagesAndSeedFields() throws Exception {
    CliIT.Result r = CliIT.run("evaluate", "--json", "--runs", "0");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/corpus/pages").asInt()).isEqualTo(60);
    assertThat(json.at("/corpus/meanF1").asDouble()).isGreaterThan(0.9);
    assertThat(json.at("/corpus/leakRate").asDouble()).isZero();
    assertThat(json.path("pages")).hasSize(60);
    assertThat(json.at("/pages/0/f1").asDouble())
        .isLessThanOrEqualTo(json.at("/pages/59/f1").asDouble());
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
  void evaluateWithoutManifestOrWithBadCountIsAUsageError() {
    CliIT.Result missing = CliIT.run("evaluate", "--manifest", "no/such/manifest.json");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--manifest no/such/manifest.json is not a file")
        .contains("Usage:");
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
    java.util.List<String> rules = new java.util.ArrayList<>();
    explain.path("dropped").forEach(d -> {
      rules.add(d.path("rule").asText());
      assertThat(d.path("excerpt").asText()).isNotBlank();
    });
    assertThat(rules).anyMatch(rule -> rule.contains("精彩推荐"))
        .anyMatch(rule -> rule.startsWith("outside the body"));
    assertThat(CliIT.run("extract", "--help").out()).contains("--explain");
  }
}
