package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a (cleaned) DOM into {@link TextBlock}s in one depth-first pass: every block-level element
 * and every {@code <br>} ends the current line.
 */
final class BlockCollector {
  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "td", "th", "tr", "table", "tbody", "thead", "tfoot", "li", "ul", "ol",
          "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
          "footer", "aside", "nav", "main", "blockquote", "pre", "form", "center", "figure",
          "figcaption", "address", "hr", "br", "caption", "fieldset", "legend", "details",
          "summary", "body", "html", "dir", "menu", "hgroup");

  /**
   * Whitespace runs (including U+00A0, U+3000, zero-width) as one space, ends trimmed. A run of
   * ASCII white space holding a line break between two CJK characters or CJK punctuation is a
   * source-code wrap and disappears. Reads the first {@code n} characters of {@code raw} and
   * writes through {@code out}, which holds at least {@code n}: a line's characters are read from
   * an array, not one call at a time from a builder.
   */
  private static String collapse(char[] raw, int n, char[] out) {
    int len = 0;
    boolean space = false;
    boolean wrap = true;
    boolean newline = false;
    for (int i = 0; i < n; i++) {
      char c = raw[i];
      if (!TextNormalizer.isVisible(c)) {
        if (len > 0) {
          if (!space) {
            space = true;
            wrap = true;
            newline = false;
          }
          if (c == '\n') {
            newline = true;
          } else if (c > ' ') {
            wrap = false;
          }
        }
      } else {
        if (space) {
          if (!(newline && wrap && endsWrappedLine(out[len - 1]) && startsWrappedLine(c))) {
            out[len++] = ' ';
          }
          space = false;
        }
        out[len++] = c;
      }
    }
    return new String(out, 0, len);
  }

  private static boolean endsWrappedLine(char c) {
    return isHan(c) || "，。；：、！？”）".indexOf(c) >= 0;
  }

  private static boolean startsWrappedLine(char c) {
    return isHan(c) || "，。；：、！？“（".indexOf(c) >= 0;
  }

  private static boolean isHan(char c) {
    return HAN.get(c);
  }

  /**
   * The characters of script {@link Character.UnicodeScript#HAN}, looked up by bit: asking
   * {@code UnicodeScript.of} searches the script table on every call.
   */
  private static final BitSet HAN = hanCharacters();

  private static BitSet hanCharacters() {
    BitSet han = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0x2E80; c <= Character.MAX_VALUE; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han.set(c);
      }
    }
    return han;
  }

  /** True for h1–h6 (all of them in {@link #BLOCK_TAGS}). */
  private static boolean isHeading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1'
        && tag.charAt(1) <= '6';
  }

  /** True for tags that start a new line. */
  static boolean isBlock(String tag) {
    return BLOCK_TAGS.contains(tag);
  }

  /** The blocks of {@code root} in document order. */
  List<TextBlock> collect(Element root) {
    Visitor v = new Visitor();
    NodeTraversor.traverse(v, root);
    v.flush();
    return v.blocks;
  }

  private static final class Visitor implements NodeVisitor {
    final List<TextBlock> blocks = new ArrayList<>();
    final Deque<Element> containers = new ArrayDeque<>();
    final StringBuilder text = new StringBuilder();
    /** The characters of {@link #text} and its collapsed form, reused from line to line. */
    char[] raw = new char[256];
    char[] collapsed = new char[256];
    int linkDepth;
    /** For each open link, whether it counts as one (a link to an image file does not). */
    final Deque<Boolean> links = new ArrayDeque<>();
    int headingDepth;
    int chars;
    int linkChars;
    int punct;
    int ends;
    int tags;
    boolean heading;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        addText(t.getWholeText());
      } else if (node instanceof Element e) {
        tags++;
        String tag = e.normalName();
        if (BLOCK_TAGS.contains(tag)) {
          flush();
          if (!tag.equals("br") && !tag.equals("hr")) {
            containers.push(e);
          }
          if (isHeading(tag)) {
            headingDepth++;
          }
        } else if (tag.equals("a")) {
          boolean counts = !toImage(e);
          links.push(counts);
          linkDepth += counts ? 1 : 0;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("a")) {
          linkDepth -= links.pop() ? 1 : 0;
        } else if (BLOCK_TAGS.contains(tag)) {
          if (isHeading(tag)) {
            headingDepth--;
          }
          if (!tag.equals("br") && !tag.equals("hr")) {
            flush();
            if (!containers.isEmpty() && containers.peek() == e) {
              containers.pop();
            }
          }
        }
      }
    }

    private void addText(String s) {
      text.append(s);
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c >= '\u4E00' && c <= '\u9FFF') {
          // most characters of a page: a Han character is visible and no punctuation
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
          continue;
        }
        if (!TextNormalizer.isVisible(c)) {
          continue;
        }
        chars++;
        if (linkDepth > 0) {
          linkChars++;
        } else if (TextNormalizer.isClausePunct(c)) {
          punct++;
          if (TextNormalizer.isSentenceEnd(c)) {
            ends++;
          }
        } else if (c == '.' && i + 1 < n && s.charAt(i + 1) == ' ') {
          punct++;
          ends++;
        }
      }
      if (headingDepth > 0 && chars > 0) {
        heading = true;
      }
    }

    void flush() {
      if (chars > 0 && !containers.isEmpty()) {
        int n = text.length();
        if (raw.length < n) {
          raw = new char[Math.max(n, 2 * raw.length)];
          collapsed = new char[raw.length];
        }
        text.getChars(0, n, raw, 0);
        String line = collapse(raw, n, collapsed);
        blocks.add(new TextBlock(blocks.size(), line, containers.peek(), chars, linkChars, punct,
            ends, heading, tags));
        tags = 0;
      }
      text.setLength(0);
      chars = 0;
      linkChars = 0;
      punct = 0;
      ends = 0;
      heading = false;
    }
  }

  /** An image file: the target of a link that opens a photo larger (a lightbox). */
  private static final Pattern IMAGE_FILE =
      Pattern.compile("(?i)\\.(jpe?g|png|gif|webp|bmp)(\\?[^#]*)?(#.*)?$");

  /**
   * True for a link to an image file: the photo and its caption it wraps are the article's, not
   * a way to another page, so their text counts as plain text.
   */
  static boolean toImage(Element a) {
    String href = a.attr("href");
    return endsInImageExtension(href) && IMAGE_FILE.matcher(href).find();
  }

  private static final String[] IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "bmp"};
  /** The first letters of {@link #IMAGE_EXTENSIONS}. */
  private static final String IMAGE_INITIALS = "jpgwb";
  /** What may follow the extension in {@link #IMAGE_FILE}: a query, a fragment, a line end. */
  private static final String PATH_ENDS = "?#\n\r\u0085\u2028\u2029";

  /**
   * True when an image extension follows a dot of {@code href} and ends its path (the end, a
   * query, a fragment or a line end follows): what {@link #IMAGE_FILE} needs, tested without a
   * regular expression, since most links are to pages and the expression is then not run.
   */
  private static boolean endsInImageExtension(String href) {
    for (int dot = href.indexOf('.'); dot >= 0; dot = href.indexOf('.', dot + 1)) {
      // the expression folds ASCII case only: a dot before any other letter (www., .com, .html)
      // starts no image extension
      if (dot + 1 >= href.length() || IMAGE_INITIALS.indexOf(href.charAt(dot + 1) | 0x20) < 0) {
        continue;
      }
      for (String ext : IMAGE_EXTENSIONS) {
        int end = dot + 1 + ext.length();
        if (href.regionMatches(true, dot + 1, ext, 0, ext.length())
            && (end == href.length() || PATH_ENDS.indexOf(href.charAt(end)) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }
}
