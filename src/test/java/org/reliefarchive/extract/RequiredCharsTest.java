package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The characters an expression's matches require, read from plain expressions only. */
class RequiredCharsTest {

  private static String of(String regex) {
    return RequiredChars.of(Pattern.compile(regex));
  }

  @Test
  void readsTheSmallestSetAnItemThatMustOccurRequires() {
    assertThat(of("^(?![◎●]?(图|圖|照片)).*未[经經].{0,16}(授权|授權)")).isEqualTo("未");
    assertThat(of("(不得|请勿|禁止)(任何)?(转载|轉載)")).isEqualTo("转轉");
    assertThat(of("下[载載]|App")).isEqualTo("下A");
    assertThat(of("(?:ab)+c{2,}")).isEqualTo("a");
  }

  @Test
  void readsASetForEveryItemThatMustOccurWhenTheTopHasNoAlternatives() {
    assertThat(RequiredChars.allOf(Pattern.compile("(不构成|不構成)(任何)?(投资|投資)(意见|建议)")))
        .containsExactly("不不", "投投", "意建");
    assertThat(RequiredChars.allOf(Pattern.compile("^(?![◎●]?(图|圖)).*未[经經].{0,16}(授权|授權)")))
        .containsExactly("未", "经經", "授授");
    assertThat(RequiredChars.allOf(Pattern.compile("下[载載]|App"))).containsExactly("下A");
    assertThat(RequiredChars.allOf(Pattern.compile("下载app", Pattern.CASE_INSENSITIVE)))
        .containsExactly("下", "载", "aA", "pP", "pP");
    assertThat(RequiredChars.allOf(Pattern.compile("\\d+个回答")))
        .containsExactly("个", "回", "答");
    assertThat(RequiredChars.allOf(Pattern.compile(".*"))).isEmpty();
  }

  @Test
  void readsAClassOfDigitsOrSpacesAsRequiringNoListedCharacter() {
    assertThat(of("楼主|\\d+\\s*个回答")).isEqualTo("楼个");
    assertThat(of("\\d+")).isNull();
    assertThat(of("\\p{IsHan}")).isNull();
  }

  @Test
  void foldsAsciiLettersWhenCaseIsIgnored() {
    assertThat(RequiredChars.of(Pattern.compile("下载app", Pattern.CASE_INSENSITIVE)))
        .isEqualTo("下");
    assertThat(RequiredChars.of(Pattern.compile("App|客户端", Pattern.CASE_INSENSITIVE)))
        .isEqualTo("A客a");
  }

  @Test
  void givesNothingWhenAMatchMayHoldNoneOrTheExpressionIsNotPlain() {
    for (String regex : List.of("a?", ".*", "a|b?", "(a|)", "x{0,3}", "[^a]", "[a-z]", "\\d+",
        "a\\.b", "(?i)abc", "(?<y>a)", "(?>ab)", "[\\w]", "")) {
      assertThat(of(regex)).as(regex).isNull();
    }
    assertThat(RequiredChars.of(Pattern.compile("abc", Pattern.UNICODE_CASE
        | Pattern.CASE_INSENSITIVE))).isNull();
    assertThat(RequiredChars.of(Pattern.compile("a b", Pattern.COMMENTS))).isNull();
  }

  @Test
  void everyNoticePatternMatchOnTheCorpusHoldsARequiredCharacter() {
    List<Pattern> notices = Fixtures.boilerplate().linePatternList();
    int matched = 0;
    for (Pattern p : notices) {
      String required = RequiredChars.of(p);
      assertThat(required).as(p.pattern()).isNotNull();
      for (String line : Fixtures.corpusLines()) {
        String compact = TextNormalizer.compact(line);
        if (p.matcher(compact).find()) {
          matched++;
          assertThat(RequiredChars.holdsAny(compact, required)).as(compact).isTrue();
        }
      }
    }
    assertThat(matched).isPositive();
  }
}
