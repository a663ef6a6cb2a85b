package org.reliefarchive.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.URIs;

/**
 * {@code GET /cdx}: the CDX server API of pywb and OutbackCDX over the archive's CDXJ index, so a
 * wayback such as pywb can sit on top of the archive. Parameters: {@code url} (required),
 * {@code matchType} ({@code exact}, {@code prefix}, {@code host}, {@code domain}; a {@code url}
 * ending in {@code *} is a prefix), {@code from} and {@code to} (1 to 14 digits of a time
 * stamp), {@code limit}, {@code output=json} (one JSON object per line) and {@code fl} (the
 * fields to give, comma-separated). The index file is read again when it changes.
 */
final class CdxRoutes {
  /** The fields of a CDXJ line, in the order they are given. */
  static final List<String> FIELDS = List.of("urlkey", "timestamp", "url", "mime", "status",
      "digest", "length", "offset", "filename");
  private static final Set<String> MATCH_TYPES = Set.of("exact", "prefix", "host", "domain");
  private static final int MAX_LIMIT = 100_000;
  /**
   * A segment of the index beside its base file, or a crawl worker's index and its segments
   * (index-w2.cdxj, index-w2-000001.cdxj), as the archive writes them.
   */
  private static final java.util.regex.Pattern SEGMENT =
      java.util.regex.Pattern.compile("index(-w\\d+)?(-\\d{6})?\\.cdxj");
  /** The media type CDX indexes give a revisit record (as pywb writes it). */
  static final String REVISIT_MIME = "warc/revisit";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final Path file;
  private volatile Loaded loaded = new Loaded(new String[0], "");

  /**
   * @param file the archive's {@code index.cdxj}, read with its segments; a missing file is an
   *     empty index
   */
  CdxRoutes(Path file) {
    this.file = file;
  }

  private record Loaded(String[] lines, String signature) {}

  /** One parsed query. */
  record Query(String keyPrefix, String matchType, String from, String to, int limit,
      boolean json, List<String> fields) {}

  void cdx(Context ctx) throws IOException {
    Query q = parse(ctx);
    if (q == null) {
      return;
    }
    List<String> found = find(q);
    StringBuilder out = new StringBuilder();
    for (String line : found) {
      if (q.json()) {
        out.append(JSON.writeValueAsString(select(fields(line), q.fields()))).append('\n');
      } else if (q.fields() == null) {
        out.append(line).append('\n');
      } else {
        Map<String, Object> f = select(fields(line), q.fields());
        out.append(String.join(" ", f.values().stream().map(String::valueOf).toList()))
            .append('\n');
      }
    }
    ctx.contentType(q.json() ? "application/x-ndjson; charset=utf-8"
        : "text/plain; charset=utf-8").result(out.toString());
  }

  /** The lines that answer {@code q}, in index order (by key, then time). */
  List<String> find(Query q) throws IOException {
    String[] lines = lines();
    int i = Arrays.binarySearch(lines, q.keyPrefix());
    if (i < 0) {
      i = -i - 1;
    }
    List<String> out = new ArrayList<>();
    for (; i < lines.length && out.size() < q.limit(); i++) {
      String line = lines[i];
      if (!line.startsWith(q.keyPrefix())) {
        break;
      }
      int sp = line.indexOf(' ');
      if (sp < 0) {
        continue;
      }
      if ("exact".equals(q.matchType()) && sp != q.keyPrefix().length()) {
        continue;
      }
      // domain: the host and the hosts under it (cn,example and cn,example,news), not
      // cn,examples
      char next = line.charAt(q.keyPrefix().length());
      if ("domain".equals(q.matchType()) && next != ')' && next != ',') {
        continue;
      }
      String ts = line.substring(sp + 1, Math.min(line.length(), sp + 15));
      if (ts.compareTo(q.from()) < 0 || ts.compareTo(q.to()) > 0) {
        continue;
      }
      out.add(line);
    }
    return out;
  }

