package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The slips of a typed query that are mended before parsing, and what is left as typed. */
class QueryRepairTest {
  @Test
  void unclosedQuoteClosesAtTheEnd() {
    assertThat(QueryRepair.repair("\"残联")).isEqualTo("\"残联\"");
    assertThat(QueryRepair.repair("疫情 \"残联 救助")).isEqualTo("疫情 \"残联 救助\"");
    assertThat(QueryRepair.repair("(\"残联")).isEqualTo("(\"残联\")");
  }

  @Test
  void operatorWithNothingToJoinIsDropped() {
    assertThat(QueryRepair.repair("OR 残联")).isEqualTo("残联");
    assertThat(QueryRepair.repair("残联 AND")).isEqualTo("残联");
    assertThat(QueryRepair.repair("残联 OR OR 疫情")).isEqualTo("残联 OR 疫情");
    assertThat(QueryRepair.repair("(OR 残联) NOT")).isEqualTo("(残联)");
    assertThat(QueryRepair.repair("残联 -")).isEqualTo("残联");
  }

  @Test
  void parenthesesArePaired() {
    assertThat(QueryRepair.repair("(残联 OR 妇联")).isEqualTo("(残联 OR 妇联)");
    assertThat(QueryRepair.repair("残联)")).isEqualTo("残联");
  }

  @Test
  void aSoundQueryIsLeftAsTyped() {
    for (String q : new String[] {"残联 疫情", "\"困难 群众\" OR title:残联", "-残联 疫情",
        "NOT 残联", "(残联 OR 妇联) AND 疫情"}) {
      assertThat(QueryRepair.repair(q)).isEqualTo(q);
    }
  }
}
