package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.hshn.mi.crawler4j.url.HSQLDBWebURLImpl;
import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SpacedPolitenessTest {
  private static WebURL url(String u) {
    WebURL w = new HSQLDBWebURLImpl();
    w.setURL(u);
    return w;
  }

  @Test
  void eachRequestWaitsADelayAfterTheLastOneWentOut() {
    AtomicLong now = new AtomicLong(1_000);
    List<Long> waits = new ArrayList<>();
    // a thread that wakes late: every wait takes 40 ms longer than asked
    SpacedPoliteness p = new SpacedPoliteness(250, now::get, ms -> {
      waits.add(ms);
      now.addAndGet(ms + 40);
    });
    assertThat(p.applyPoliteness(url("http://www.example.org/a.html")))
        .isEqualTo(PolitenessServer.NO_POLITENESS_APPLIED);
    now.addAndGet(10);
    p.applyPoliteness(url("http://www.example.org/b.html"));
    // the second went out at 1,290 (asked at 1,010, woke 40 ms late): the third waits a whole
    // delay after that, not after the slot it would have had
    now.addAndGet(10);
    p.applyPoliteness(url("http://www.example.org/c.html"));
    assertThat(waits).containsExactly(240L, 240L);
    // another host has its own turn
    p.applyPoliteness(url("http://news.example.com/d.html"));
    assertThat(waits).hasSize(2);
    now.addAndGet(2_000);
    p.applyPoliteness(url("http://www.example.org/e.html"));
    assertThat(waits).hasSize(2);
  }

  @Test
  void noDelayAppliesNone() {
    SpacedPoliteness p = new SpacedPoliteness(0);
    for (int i = 0; i < 3; i++) {
      assertThat(p.applyPoliteness(url("http://www.example.org/" + i + ".html")))
          .isEqualTo(PolitenessServer.NO_POLITENESS_APPLIED);
    }
  }
}
