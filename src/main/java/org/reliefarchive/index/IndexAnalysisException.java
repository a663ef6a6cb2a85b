package org.reliefarchive.index;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index was built with another text analysis, another id scheme or another field layout than
 * this version's: its terms would not match the terms queries are turned into, its ids those of
 * new captures, or its postings lack what snippets read, so searches would silently miss and
 * re-crawls duplicate reports. The archive holds every capture, so {@code reindex} rebuilds the
 * index without losing anything.
 */
public final class IndexAnalysisException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  IndexAnalysisException(Directory directory, String builtWith) {
    super("the index in " + where(directory) + " was built with '" + builtWith
        + "', this version uses '" + ReportIndex.BUILD + "': run `relief-archive reindex`"
        + " to rebuild it from the WARC archive (nothing is lost; searches on the old index would"
        + " miss reports)");
  }

  private static String where(Directory directory) {
    return directory instanceof FSDirectory fs
        ? fs.getDirectory().toString() : directory.toString();
  }
}