  /**
   * One capture of a URL as the index gives it.
   *
   * @param timestamp its 14-digit time stamp
   * @param url the captured URL
   * @param mime media type ({@code warc/revisit} for a revisit)
   * @param status HTTP status
   * @param filename WARC file of the payload: the record's own, or for a revisit resolved by
   *     {@link #resolved} the file of the response it refers to
   * @param offset offset of that record
   * @param digest payload digest, or null
   */
  record Capture(String timestamp, String url, String mime, int status, String filename,
      long offset, String digest) {
    /** A whole response with content (not a revisit, not an error or redirect). */
    boolean isContent() {
      return status >= 200 && status < 300 && !isRevisit();
    }

    /** A revisit record: its payload is that of an earlier response. */
    boolean isRevisit() {
      return REVISIT_MIME.equals(mime);
    }

    /** This capture (a revisit) showing the payload of {@code original}. */
    Capture withPayloadOf(Capture original) {
      return new Capture(timestamp, url, mime, status, original.filename(), original.offset(),
          digest);
    }
  }

  /**
   * The captures of {@code url} that show content, oldest first: whole 2xx responses, and the
   * revisit records (of an unchanged payload, or a 304 answer) resolved to the response they
   * repeat, as pywb resolves them: the latest earlier response of the URL with the same payload
   * digest (else the earliest later one). A revisit whose response is not in the index is left
   * out.
   */
  static List<Capture> resolved(List<Capture> all) {
    List<Capture> out = new ArrayList<>();
    for (Capture c : all) {
      if (c.isContent()) {
        out.add(c);
      } else if (c.isRevisit() && c.digest() != null
          && (c.status() >= 200 && c.status() < 300 || c.status() == 304)) {
        Capture original = null;
        for (Capture o : all) {
          if (o.isContent() && c.digest().equals(o.digest())
              && (original == null || o.timestamp().compareTo(c.timestamp()) <= 0)) {
            original = o;
          }
        }
        if (original != null) {
          out.add(c.withPayloadOf(original));
        }
      }
    }
    return out;
  }

  /** Every capture of exactly {@code url}, oldest first; empty when it was never captured. */
  List<Capture> captures(String url) throws IOException {
    String key;
    try {
      key = URIs.toNormalizedSurt(url);
    } catch (RuntimeException e) {
      return List.of();
    }
    List<Capture> out = new ArrayList<>();
    for (String line : find(new Query(key, "exact", "0".repeat(14), "9".repeat(14), MAX_LIMIT,
        false, null))) {
      Map<String, Object> f = fields(line);
      int status;
      try {
        status = Integer.parseInt(String.valueOf(f.get("status")));
      } catch (NumberFormatException e) {
        status = 0;
      }
      out.add(new Capture((String) f.get("timestamp"), String.valueOf(f.get("url")),
          String.valueOf(f.get("mime")), status, String.valueOf(f.get("filename")),
          Long.parseLong(String.valueOf(f.get("offset"))),
          f.get("digest") == null ? null : String.valueOf(f.get("digest"))));
    }
    return out;
  }

