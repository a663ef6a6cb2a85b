package org.reliefarchive.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;

/**
 * The records that belong with a capture, found through the archive's CDX index: the request
 * record a crawler wrote next to its response (before it, as wget and Heritrix do, or after it,
 * as Browsertrix does; linked by WARC-Concurrent-To where the tool sets it), and the revisit
 * records of the same URL and payload digest, each with its own request. Request records are
 * looked for only between the capture and the captures before and after it in the same file.
 */
final class Neighbours {
  /** Records read at most on either side of a capture when looking for its request. */
  private static final int WINDOW = 8;
  private static final Pattern FIELD = Pattern.compile("\"(offset|length|filename|mime|digest)\""
      + "\\s*:\\s*\"([^\"]*)\"");

  private final Path dir;
  private final List<String> cdx;
  private final Map<String, long[]> startsByFile = new HashMap<>();
  private final Map<String, long[]> endsByFile = new HashMap<>();

  /** A record: its file and offset. */
  record Ref(String file, long offset) {}

  /**
   * Reads from the CDX index of {@code dir} (base and segments), one line at a time, only what
   * the captures of {@code urls} in {@code files} need: the lines of those URLs, and where the
   * records of those files start and end. An export of a few reports from a large archive holds
   * no more than that in memory.
   */
  Neighbours(Path dir, Collection<String> urls, Collection<String> files) throws IOException {
    this.dir = dir;
    Set<String> keys = new HashSet<>();
    for (String url : urls) {
      try {
        keys.add(CdxIndex.key(url));
      } catch (RuntimeException e) {
        // a URL without a key has no lines
      }
    }
    Set<String> wanted = new HashSet<>(files);
    List<String> lines = new ArrayList<>();
    Map<String, List<long[]>> byFile = new HashMap<>();
    for (Path index : CdxIndex.files(dir)) {
      try (BufferedReader in = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          int space = line.indexOf(' ');
          if (space > 0 && keys.contains(line.substring(0, space))) {
            lines.add(line);
          }
          Map<String, String> f = fields(line);
          if (!wanted.contains(f.get("filename"))) {
            continue;
          }
          try {
            long offset = Long.parseLong(f.get("offset"));
            long length = Long.parseLong(f.get("length"));
            byFile.computeIfAbsent(f.get("filename"), k -> new ArrayList<>())
                .add(new long[] {offset, offset + length});
          } catch (RuntimeException e) {
            // a line without place: nothing to look around
          }
        }
      }
    }
    // a line may be in two indexes of a shared directory (a worker's and one of the whole)
    this.cdx = lines.stream().sorted().distinct().toList();
    byFile.forEach((file, spans) -> {
      startsByFile.put(file, spans.stream().mapToLong(a -> a[0]).sorted().toArray());
      endsByFile.put(file, spans.stream().mapToLong(a -> a[1]).sorted().toArray());
    });
  }

  /**
   * The records that go with the capture of {@code url} at {@code offset} of {@code file}, in
   * archive order: its request, then each revisit of its payload with that revisit's request.
   */
  List<Ref> companions(String url, String file, long offset) {
    List<Ref> out = new ArrayList<>(requests(url, file, offset));
    String digest = null;
    List<String> lines = linesOf(url);
    for (String line : lines) {
      Map<String, String> f = fields(line);
      if (file.equals(f.get("filename")) && String.valueOf(offset).equals(f.get("offset"))) {
        digest = f.get("digest");
      }
    }
    if (digest == null) {
      return out;
    }
    for (String line : lines) {
      Map<String, String> f = fields(line);
      if (CdxIndex.REVISIT_MIME.equals(f.get("mime")) && digest.equals(f.get("digest"))) {
        try {
          long at = Long.parseLong(f.get("offset"));
          out.addAll(requests(url, f.get("filename"), at));
          out.add(new Ref(f.get("filename"), at));
        } catch (RuntimeException e) {
          // no place: left out
        }
      }
    }
    return out;
  }

  /** The CDX lines of exactly {@code url}. */
  private List<String> linesOf(String url) {
    String key;
    try {
      key = CdxIndex.key(url) + " ";
    } catch (RuntimeException e) {
      return List.of();
    }
    int i = java.util.Collections.binarySearch(cdx, key);
    List<String> out = new ArrayList<>();
    for (i = i < 0 ? -i - 1 : i; i < cdx.size() && cdx.get(i).startsWith(key); i++) {
      out.add(cdx.get(i));
    }
    return out;
  }

  /** Request records of {@code url} between the captures around the one at {@code offset}. */
  private List<Ref> requests(String url, String file, long offset) {
    long[] ends = endsByFile.get(file);
    long[] starts = startsByFile.get(file);
    if (ends == null || file.contains("/") || file.startsWith(".")) {
      return List.of();
    }
    // from the end of the capture before this one (or the file's start) ...
    int e = Arrays.binarySearch(ends, offset);
    e = e < 0 ? -e - 2 : e;
    long from = e >= 0 && ends[e] <= offset ? ends[e] : 0;
    // ... to the start of the capture after it (or the file's end)
    int s = Arrays.binarySearch(starts, offset + 1);
    s = s < 0 ? -s - 1 : s;
    long to = s < starts.length ? starts[s] : Long.MAX_VALUE;
    List<Ref> out = new ArrayList<>();
    Path path = dir.resolve(file);
    if (!Files.exists(path)) {
      return out;
    }
    try (WarcReader reader = new WarcReader(path)) {
      reader.position(offset);
      WarcRecord capture = reader.next().orElse(null);
      if (capture == null) {
        return out;
      }
      String captureId = capture.headers().first("WARC-Record-ID").orElse("");
      List<String> captureConcurrent = capture.headers().all("WARC-Concurrent-To");
      reader.position(from);
      for (int n = 0; n < 2 * WINDOW + 1; n++) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord r = next.get();
        long at = r instanceof org.netpreserve.jwarc.WarcCaptureRecord c ? c.position()
            : reader.position();
        if (at >= to) {
          break;
        }
        if (r instanceof WarcRequest req && url.equals(req.target())) {
          List<String> concurrent = req.headers().all("WARC-Concurrent-To");
          String id = req.headers().first("WARC-Record-ID").orElse("");
          // linked either way where the tool links them; unlinked, the URL decides
          boolean linked = concurrent.isEmpty() && captureConcurrent.isEmpty()
              || concurrent.contains(captureId) || captureConcurrent.contains(id);
          if (linked) {
            out.add(new Ref(file, req.position()));
          }
        }
      }
    } catch (IOException | RuntimeException ex) {
      // an unreadable neighbourhood: the capture goes without its request
    }
    return out;
  }

  private static Map<String, String> fields(String line) {
    Map<String, String> out = new HashMap<>();
    Matcher m = FIELD.matcher(line);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
  }
}
