package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {
  private static final List<String> ENDINGS = List.of("公司", "集团", "银行");

  @Test
  void keepsOnlyNamesThatReadAsNothingButACompany() {
    // 太阳能 is a word, 张家界 a city, 中国医药 and 上海机场 descriptions, 万科 too short,
    // 招商银行 a body its ending names, 美的集团 the same and 美的 too short
    CompanyNames names = CompanyNames.readable(
        List.of("太阳能", "张家界", "中国医药", "上海机场", "万科", "招商银行", "美的集团", "昆仑万维",
            "比亚迪股份"),
        Set.of("张家界", "上海"), Set.of("中国", "上海"), ENDINGS);
    assertThat(names.names()).containsExactly("昆仑万维", "比亚迪股份", "比亚迪");
    assertThat(names.counts().words()).isEqualTo(1);
    assertThat(names.counts().places()).isEqualTo(1);
    assertThat(names.counts().described()).isEqualTo(2);
    assertThat(names.counts().shortNames()).isEqualTo(2);
    assertThat(names.counts().endings()).isEqualTo(2);
  }

  @Test
  void readsTheCheckedInListWithItsComments() {
    List<String> listed = CompanyNames.read(Path.of("config/companies.txt"));
    assertThat(listed).hasSizeGreaterThan(3000).contains("昆仑万维", "太阳能", "美的集团")
        .noneMatch(n -> n.startsWith("#") || n.isBlank() || n.contains(" "));
    CompanyNames names = CompanyNames.readable(listed, Set.of(), Set.of("中国"), ENDINGS);
    assertThat(names.names()).contains("昆仑万维", "比亚迪", "海康威视", "中青旅")
        .doesNotContain("太阳能", "美的", "美的集团", "中国医药", "万科");
  }
}
