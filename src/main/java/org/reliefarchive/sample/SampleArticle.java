package org.reliefarchive.sample;

/**
 * One article page of the sample portal, as {@code manifest.json} records it: where it is
 * served, where its text came from and how its bytes and charset are delivered.
 *
 * @param portal id of the portal serving it ({@code gansu}, {@code gzgov}, {@code tw})
 * @param url absolute URL on the running portal
 * @param path the URL path, e.g. {@code /system/2021/11/09/030456789.shtml}
 * @param origin {@code seed} (rebuilt from a seed report) or {@code corpus} (a saved real page)
 * @param originId the seed file stem or corpus page id, e.g. {@code magic-html/4e55eac42f97a6d9}
 * @param title the true article title, or null when the corpus records none
 * @param encoding the charset the page bytes are in, a Java charset name (GBK, Big5, UTF-8, ...)
 * @param charsetDelivery where the right charset is declared: {@code header} (HTTP
 *     Content-Type), {@code meta} (only a meta tag), {@code none} (nowhere) or {@code wrong-meta}
 *     (right in the header, while the page's meta tag names another charset)
 * @param script {@code simplified} or {@code traditional}
 */
public record SampleArticle(
    String portal,
    String url,
    String path,
    String origin,
    String originId,
    String title,
    String encoding,
    String charsetDelivery,
    String script) {}
