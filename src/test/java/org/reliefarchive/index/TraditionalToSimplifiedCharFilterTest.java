package org.reliefarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The character filter maps 繁 to 简 whether it is read by the buffer or by the character. */
class TraditionalToSimplifiedCharFilterTest {
  private static final String TEXT = "錦江區婦聯慰問殘疾人家庭 2021";

  @Test
  void readsOneCharacterAtATimeMapped() throws IOException {
    StringBuilder one = new StringBuilder();
    try (TraditionalToSimplifiedCharFilter f =
        new TraditionalToSimplifiedCharFilter(new StringReader(TEXT))) {
      for (int c = f.read(); c >= 0; c = f.read()) {
        one.append((char) c);
      }
    }
    assertThat(one.toString()).isEqualTo("锦江区妇联慰问残疾人家庭 2021");
  }

  @Test
  void readsTheSameByBufferAsByCharacter() throws IOException {
    char[] buf = new char[64];
    int n;
    try (TraditionalToSimplifiedCharFilter f =
        new TraditionalToSimplifiedCharFilter(new StringReader(TEXT))) {
      n = f.read(buf, 0, buf.length);
    }
    assertThat(new String(buf, 0, n)).isEqualTo("锦江区妇联慰问残疾人家庭 2021");
  }
}
