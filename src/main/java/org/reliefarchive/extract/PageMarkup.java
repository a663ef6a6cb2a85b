package org.reliefarchive.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The machine-readable parts of a page, collected in the cleaning pass before scripts and meta
 * tags leave the body: they give the title and date candidates.
 *
 * @param metas every {@code <meta>} element, in document order
 * @param jsonLd every {@code <script type="application/ld+json">}, in document order
 * @param time the first {@code <time datetime>} or {@code [itemprop=datePublished]} element, or
 *     null
 * @param title the text of the first {@code <title>}, whitespace normalised; empty when none
 * @param entries the elements left after cleaning that are marked as a blog entry (class
 *     {@code hentry} or {@code h-entry}), in document order
 * @param datedItems the microdata items with a publication time of their own, marked with
 *     {@link DomCleaner#ITEM_DATE}, in the order their time was met
 */
record PageMarkup(List<Element> metas, List<Element> jsonLd, Element time, String title,
    List<Element> entries, List<Element> datedItems) {}
