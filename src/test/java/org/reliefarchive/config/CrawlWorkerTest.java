package org.reliefarchive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlWorkerTest {
  private static PortalConfig portal(String id, Integer worker) {
    return new PortalConfig(id, id, null, List.of("http://127.0.0.1:1/"), null, null,
        List.of(".*/a/.*"), null, 1000, 3, 100, null, null, null, null, null, worker);
  }

  private static List<PortalConfig> portals(int n) {
    List<PortalConfig> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(portal("portal-" + i, null));
    }
    return out;
  }

  @Test
  void readsNOfM() {
    CrawlWorker w = CrawlWorker.parse("--worker", "2/4");
    assertThat(w.index()).isEqualTo(2);
    assertThat(w.count()).isEqualTo(4);
    assertThat(w.tag()).isEqualTo("w2");
    assertThat(w).hasToString("2/4");
  }

  @Test
  void refusesMalformedOrOutOfRangeWorkersNamingTheOption() {
    for (String bad : List.of("2", "0/4", "5/4", "2/0", "a/b", "-1/4", "2/4/1", "")) {
      assertThatThrownBy(() -> CrawlWorker.parse("--worker", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("--worker is '" + bad + "'");
    }
  }

  @Test
  void everyPortalBelongsToExactlyOneWorker() {
    List<PortalConfig> all = portals(200);
    int count = 4;
    Map<String, Integer> owners = new HashMap<>();
    int[] shares = new int[count + 1];
    for (int k = 1; k <= count; k++) {
      for (PortalConfig p : new CrawlWorker(k, count).select(all)) {
        assertThat(owners.put(p.id(), k)).as(p.id()).isNull();
        shares[k]++;
      }
    }
    assertThat(owners).hasSize(all.size());
    // a hash spreads them: each of 4 workers gets a fair share of 200 portals
    for (int k = 1; k <= count; k++) {
      assertThat(shares[k]).as("worker " + k).isBetween(30, 70);
    }
  }

  @Test
  void theSplitDependsOnTheIdAndCountOnlyAndMovesFewPortalsWhenAWorkerJoins() {
    List<PortalConfig> all = portals(300);
    int moved = 0;
    for (PortalConfig p : all) {
      int four = new CrawlWorker(1, 4).ownerOf(p);
      assertThat(new CrawlWorker(3, 4).ownerOf(p)).isEqualTo(four);
      int five = new CrawlWorker(1, 5).ownerOf(p);
      if (five != four) {
        // a portal only ever moves to the new worker
        assertThat(five).isEqualTo(5);
        moved++;
      }
    }
    assertThat(moved).isBetween(30, 90);
  }

  @Test
  void anExplicitWorkerWins() {
    PortalConfig pinned = portal("gscn", 3);
    assertThat(new CrawlWorker(3, 4).owns(pinned)).isTrue();
    assertThat(new CrawlWorker(1, 4).owns(pinned)).isFalse();
    assertThat(new CrawlWorker(1, 4).ownerOf(pinned)).isEqualTo(3);
  }

  @Test
  void anExplicitWorkerAboveTheCountNamesThePortal() {
    PortalConfig pinned = portal("gscn", 5);
    assertThatThrownBy(() -> new CrawlWorker(2, 4).select(List.of(pinned)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("portals[gscn].worker is 5")
        .hasMessageContaining("allowed: 1 to 4");
  }

  @Test
  void aWorkerBelowOneIsRefusedWhenSourcesAreRead() {
    assertThatThrownBy(() -> portal("gscn", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("portals[gscn].worker");
  }
}
