package org.reliefarchive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.enrich.TaggedText;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchHit;

/**
 * One report: heading, metadata, the clean text with its tag mentions marked, the tags, a
 * citation line, reprints, similar reports, the capture history when the archive has one, and
 * the archived copy in a sandboxed frame. This class builds a {@link ReportView};
 * {@code report.jte} writes it, escaping every value.
 */
final class ReportPage {
  String render(ReportDetail r, List<SearchHit> similar, Messages m) {
    return Templates.render("report.jte", view(r, similar, m));
  }

  ReportView view(ReportDetail r, List<SearchHit> similar, Messages m) {
    String title = r.title() == null || r.title().isBlank() ? r.url() : r.title();
    String lang = SearchUrl.langSuffix(m, '?');
    String href = "/reports/" + Html.url(r.id());
    String other = m.t("lang.other.code");
    List<Header.Field> hidden = Messages.DEFAULT.equals(m.code()) ? List.of()
        : List.of(new Header.Field("lang", m.code()));
    Header header = new Header(m, null, false, hidden,
        href + SearchUrl.langSuffix(Messages.forLang(other), '?'), false);
    List<ReportView.Fact> facts = new ArrayList<>();
    fact(facts, "report.portal", r.portalName() != null ? r.portalName() : r.portal(), true);
    fact(facts, "report.date", r.date() == null ? null : r.date().replace('T', ' ')
        + (r.dateSource() == null ? "" : " (" + m.t("report.dateSource." + r.dateSource()) + ")"),
        false);
    fact(facts, "report.source", r.source(), true);
    fact(facts, "report.decoding", r.decodingNote(), false);
    fact(facts, "report.editor", r.editor(), true);
    fact(facts, "report.author", r.author(), true);
    fact(facts, "report.correspondent", r.correspondent(), true);
    fact(facts, "report.region", r.tags().primaryRegion(), true);
    List<ReportView.Copy> reprints = copies(r, lang);
    List<ReportView.Link> like = new ArrayList<>();
    for (SearchHit s : similar) {
      like.add(new ReportView.Link("/reports/" + Html.url(s.id()) + lang, s.title(),
          (s.portalName() == null ? "" : s.portalName()) + (s.date() == null ? ""
              : " · " + s.date().substring(0, Math.min(10, s.date().length())))));
    }
    return new ReportView(m, header, title, "/" + lang, facts,
        "removed".equals(r.status()) ? r.removedAt() : null, r.url(), Html.isWebUrl(r.url()),
        paragraphs(r, m), citation(r, m), tags(r.tags(), m), !r.tags().mentions().isEmpty(),
        reprints, r.reprints().size(), like, Captures.view(r, m), new ReportView.Archived(r.fetchedAt(),
            r.warcFile(), r.warcOffset(), r.digest(), href + "/archived", replay(r),
            Html.isWebUrl(r.url()) ? "/timemap/link/" + r.url() : null));
  }

