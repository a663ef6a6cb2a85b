package org.reliefarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;

/**
 * Export of a whole result set, not just a page: CSV (UTF-8 with a byte-order mark, so Excel
 * shows Chinese; tags joined by "; " in one cell) and JSON Lines (tags as arrays, as the JSON
 * API gives them), streamed as the index is read, with every metadata field and tag.
 */
final class ExportRoutes {
  private static final String[] COLUMNS = {"id", "title", "url", "portal", "portal_name",
      "date", "source", "editor", "author", "correspondent", "primary_region", "regions",
      "agency_types", "agencies", "beneficiaries", "status", "removed_at", "reprint_group",
      "script", "fetched_at", "warc_file", "warc_offset", "digest", "text"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchBackend searcher;
  private final ServerConfig server;

  ExportRoutes(SearchBackend searcher, ServerConfig server) {
    this.searcher = searcher;
    this.server = server;
  }

  /** GET /export.csv: every matching report as a CSV row. */
  void csv(Context ctx) throws IOException {
    SearchRequest request = checked(ctx);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"reliefarchive-export.csv\"");
    Writer w = writer(ctx);
    // the byte-order mark goes first: the printer writes the header row when it is created
    w.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL.builder().setHeader(COLUMNS).get())) {
      searcher.forEach(request, r -> {
        try {
          csv.printRecord(row(r).values().stream().map(ExportRoutes::cell).toList());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** GET /export.jsonl: every matching report as one JSON object per line. */
  void jsonLines(Context ctx) throws IOException {
    SearchRequest request = checked(ctx);
    ctx.contentType("application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"reliefarchive-export.jsonl\"");
    try (Writer w = writer(ctx)) {
      searcher.forEach(request, r -> {
        try {
          Map<String, Object> row = row(r);
          // lists stay lists, as in the JSON API; only CSV joins them into one cell
          row.put("regions", r.tags().regionPaths());
          row.put("agency_types", r.tags().agencyTypes());
          row.put("agencies", r.tags().agencies());
          row.put("beneficiaries", r.tags().beneficiaries());
          row.put("paragraphs", r.paragraphs());
          row.remove("text");
          row.put("mentions", r.tags().mentions());
          w.write(JSON.writeValueAsString(row));
          w.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /**
   * A CSV cell that a spreadsheet does not run: a crawled text starting with {@code = + - @},
   * tab or carriage return would be read as a formula ({@code =HYPERLINK(…)}), so it gets a
   * leading {@code '}, as OWASP's CSV injection guide advises. Other values are left alone.
   */
  static Object cell(Object value) {
    if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return value;
  }

  /**
   * The request, its query parsed once before anything is sent: a bad query is a 400 with the
   * error, not an attachment that starts as a CSV and ends in an error.
   */
  private SearchRequest checked(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, server);
    searcher.parse(request.query());
    return request;
  }

  private static Writer writer(Context ctx) {
    // the first bytes go out at once; nothing of the result set is held in memory
    return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(),
        StandardCharsets.UTF_8), 64 * 1024);
  }

  private static Map<String, Object> row(ReportDetail r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("title", r.title());
    m.put("url", r.url());
    m.put("portal", r.portal());
    m.put("portal_name", r.portalName());
    m.put("date", r.date());
    m.put("source", r.source());
    m.put("editor", r.editor());
    m.put("author", r.author());
    m.put("correspondent", r.correspondent());
    m.put("primary_region", r.tags().primaryRegion());
    m.put("regions", String.join("; ", r.tags().regionPaths()));
    m.put("agency_types", String.join("; ", r.tags().agencyTypes()));
    m.put("agencies", String.join("; ", r.tags().agencies()));
    m.put("beneficiaries", String.join("; ", r.tags().beneficiaries()));
    m.put("status", r.status());
    m.put("removed_at", r.removedAt());
    m.put("reprint_group", r.group());
    m.put("script", r.script());
    m.put("fetched_at", r.fetchedAt());
    m.put("warc_file", r.warcFile());
    m.put("warc_offset", r.warcOffset());
    m.put("digest", r.digest());
    m.put("text", String.join("\n\n", r.paragraphs()));
    return m;
  }
}
