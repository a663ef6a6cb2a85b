package org.reliefarchive.eval;

import java.util.List;
import org.reliefarchive.config.Check;

/**
 * A file of hand annotations (tag-accuracy): what a careful reader finds in each page.
 *
 * @param pages the annotated pages
 */
public record TagAnnotations(List<Page> pages) {

  /** Copies the list. */
  public TagAnnotations {
    pages = Check.list(pages);
  }

  /**
   * One page.
   *
   * @param id the page id of the corpus manifest (e.g. "magic-html/4e55eac42f97a6d9")
   * @param regions region paths, every level
   * @param agencyTypes agency types
   * @param agencies specific bodies, simplified
   * @param beneficiaries beneficiary groups
   * @param note why, in a line
   */
  public record Page(
      String id,
      List<String> regions,
      List<String> agencyTypes,
      List<String> agencies,
      List<String> beneficiaries,
      String note) {

    /** Checks the id and copies the lists. */
    public Page {
      Check.notBlank("pages.id", id);
      regions = Check.list(regions);
      agencyTypes = Check.list(agencyTypes);
      agencies = Check.list(agencies);
      beneficiaries = Check.list(beneficiaries);
    }
  }
}