  /** The report's capture replayed at {@code /web/{timestamp}/{url}}, or null. */
  private static String replay(ReportDetail r) {
    if (!Html.isWebUrl(r.url()) || r.fetchedAt() == null) {
      return null;
    }
    try {
      return "/web/" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss",
          java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC).format(
              java.time.Instant.parse(r.fetchedAt())) + "/" + r.url();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Every copy of a reprinted article, this report included, earliest first capture first, each
   * with its portal, publication day and first capture; empty without reprints.
   */
  static List<ReportView.Copy> copies(ReportDetail r, String lang) {
    if (r.reprints().isEmpty()) {
      return List.of();
    }
    record Ran(String firstCaptured, ReportView.Copy copy) {}
    List<Ran> all = new ArrayList<>();
    all.add(new Ran(r.firstCaptured(), new ReportView.Copy(null,
        r.portalName() != null ? r.portalName() : r.portal(), day(r.date()),
        Captures.display(r.firstCaptured()), "removed".equals(r.status()))));
    for (ReportDetail.Reprint p : r.reprints()) {
      all.add(new Ran(p.firstCaptured(), new ReportView.Copy(
          "/reports/" + Html.url(p.id()) + lang,
          p.portalName() != null ? p.portalName() : p.portal(), day(p.date()),
          Captures.display(p.firstCaptured()), "removed".equals(p.status()))));
    }
    all.sort(Comparator.comparing(Ran::firstCaptured,
        Comparator.nullsLast(Comparator.naturalOrder())));
    return all.stream().map(Ran::copy).toList();
  }

  private static String day(String date) {
    return date == null ? null : date.substring(0, Math.min(10, date.length()));
  }

  /**
   * A citation line: title, portal, date, URL, archived at; in English the title and the
   * portal are pieces of their own, to be marked as Chinese.
   */
  static List<ReportView.Piece> citation(ReportDetail r, Messages m) {
    String portal = r.portalName() != null ? r.portalName() : r.portal();
    String date = r.date() == null ? m.t("cite.undated") : r.date().substring(0, 10);
    String title = r.title() == null ? "" : r.title();
    if ("en".equals(m.code())) {
      return List.of(new ReportView.Piece("“", false), new ReportView.Piece(title, true),
          new ReportView.Piece("”, ", false), new ReportView.Piece(portal, true),
          new ReportView.Piece(", " + date + ". " + r.url() + " (archived by ReliefArchive, "
              + r.fetchedAt() + ")", false));
    }
    return List.of(new ReportView.Piece("《" + title + "》，" + portal + "，" + date + "。"
        + r.url() + "（ReliefArchive 存档于 " + r.fetchedAt() + "）", false));
  }

  private static void fact(List<ReportView.Fact> facts, String label, String value,
      boolean crawled) {
    if (value != null && !value.isBlank()) {
      facts.add(new ReportView.Fact(label, value, crawled));
    }
  }

  /**
   * The paragraphs, each cut at the tag mentions inside it. Mention offsets count in the report's
   * {@link TaggedText}.
   */
  static List<List<Part>> paragraphs(ReportDetail r, Messages m) {
    List<ReportTags.Mention> mentions = new ArrayList<>(r.tags().mentions());
    mentions.sort(Comparator.comparingInt(ReportTags.Mention::start));
    int[] starts = TaggedText.paragraphStarts(r.title(), r.paragraphs());
    List<List<Part>> paragraphs = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      String p = r.paragraphs().get(i);
      int base = starts[i];
      int end = base + p.length();
      List<Part> parts = new ArrayList<>();
      int at = base;
      for (ReportTags.Mention mention : mentions) {
        if (mention.start() < at || mention.end() > end || mention.start() >= mention.end()) {
          continue;
        }
        Part.plain(parts, p.substring(at - base, mention.start() - base));
        parts.add(new Part(p.substring(mention.start() - base, mention.end() - base),
            mention.kind(), m.tOr("tag." + mention.kind(), mention.kind()) + ": "
                + mention.value()));
        at = mention.end();
      }
      Part.plain(parts, p.substring(at - base));
      paragraphs.add(parts);
    }
    return paragraphs;
  }

  private static List<ReportView.TagGroup> tags(ReportTags t, Messages m) {
    List<ReportView.TagGroup> groups = new ArrayList<>();
    group(groups, "region", t.regionPaths(), m);
    group(groups, "agency_type", t.agencyTypes(), m);
    group(groups, "agency", t.agencies(), m);
    group(groups, "beneficiary", t.beneficiaries(), m);
    return groups;
  }

  private static void group(List<ReportView.TagGroup> groups, String dim, List<String> values,
      Messages m) {
    if (values.isEmpty()) {
      return;
    }
    List<ReportView.Link> links = new ArrayList<>();
    for (String v : values) {
      links.add(new ReportView.Link("/?" + dim + "=" + Html.url(v)
          + SearchUrl.langSuffix(m, '&'), v, null));
    }
    groups.add(new ReportView.TagGroup(dim, links));
  }
}
