package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
  private static final String TEXT =
      "<html><head>%s<title>醴陵市民政局</title></head><body><p>疫情發生以來，醴陵市民政局第一時間成立防控工作領導小組，"
          + "堅持把防控疫情作為當前工作的重中之重。社區工作人員每天下沉居民區內，幫助居民代辦買菜、買藥。</p></body></html>";
  private static final String SIMPLIFIED =
      "<html><head>%s<title>甘肃省残联</title></head><body><p>连日来，甘肃省残联系统持续贯彻落实省委组织部要求，"
          + "动员组织党员干部主动参与社区疫情防控工作，主动担当作为。社区工作人员每天下沉居民区内，帮助居民代办买面、买菜、买药。</p></body></html>";

  private final HtmlDecoder decoder = new HtmlDecoder();

  private static byte[] page(String template, String meta, Charset cs) {
    return String.format(template, meta).getBytes(cs);
  }

  @Test
  void readsCharsetFromHeader() {
    DecodedHtml d = decoder.decode(page(SIMPLIFIED, "", Charset.forName("GBK")),
        "text/html; charset=GBK");
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.html()).contains("甘肃省残联系统");
  }

  @Test
  void readsGbkWithMetaCharset() {
    DecodedHtml d = decoder.decode(
        page(SIMPLIFIED, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
            Charset.forName("GBK")), null);
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.html()).contains("动员组织党员干部");
  }

  @Test
  void readsGbkWithoutAnyDeclaration() {
    DecodedHtml d = decoder.decode(page(SIMPLIFIED, "", Charset.forName("GBK")), "text/html");
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.html()).contains("帮助居民代办买面");
  }

  @Test
  void readsBig5WithoutAnyDeclaration() {
    DecodedHtml d = decoder.decode(page(TEXT, "", Charset.forName("Big5")), null);
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.html()).contains("醴陵市民政局第一時間");
  }

  @Test
  void readsBig5DeclaredInMeta() {
    DecodedHtml d = decoder.decode(page(TEXT, "<meta charset=\"big5\">", Charset.forName("Big5")),
        "text/html");
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.html()).contains("幫助居民代辦買菜");
  }

  @Test
  void readsUtf8DeclaredGb2312() {
    DecodedHtml d = decoder.decode(
        page(SIMPLIFIED, "<meta charset=\"gb2312\">", StandardCharsets.UTF_8), null);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.html()).contains("甘肃省残联系统");
    assertThat(d.reason()).contains("gb2312").contains("valid UTF-8");
  }

  @Test
  void readsGbkDeclaredUtf8() {
    DecodedHtml d = decoder.decode(
        page(SIMPLIFIED, "<meta charset=\"utf-8\">", Charset.forName("GBK")),
        "text/html; charset=utf-8");
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.html()).contains("甘肃省残联系统");
    assertThat(d.reason()).contains("not UTF-8");
  }

  @Test
  void readsBig5DeclaredGbk() {
    DecodedHtml d = decoder.decode(page(TEXT, "<meta charset=\"gbk\">", Charset.forName("Big5")),
        null);
    assertThat(d.charset()).isEqualTo("Big5");
    assertThat(d.html()).contains("醴陵市民政局");
  }

  @Test
  void readsGbkDeclaredBig5() {
    DecodedHtml d = decoder.decode(
        page(SIMPLIFIED, "<meta charset=\"big5\">", Charset.forName("GBK")), null);
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.html()).contains("甘肃省残联系统");
  }

  @Test
  void followsByteOrderMark() {
    byte[] body = page(SIMPLIFIED, "<meta charset=\"gbk\">", StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    DecodedHtml d = decoder.decode(withBom, "text/html; charset=GBK");
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.html()).startsWith("<html>");
  }

  @Test
  void refusesBytesNoCharsetDecodesCleanly() {
    byte[] noise = new byte[4000];
    new Random(7).nextBytes(noise);
    DecodedHtml d = decoder.decode(noise, null);
    assertThat(d.isDecoded()).isFalse();
    assertThat(d.reason()).contains("suspicious");
  }

  @Test
  void readsEmptyAndNullBodies() {
    assertThat(decoder.decode(null, null).html()).isEmpty();
    assertThat(decoder.decode(new byte[0], "text/html").isDecoded()).isTrue();
  }

  @Test
  void namesCharsetsCanonically() {
    assertThat(HtmlDecoder.canonical("GB2312")).isEqualTo("GB18030");
    assertThat(HtmlDecoder.canonical("x-gbk")).isEqualTo("GB18030");
    assertThat(HtmlDecoder.canonical("big5-hkscs")).isEqualTo("Big5");
    assertThat(HtmlDecoder.canonical("utf8")).isEqualTo("UTF-8");
    assertThat(HtmlDecoder.canonical("no-such-charset")).isNull();
  }

  @Test
  void decodesAGb2312PageWithStrayBytesAndFlagsIt() {
    byte[] gbk = page(SIMPLIFIED,
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
        Charset.forName("GBK"));
    // a few bytes no GB charset decodes, as a broken editor or a cut multi-byte character leaves
    byte[] bytes = new byte[gbk.length + 4];
    int at = new String(gbk, Charset.forName("GBK")).indexOf("<p>") + 3;
    int byteAt = new String(gbk, Charset.forName("GBK")).substring(0, at)
        .getBytes(Charset.forName("GBK")).length;
    System.arraycopy(gbk, 0, bytes, 0, byteAt);
    bytes[byteAt] = (byte) 0x80;
    bytes[byteAt + 1] = (byte) 0xFF;
    bytes[byteAt + 2] = (byte) 0x80;
    bytes[byteAt + 3] = (byte) 0xFF;
    System.arraycopy(gbk, byteAt, bytes, byteAt + 4, gbk.length - byteAt);
    DecodedHtml d = decoder.decode(bytes, null);
    assertThat(d.isDecoded()).isTrue();
    assertThat(d.lossy()).isTrue();
    assertThat(d.charset()).isEqualTo("GB18030");
    assertThat(d.html()).contains("动员组织党员干部", "\uFFFD");
    assertThat(d.reason()).contains("replacement characters");
  }

  @Test
  void keepsRefusingBytesThatReadAsNoLanguage() {
    byte[] noise = new byte[4000];
    new Random(7).nextBytes(noise);
    DecodedHtml d = decoder.decode(noise, "text/html; charset=gb2312");
    assertThat(d.isDecoded()).isFalse();
  }

  @Test
  void readsUtf16WithoutByteOrderMark() {
    for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
      DecodedHtml d = decoder.decode(page(SIMPLIFIED, "", Charset.forName(cs)), null);
      assertThat(d.charset()).isEqualTo(cs);
      assertThat(d.html()).contains("甘肃省残联系统");
      assertThat(d.lossy()).isFalse();
    }
  }

  @Test
  void readsUtf16WithoutByteOrderMarkWhenChineseTextOutweighsTheMarkup() {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 40; k++) {
      text.append("近日，县残联组织志愿者走访辖区困难残疾人家庭，为他们送去米面油和慰问金。");
    }
    String html = "<html><head><title>残联走访</title></head><body><p>" + text + "</p></body></html>";
    for (String cs : new String[] {"UTF-16LE", "UTF-16BE"}) {
      DecodedHtml d = decoder.decode(html.getBytes(Charset.forName(cs)), "text/html");
      assertThat(d.charset()).isEqualTo(cs);
      assertThat(d.html()).contains("困难残疾人家庭");
    }
  }
}
