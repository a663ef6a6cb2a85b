package org.reliefarchive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.reliefarchive.enrich.TextFingerprint;

/**
 * Assigns each report to a group of near-identical reprints: a report whose text fingerprint is
 * within {@link TextFingerprint#REPRINT_DISTANCE} bits of an indexed report joins that report's
 * group; otherwise it starts its own, named by its id. Candidates are found through four 16-bit
 * bands of the fingerprint (two fingerprints that differ in at most 3 bits share a band), kept in
 * memory and loaded from doc values when the index opens. Thread-safe.
 */
final class ReprintGroups {
  private record Entry(String id, String group, long simhash) {}

  private final Map<String, Entry> byId = new HashMap<>();
  private final List<Map<Integer, List<Entry>>> bands = new ArrayList<>();

  ReprintGroups() {
    for (int i = 0; i < 4; i++) {
      bands.add(new HashMap<>());
    }
  }

  /** Loads the groups of every live report of {@code reader}. */
  synchronized void load(DirectoryReader reader) throws IOException {
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      SortedDocValues ids = leaf.getSortedDocValues(IndexSchema.ID);
      SortedDocValues groups = leaf.getSortedDocValues(IndexSchema.GROUP);
      NumericDocValues hashes = leaf.getNumericDocValues(IndexSchema.SIMHASH);
      if (ids == null || groups == null || hashes == null) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)
            || !groups.advanceExact(doc) || !hashes.advanceExact(doc)) {
          continue;
        }
        put(new Entry(ids.lookupOrd(ids.ordValue()).utf8ToString(),
            groups.lookupOrd(groups.ordValue()).utf8ToString(), hashes.longValue()));
      }
    }
  }

  /**
   * The group of report {@code id} with fingerprint {@code simhash}, remembering the answer.
   * A report already grouped keeps its group when its text is still close to it.
   */
  synchronized String assign(String id, long simhash) {
    Entry old = byId.get(id);
    if (old != null) {
      remove(old);
      if (TextFingerprint.distance(old.simhash(), simhash) <= TextFingerprint.REPRINT_DISTANCE) {
        put(new Entry(id, old.group(), simhash));
        return old.group();
      }
    }
    String group = id;
    if (simhash != 0L) {
      int best = Integer.MAX_VALUE;
      for (int b = 0; b < 4; b++) {
        for (Entry e : bands.get(b).getOrDefault(band(simhash, b), List.of())) {
          int d = TextFingerprint.distance(e.simhash(), simhash);
          if (!e.id().equals(id) && d <= TextFingerprint.REPRINT_DISTANCE && d < best) {
            best = d;
            group = e.group();
          }
        }
      }
    }
    put(new Entry(id, group, simhash));
    return group;
  }

  /** Forgets every report (the index was emptied). */
  synchronized void clear() {
    byId.clear();
    bands.forEach(Map::clear);
  }

  private void put(Entry e) {
    byId.put(e.id(), e);
    if (e.simhash() != 0L) {
      for (int b = 0; b < 4; b++) {
        bands.get(b).computeIfAbsent(band(e.simhash(), b), k -> new ArrayList<>()).add(e);
      }
    }
  }

  private void remove(Entry e) {
    byId.remove(e.id());
    if (e.simhash() != 0L) {
      for (int b = 0; b < 4; b++) {
        List<Entry> list = bands.get(b).get(band(e.simhash(), b));
        if (list != null) {
          list.removeIf(x -> x.id().equals(e.id()));
        }
      }
    }
  }

  private static int band(long simhash, int b) {
    return (int) ((simhash >>> (16 * b)) & 0xFFFF);
  }
}
