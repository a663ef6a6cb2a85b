package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command describes itself in whole sentences, in its own help and in the list. */
class HelpTextTest {

  @Test
  void everyCommandDescriptionIsOneParagraphEndingASentence() {
    CommandLine cli = new CommandLine(new ReliefArchiveCommand());
    for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue; // picocli's own
      }
      String[] description = e.getValue().getCommandSpec().usageMessage().description();
      assertThat(description).as(e.getKey()).hasSize(1);
      assertThat(description[0].strip()).as(e.getKey()).endsWith(".");
    }
    assertThat(cli.getCommandSpec().usageMessage().description()).hasSize(1);
  }
}
