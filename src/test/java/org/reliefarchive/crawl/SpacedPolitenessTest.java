package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.hshn.mi.crawler4j.url.HSQLDBWebURLImpl;
import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SpacedPolitenessTest {
  private static WebURL url(String u) {
    WebURL w = new HSQLDBWebURLImpl();
    w.setURL(u);
    return w;
  }

  @Test
  void threadsAskingAtOnceGetSlotsADelayApart() {
    AtomicLong now = new AtomicLong(1_000);
    SpacedPoliteness p = new SpacedPoliteness(250, now::get);
    assertThat(p.applyPoliteness(url("http://www.example.org/a.html")))
        .isEqualTo(PolitenessServer.NO_POLITENESS_APPLIED);
    now.addAndGet(10);
    assertThat(p.applyPoliteness(url("http://www.example.org/b.html"))).isEqualTo(240);
    now.addAndGet(10);
    // the third waits for the slot after the second's, not a delay after it asked
    assertThat(p.applyPoliteness(url("http://www.example.org/c.html"))).isEqualTo(480);
    // another host has its own slots
    assertThat(p.applyPoliteness(url("http://news.example.com/d.html")))
        .isEqualTo(PolitenessServer.NO_POLITENESS_APPLIED);
    now.addAndGet(2_000);
    assertThat(p.applyPoliteness(url("http://www.example.org/e.html")))
        .isEqualTo(PolitenessServer.NO_POLITENESS_APPLIED);
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
