package org.reliefarchive.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WARC and ARC files made by other tools that were imported into the archive, in {@code
 * imports.jsonl} beside our own files: where each came from, under which name the archive refers
 * to it, which portal it was imported for, and how far the import got, so an import killed half
 * way resumes at its last checkpoint and {@code reindex} maps the file's records to portals
 * again. Rewritten whole (through a temporary file) at every change; it stays small. Thread-safe.
 */
public final class ImportedFiles {
  /** File name of the list in the archive directory. */
  public static final String FILE_NAME = "imports.jsonl";

  private static final Logger LOG = LoggerFactory.getLogger(ImportedFiles.class);
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final Map<String, Entry> byName = new LinkedHashMap<>();

  /**
   * One imported file.
   *
   * @param name the name the archive refers to it by: a link in the archive directory to
   *     {@code source}, or, for a copied file, only the key of its progress
   * @param source the absolute path of the file as imported
   * @param size its size in bytes when imported
   * @param portal the portal every record was imported for ({@code --portal}), or null when
   *     each record's URL chose its portal
   * @param copied true when its records were copied into the archive's own WARC files
   * @param next offset of the first record not yet imported (the checkpoint)
   * @param done true once every record was read
   */
  public record Entry(String name, String source, long size, String portal, boolean copied,
      long next, boolean done) {
    /** The same entry with the checkpoint moved to {@code offset}. */
    public Entry at(long offset, boolean finished) {
      return new Entry(name, source, size, portal, copied, offset, finished);
    }
  }

  private ImportedFiles(Path file) {
    this.file = file;
  }

  /**
   * Reads the list of {@code archiveDir}; a missing file is an empty list, an unreadable line
   * is reported and left out.
   *
   * @throws ArchiveException if the file exists and cannot be read
   */
  public static ImportedFiles open(Path archiveDir) {
    ImportedFiles files = new ImportedFiles(archiveDir.resolve(FILE_NAME));
    if (!Files.exists(files.file)) {
      return files;
    }
    try (BufferedReader in = Files.newBufferedReader(files.file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        try {
          Entry e = JSON.readValue(line, Entry.class);
          files.byName.put(e.name(), e);
        } catch (IOException e) {
          LOG.warn("{}: unreadable line left out: {}", files.file, e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new ArchiveException(files.file, "cannot read the list of imported files", e);
    }
    return files;
  }

  /** The entry called {@code name}, or null. */
  public synchronized Entry get(String name) {
    return byName.get(name);
  }

  /** The entry of the file at {@code source} with {@code size} bytes, or null. */
  public synchronized Entry bySource(String source, long size) {
    for (Entry e : byName.values()) {
      if (e.source().equals(source) && e.size() == size) {
        return e;
      }
    }
    return null;
  }

  /** Every entry, in the order they were first imported. */
  public synchronized List<Entry> entries() {
    return new ArrayList<>(byName.values());
  }

  /**
   * Adds or replaces {@code entry} and writes the list.
   *
   * @throws ArchiveException if the list cannot be written
   */
  public synchronized void put(Entry entry) {
    byName.put(entry.name(), entry);
    Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (Entry e : byName.values()) {
          w.write(JSON.writeValueAsString(e));
          w.write('\n');
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ArchiveException(file, "cannot write the list of imported files", e);
    }
  }
}
