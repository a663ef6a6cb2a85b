package org.reliefarchive.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes the bytes of a page into text. Sources of the charset, in order of trust: a byte order
 * mark; the bytes themselves when they are valid UTF-8 (GBK or Big5 text of any length never is);
 * the HTTP {@code Content-Type} header and the {@code <meta>} declaration, each checked by
 * decoding; ICU's detector and the Chinese charsets (GB18030, Big5). GB2312 and GBK are read as
 * GB18030, their superset; Big5 as Big5-HKSCS. A decoding is accepted only when it is plausible
 * (few replacement characters, private-use or kana characters, see {@link MojibakeMeter}). A page
 * that no charset decodes cleanly but one decodes into readable Chinese (a GB2312 page with a few
 * bytes outside it, a page mixing two encodings) is decoded with replacement characters and flagged
 * {@link DecodedHtml#lossy()}; only bytes that read as no language at all are refused, with the
 * reason. UTF-16 without a byte order mark is recognised by its zero bytes. Thread-safe.
 */
public final class HtmlDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(HtmlDecoder.class);

  /** Canonical name of UTF-8. */
  public static final String UTF_8 = "UTF-8";
  /** Canonical name of GB18030 (also used for GB2312 and GBK). */
  public static final String GB18030 = "GB18030";
  /** Canonical name of Big5 (decoded as Big5-HKSCS). */
  public static final String BIG5 = "Big5";

  private static final int META_SCAN_BYTES = 16 * 1024;
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  /** Share of suspicious characters a declared charset may produce. */
  private static final double DECLARED_TOLERANCE = 0.02;
  /** Share of suspicious characters a detected charset may produce. */
  private static final double DETECTED_TOLERANCE = 0.01;
  /**
   * Share of suspicious characters up to which a page is still readable, decoded with
   * replacement characters and flagged, when its ideographs make up most of its other
   * non-ASCII characters.
   */
  private static final double READABLE_TOLERANCE = 0.25;
  /** Share of CJK characters among the non-ASCII ones that makes a lossy decoding readable. */
  private static final double READABLE_CJK_SHARE = 0.6;

  /**
   * Decodes {@code body}.
   *
   * @param body the page bytes; null is read as empty
   * @param contentType the HTTP Content-Type header value, or null
   * @return the decoded text with the charset and reasons; never null, never throws
   */
  public DecodedHtml decode(byte[] body, String contentType) {
    byte[] bytes = body == null ? new byte[0] : body;
    List<String> reasons = new ArrayList<>();
    String header = labelIn(HEADER_CHARSET, contentType);
    String meta = metaCharset(bytes);
    String declaredLabel = header != null ? header : meta;

    DecodedHtml bom = fromBom(bytes, declaredLabel);
    if (bom == null) {
      bom = utf16WithoutBom(bytes, declaredLabel);
    }
    if (bom != null) {
      return bom;
    }
    String declared = canonical(declaredLabel);
    if (declared == null || declared.equals(UTF_8)) {
      // Most pages are UTF-8: one decoding pass tells valid UTF-8 (no replacement character)
      // without a separate scan of the bytes.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        reasons.add(text.length() == bytes.length ? "only ASCII bytes"
            : declaredLabel == null ? "no declaration; bytes are valid UTF-8"
            : "declared " + declaredLabel + " and valid UTF-8");
        return new DecodedHtml(text, UTF_8, declaredLabel, reasons);
      }
    }
    Utf8Check utf8 = Utf8Check.of(bytes);
    if (utf8.multiByte() == 0 && utf8.invalid() == 0) {
      String cs = canonical(declaredLabel);
      String use = cs != null && isAsciiCompatible(cs) ? cs : UTF_8;
      reasons.add("only ASCII bytes");
      return new DecodedHtml(new String(bytes, charset(use)), use, declaredLabel, reasons);
    }
    if (utf8.looksUtf8()) {
      String cs = canonical(declaredLabel);
      if (cs != null && !cs.equals(UTF_8)) {
        reasons.add(source(header, meta) + " declares " + declaredLabel
            + " but the bytes are valid UTF-8");
      } else {
        reasons.add(declaredLabel == null ? "no declaration; bytes are valid UTF-8"
            : "declared " + declaredLabel + " and valid UTF-8");
      }
      String text = utf8.invalid() == 0 ? new String(bytes, StandardCharsets.UTF_8)
          : decodeReplacing(bytes, UTF_8);
      return new DecodedHtml(text, UTF_8, declaredLabel, reasons);
    }
    return decodeLegacy(bytes, header, meta, declaredLabel, reasons);
  }

  /** Bytes that are not UTF-8: try the declarations, then detection, measuring mojibake. */
  private DecodedHtml decodeLegacy(
      byte[] bytes, String header, String meta, String declaredLabel, List<String> reasons) {
    Map<String, String> candidates = new LinkedHashMap<>();
    addCandidate(candidates, canonical(header), "header declares " + header);
    addCandidate(candidates, canonical(meta), "meta declares " + meta);
    Trial readable = null;
    String readableHow = null;
    for (String cs : candidates.keySet()) {
      if (cs.equals(UTF_8)) {
        reasons.add(candidates.get(cs) + " but the bytes are not UTF-8");
        continue;
      }
      Trial trial = Trial.of(bytes, cs);
      if (readable == null || trial.badShare() < readable.badShare()) {
        readable = trial;
        readableHow = candidates.get(cs);
      }
      boolean cjkDeclared = cs.equals(GB18030) || cs.equals(BIG5);
      if (trial.badShare() <= DECLARED_TOLERANCE && (cjkDeclared || !looksChinese(bytes))) {
        reasons.add(candidates.get(cs) + ", decoding checked");
        return new DecodedHtml(trial.text(), cs, declaredLabel, reasons);
      }
      reasons.add(String.format(Locale.ROOT, "%s but decoding gives %.1f%% suspicious characters",
          candidates.get(cs), 100 * trial.badShare()));
    }
    Map<String, String> detected = new LinkedHashMap<>();
    addCandidate(detected, icuGuess(bytes), "ICU detector");
    addCandidate(detected, GB18030, "fallback");
    addCandidate(detected, BIG5, "fallback");
    Trial best = null;
    String bestHow = null;
    for (Map.Entry<String, String> e : detected.entrySet()) {
      if (e.getKey().equals(UTF_8) || candidates.containsKey(e.getKey())) {
        continue;
      }
      Trial trial = Trial.of(bytes, e.getKey());
      if (best == null || trial.badShare() < best.badShare()) {
        best = trial;
        bestHow = e.getValue();
      }
    }
    if (best != null && best.badShare() <= DETECTED_TOLERANCE) {
      reasons.add(String.format(Locale.ROOT, "detected %s (%s, %.2f%% suspicious characters)",
          best.charset(), bestHow, 100 * best.badShare()));
      return new DecodedHtml(best.text(), best.charset(), declaredLabel, reasons);
    }
    // no charset decodes every byte: a declared Chinese charset is trusted over a guess when it
    // does about as well, and the page is kept when it reads as Chinese
    if (best != null && (readable == null || best.badShare() < readable.badShare() / 2)) {
      readable = best;
      readableHow = bestHow;
    }
    if (readable != null && readable.badShare() <= READABLE_TOLERANCE
        && MojibakeMeter.cjkShare(readable.text()) >= READABLE_CJK_SHARE) {
      reasons.add(String.format(Locale.ROOT, "decoded as %s (%s) with %d replacement characters"
              + " (%.1f%% suspicious characters): some bytes are not valid %s",
          readable.charset(), readableHow, replacements(readable.text()),
          100 * readable.badShare(), readable.charset()));
      return new DecodedHtml(readable.text(), readable.charset(), declaredLabel, reasons, true);
    }
    reasons.add(best == null ? "no candidate charset"
        : String.format(Locale.ROOT, "best guess %s still gives %.1f%% suspicious characters",
            best.charset(), 100 * best.badShare()));
    LOG.debug("cannot decode page: {}", reasons);
    return new DecodedHtml(null, null, declaredLabel, reasons);
  }

  private static void addCandidate(Map<String, String> candidates, String cs, String how) {
    if (cs != null) {
      candidates.putIfAbsent(cs, how);
    }
  }

  /** True when GB18030 decodes the bytes cleanly into mostly CJK text. */
  private static boolean looksChinese(byte[] bytes) {
    Trial gb = Trial.of(bytes, GB18030);
    return gb.badShare() <= DETECTED_TOLERANCE && MojibakeMeter.cjkShare(gb.text()) > 0.5;
  }

  private static DecodedHtml fromBom(byte[] b, String declared) {
    String cs = null;
    int skip = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      cs = UTF_8;
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = "UTF-16BE";
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = "UTF-16LE";
      skip = 2;
    }
    if (cs == null) {
      return null;
    }
    String text = new String(b, skip, b.length - skip, Charset.forName(cs));
    return new DecodedHtml(text, cs, declared, List.of("byte order mark says " + cs));
  }

  /**
   * UTF-16 without a byte order mark: most even (big-endian) or odd (little-endian) bytes of
   * the first kilobytes are zero, as ASCII markup in UTF-16 makes them; null otherwise.
   */
  private static DecodedHtml utf16WithoutBom(byte[] b, String declared) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 16 || !hasZero(b, Math.min(n, 64))) {
      return null; // markup in UTF-16 has zero bytes from its first characters on
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += b[i] == 0 ? 1 : 0;
      oddZero += b[i + 1] == 0 ? 1 : 0;
    }
    // ASCII markup puts its zero bytes on one side; Chinese text, two non-zero bytes a
    // character, may be most of the page, so the share of zeros says little, their side a lot
    String cs = evenZero >= MIN_UTF16_ZEROS && oddZero * 8 <= evenZero ? "UTF-16BE"
        : oddZero >= MIN_UTF16_ZEROS && evenZero * 8 <= oddZero ? "UTF-16LE" : null;
    if (cs == null) {
      return null;
    }
    String text = decodeReplacing(b, cs);
    return new DecodedHtml(text, cs, declared,
        List.of("no byte order mark; zero bytes say " + cs), text.indexOf('\uFFFD') >= 0);
  }

  /** Zero bytes on one side of the pairs that make a page UTF-16 (markup's ASCII characters). */
  private static final int MIN_UTF16_ZEROS = 8;

  private static boolean hasZero(byte[] b, int n) {
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static int replacements(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == '\uFFFD' ? 1 : 0;
    }
    return n;
  }

  private static String icuGuess(byte[] bytes) {
    try {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      for (CharsetMatch m : detector.detectAll()) {
        String cs = canonical(m.getName());
        if (cs != null && (cs.equals(GB18030) || cs.equals(BIG5) || cs.equals(UTF_8))) {
          return cs;
        }
      }
    } catch (RuntimeException e) {
      LOG.debug("ICU charset detection failed: {}", e.toString());
    }
    return null;
  }

  /**
   * The canonical name for a charset label: GB2312/GBK/GB18030 → "GB18030", Big5 family → "Big5",
   * UTF-8 → "UTF-8", other labels the JVM knows → their Java name; null for unknown labels.
   */
  public static String canonical(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String l = label.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (l) {
      case "utf-8", "utf8", "unicode", "utf-16", "utf16", "unicode-1-1-utf-8":
        // HTML: a meta declaring UTF-16 in an ASCII-compatible page means UTF-8.
        return UTF_8;
      case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn",
          "gb-2312-80", "csgb2312", "chinese", "iso-ir-58", "x-euc-cn", "hz-gb-2312":
        return GB18030;
      case "big5", "big-5", "big5-hkscs", "cp950", "ms950", "x-windows-950", "windows-950",
          "x-big5", "csbig5", "cn-big5":
        return BIG5;
      default:
        try {
          return Charset.isSupported(l) ? Charset.forName(l).name() : null;
        } catch (RuntimeException e) {
          return null;
        }
    }
  }

  /** The Java charset used to decode a canonical name. */
  static Charset charset(String canonical) {
    return switch (canonical) {
      case UTF_8 -> StandardCharsets.UTF_8;
      case BIG5 -> Charset.forName("Big5-HKSCS");
      default -> Charset.forName(canonical);
    };
  }

  private static boolean isAsciiCompatible(String canonical) {
    return !canonical.startsWith("UTF-16") && !canonical.startsWith("UTF-32");
  }

  static String decodeReplacing(byte[] bytes, String canonical) {
    CharsetDecoder decoder = charset(canonical).newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // cannot happen with REPLACE
      return new String(bytes, charset(canonical));
    }
  }

  /**
   * The label of the first {@code <meta … charset=label>} in the first bytes; a byte scan, as the
   * page is not decoded yet.
   */
  static String metaCharset(byte[] bytes) {
    int limit = Math.min(bytes.length, META_SCAN_BYTES);
    for (int i = 0; i + 5 < limit; i++) {
      if (bytes[i] != '<' || !matchesIgnoreCase(bytes, i + 1, limit, "meta")) {
        continue;
      }
      int end = i + 5;
      while (end < limit && bytes[end] != '>') {
        end++;
      }
      for (int j = i + 5; j + 7 <= end; j++) {
        if (matchesIgnoreCase(bytes, j, end, "charset")) {
          String label = labelAfter(bytes, j + 7, end);
          if (label != null) {
            return label;
          }
        }
      }
      i = end;
    }
    return null;
  }

  private static boolean matchesIgnoreCase(byte[] b, int at, int limit, String word) {
    if (at + word.length() > limit) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      int c = b[at + k] | 0x20;
      if (c != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The label in {@code \s*=\s*["']?\s*label}, or null. */
  private static String labelAfter(byte[] b, int from, int end) {
    int i = skipSpace(b, from, end);
    if (i >= end || b[i] != '=') {
      return null;
    }
    i = skipSpace(b, i + 1, end);
    if (i < end && (b[i] == '"' || b[i] == '\'')) {
      i = skipSpace(b, i + 1, end);
    }
    int start = i;
    while (i < end && isLabelByte(b[i])) {
      i++;
    }
    return i > start ? new String(b, start, i - start, StandardCharsets.ISO_8859_1) : null;
  }

  private static int skipSpace(byte[] b, int i, int end) {
    while (i < end && (b[i] == ' ' || (b[i] >= 9 && b[i] <= 13))) {
      i++;
    }
    return i;
  }

  private static boolean isLabelByte(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || c == '.' || c == ':' || c == '-';
  }

  private static String labelIn(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String source(String header, String meta) {
    return header != null ? "header" : meta != null ? "meta" : "page";
  }

  /** One decoding attempt and its share of suspicious characters. */
  private record Trial(String charset, String text, double badShare) {
    static Trial of(byte[] bytes, String charset) {
      String text = decodeReplacing(bytes, charset);
      return new Trial(charset, text, MojibakeMeter.badShare(text));
    }
  }
}
