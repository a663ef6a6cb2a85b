package org.reliefarchive.extract;

/**
 * Counts well-formed multi-byte UTF-8 sequences and malformed bytes in one linear pass. GBK and
 * Big5 text of more than a few characters is practically never well-formed UTF-8, so a page with
 * many good sequences and (almost) no bad ones is UTF-8 whatever it declares.
 *
 * @param multiByte well-formed sequences of two to four bytes
 * @param invalid malformed sequences
 */
record Utf8Check(int multiByte, int invalid) {

  /** Scans the bytes. */
  static Utf8Check of(byte[] b) {
    int multi = 0;
    int bad = 0;
    int i = 0;
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        bad++;
        i++;
        continue;
      }
      if (i + len > n) {
        // a sequence cut by the end of a truncated page
        bad++;
        break;
      }
      int cp = c & (0xFF >> (len + 1));
      boolean ok = true;
      for (int k = 1; k < len; k++) {
        int t = b[i + k] & 0xFF;
        if ((t & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (t & 0x3F);
      }
      if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        multi++;
        i += len;
      } else {
        bad++;
        i++;
      }
    }
    return new Utf8Check(multi, bad);
  }

  /** Valid UTF-8 with at most one bad sequence per thousand good ones (truncations, stray bytes). */
  boolean looksUtf8() {
    return multiByte > 0 && invalid * 1000L <= multiByte;
  }
}