  private Query parse(Context ctx) {
    String url = ctx.queryParam("url");
    if (url == null || url.isBlank()) {
      bad(ctx, "url", "url is required: the URL (or URL prefix) to look up");
      return null;
    }
    String matchType = ctx.queryParam("matchType");
    url = url.strip();
    if (matchType == null && url.endsWith("*")) {
      matchType = "prefix";
      url = url.substring(0, url.length() - 1);
    }
    matchType = matchType == null ? "exact" : matchType.toLowerCase(Locale.ROOT);
    if (!MATCH_TYPES.contains(matchType)) {
      bad(ctx, "matchType", "matchType is '" + matchType + "'; allowed: exact, prefix, host, "
          + "domain");
      return null;
    }
    if (!url.contains("://")) {
      url = "http://" + url;
    }
    String key;
    try {
      key = URIs.toNormalizedSurt(url);
    } catch (RuntimeException e) {
      bad(ctx, "url", "url is not a URL: " + url);
      return null;
    }
    int close = key.indexOf(')');
    String host = close < 0 ? key : key.substring(0, close);
    String prefix = switch (matchType) {
      case "exact", "prefix" -> key;
      case "host" -> host + ")";
      default -> host;
    };
    String from = stamp(ctx, "from", '0');
    String to = stamp(ctx, "to", '9');
    if (from == null || to == null) {
      return null;
    }
    int limit = MAX_LIMIT;
    String l = ctx.queryParam("limit");
    if (l != null) {
      try {
        limit = Integer.parseInt(l.strip());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        bad(ctx, "limit", "limit is '" + l + "'; allowed: 1 to " + MAX_LIMIT);
        return null;
      }
    }
    String output = ctx.queryParam("output");
    if (output != null && !output.equals("json") && !output.equals("cdxj")
        && !output.equals("text")) {
      bad(ctx, "output", "output is '" + output + "'; allowed: json, text");
      return null;
    }
    List<String> fields = null;
    String fl = ctx.queryParam("fl");
    if (fl != null && !fl.isBlank()) {
      fields = new ArrayList<>();
      for (String f : fl.split(",")) {
        String name = f.strip();
        if (!FIELDS.contains(name)) {
          bad(ctx, "fl", "fl names '" + name + "'; allowed: " + String.join(", ", FIELDS));
          return null;
        }
        fields.add(name);
      }
    }
    return new Query(prefix, matchType, from, to, limit, "json".equals(output), fields);
  }

  /** A 1 to 14 digit time stamp padded to 14 with {@code pad}, or the full range's end. */
  private static String stamp(Context ctx, String name, char pad) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return String.valueOf(pad).repeat(14);
    }
    v = v.strip();
    if (!v.matches("\\d{1,14}")) {
      bad(ctx, name, name + " is '" + v + "'; allowed: 1 to 14 digits of a time stamp "
          + "(yyyyMMddHHmmss, UTC)");
      return null;
    }
    return v + String.valueOf(pad).repeat(14 - v.length());
  }

  private static Map<String, Object> fields(String line) throws IOException {
    int sp1 = line.indexOf(' ');
    int sp2 = line.indexOf(' ', sp1 + 1);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("urlkey", line.substring(0, sp1));
    out.put("timestamp", line.substring(sp1 + 1, sp2));
    out.putAll(JSON.readValue(line.substring(sp2 + 1), MAP));
    return out;
  }

  private static Map<String, Object> select(Map<String, Object> all, List<String> fields) {
    if (fields == null) {
      return all;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : fields) {
      out.put(f, all.getOrDefault(f, "-"));
    }
    return out;
  }

  private String[] lines() throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return load();
      } catch (java.nio.file.NoSuchFileException e) {
        // a merge removed a segment between listing and reading: list again
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /**
   * The lines of the base file and its segments ({@code index-NNNNNN.cdxj} beside it) and of
   * the crawl workers' indexes, sorted, each once, read again when any of them changed.
   */
  private String[] load() throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.exists(file)) {
      files.add(file);
    }
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && Files.isDirectory(dir)) {
      Path base = file.toAbsolutePath();
      try (java.util.stream.Stream<Path> s = Files.list(dir)) {
        s.filter(p -> !p.toAbsolutePath().equals(base)
            && SEGMENT.matcher(p.getFileName().toString()).matches()).sorted()
            .forEach(files::add);
      }
    }
    StringBuilder sig = new StringBuilder();
    for (Path f : files) {
      sig.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
          .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
    }
    String signature = sig.toString();
    Loaded l = loaded;
    if (!l.signature().equals(signature)) {
      synchronized (this) {
        l = loaded;
        if (!l.signature().equals(signature)) {
          List<String> all = new ArrayList<>();
          for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
              if (!line.isBlank() && !line.startsWith("!")) {
                all.add(line);
              }
            }
          }
          // while a merge runs, a line may be in the new base and its old segment at once
          String[] lines = all.stream().sorted().distinct().toArray(String[]::new);
          l = new Loaded(lines, signature);
          loaded = l;
        }
      }
    }
    return l.lines();
  }

  private static void bad(Context ctx, String parameter, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "bad_parameter");
    body.put("parameter", parameter);
    body.put("message", message);
    ctx.status(400).json(body);
  }
}
