package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinFirmsTest {
  private final ReportTagger tagger = Taggers.fromConfig();

  private TagFindings tag(String text) {
    return tagger.tag(text, 0, null);
  }

  @Test
  void countsAStartUpShownByItsFounderWhereItActs() {
    // a dating app start-up (firms/qdaily.com-hater-dating-app, dev split)
    TagFindings tags = tag("进行了上百个问题的测试之后，Hater 将为你匹配合适的对象。"
        + "Hater 的创始人 Brendan Alper 此前就职于高盛。");
    assertThat(tags.bodyNames()).containsExactly("Hater");
    assertThat(tags.agencyTypes()).containsExactly("企业");
  }

  @Test
  void readsFirmsInCapitalsShownBySubsidiaryOrFounder() {
    // a logistics investor (firms/36kr.com-esr-gic-fund, dev split)
    TagFindings tags = tag("截至2020年末，ESR在中国管理的一流物流房地产组合资产管理规模达 67 亿美元。"
        + "对于在国内市场寻找标的的评准，ESR联合创始人兼联席首席执行官沈晋初表示。"
        + "而此次的帮手中，GIC旗下的RECO持有公司5.96%的股份。2020年1月， ESR与GIC成立一家5亿美元的合营企业。");
    assertThat(tags.bodyNames()).contains("ESR", "GIC");
    assertThat(tags.bodyNames()).doesNotContain("RECO");
  }

  @Test
  void takesNoProjectWithASiteNorAFirmNamedAsAProductsOwner() {
    // an open-source project (more3/51cto.com-karmada-guzhang-qianyi) and AI apps
    // (extra3/36kr.com-3261053335240450), both dev split
    assertThat(tag("每当有 Pull 集群加入时，Karmada将为该集群创建一个 Lease 对象。"
        + "有关该特性的更多详细信息可以参考 Karmada 官网。").bodyNames()).isEmpty();
    assertThat(tag("比如MiniMax旗下的出海AI社交应用Talkie，号称年收入数千万美元。")
        .bodyNames()).isEmpty();
  }
  @Test
  void countsInvestorsLeadingARoundTogether() {
    // a funding round (firms/36kr.com-knowunity-series-a, dev split): two names joined by 和
    // share the act after the second
    TagFindings tags = tag("该团队刚刚在 Redalpine 和 Stride 共同领投的 A 轮融资中获得了 1000 万欧元"
        + "（约为1071万美元）的新资金。");
    assertThat(tags.bodyNames()).containsExactly("Redalpine", "Stride");
  }
}
