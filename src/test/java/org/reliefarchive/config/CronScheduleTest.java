package org.reliefarchive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static ZonedDateTime at(int day, int hour, int minute) {
    return ZonedDateTime.of(2024, 5, day, hour, minute, 0, 0, SHANGHAI);
  }

  @Test
  void nightlyRunIsTheNextHalfPastTwo() {
    CronSchedule cron = CronSchedule.parse("30 2 * * *");
    assertThat(cron.next(at(6, 1, 0))).isEqualTo(at(6, 2, 30));
    assertThat(cron.next(at(6, 2, 30))).isEqualTo(at(7, 2, 30));
  }

  @Test
  void stepsRangesAndListsWork() {
    assertThat(CronSchedule.parse("*/15 * * * *").next(at(6, 10, 1))).isEqualTo(at(6, 10, 15));
    assertThat(CronSchedule.parse("0 8-10,20 * * *").next(at(6, 10, 5)))
        .isEqualTo(at(6, 20, 0));
    // 2024-05-06 is a Monday; 0 and 7 are Sunday
    assertThat(CronSchedule.parse("0 3 * * 0").next(at(6, 0, 0))).isEqualTo(at(12, 3, 0));
    assertThat(CronSchedule.parse("0 3 * * 7").next(at(6, 0, 0))).isEqualTo(at(12, 3, 0));
    assertThat(CronSchedule.parse("0 0 1 * *").next(at(6, 0, 0)))
        .isEqualTo(ZonedDateTime.of(2024, 6, 1, 0, 0, 0, 0, SHANGHAI));
  }

  @Test
  void badExpressionsNameTheFieldAndWhatIsAllowed() {
    assertThatThrownBy(() -> CronSchedule.parse("30 2 * *"))
        .hasMessageContaining("has 4 fields; allowed: 5");
    assertThatThrownBy(() -> CronSchedule.parse("61 2 * * *"))
        .hasMessageContaining("minute field has '61'").hasMessageContaining("0-59");
    assertThatThrownBy(() -> CronSchedule.parse("0 2 * * mon"))
        .hasMessageContaining("day of week field has 'mon'");
  }

  @Test
  void sourcesYamlRejectsABadScheduleNamingThePortal() {
    String yaml = """
        portals:
          - id: p
            name: P
            seeds: ['http://127.0.0.1/']
            article: ['.*']
            schedule: '99 * * * *'
        """;
    assertThatThrownBy(() -> new ConfigLoader().read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        Path.of("sources.yaml"), SourcesConfig.class))
        .hasMessageContaining("sources.yaml").hasMessageContaining("portals[p].schedule")
        .hasMessageContaining("minute field has '99'");
  }
}
