package org.reliefarchive.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.reliefarchive.enrich.TraditionalToSimplified;

/**
 * The configset of the reports collection, shipped in the jar under {@code solr/configset/}:
 * the schema (the fields of {@code index.IndexSchema}, the analysis of {@code
 * index.ChineseAnalyzer} from stock factories), solrconfig.xml, and the traditional→simplified
 * mapping file of {@code MappingCharFilterFactory}, which {@link #charMapping()} writes from the
 * very character map the embedded analyzer uses.
 */
public final class SolrConfigset {
  /** Name of the mapping file in the configset. */
  public static final String MAPPING_FILE = "t2s-mapping.txt";
  /** The files of the configset, in the jar and in Solr. */
  public static final List<String> FILES = List.of("schema.xml", "solrconfig.xml", MAPPING_FILE);
  private static final String RESOURCES = "/solr/configset/";

  private SolrConfigset() {}

  /**
   * The mapping file: one line {@code "繁" => "简"} for every character the embedded analyzer
   * maps, in code point order, after a comment naming its origin.
   */
  public static String charMapping() {
    StringBuilder out = new StringBuilder();
    out.append("# Traditional to simplified characters, one for one, as the embedded index maps\n"
        + "# them (enrich.TraditionalToSimplified, from ICU's Traditional-Simplified data).\n"
        + "# Written by `relief-archive solr-setup --write-configset DIR`; do not edit.\n");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char to = TraditionalToSimplified.map((char) c);
      if (to != c) {
        out.append('"').append(escape((char) c)).append("\" => \"").append(escape(to))
            .append("\"\n");
      }
    }
    return out.toString();
  }

  private static String escape(char c) {
    // the escapes MappingCharFilterFactory reads; any other character stands for itself
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      default -> Character.isISOControl(c) || Character.isSurrogate(c)
          ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    };
  }

  /** The configset's files by name, as shipped in the jar. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : FILES) {
      try (InputStream in = SolrConfigset.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + RESOURCES + name);
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCES + name, e);
      }
    }
    return files;
  }

  /** The configset as a zip, the form Solr's configset API uploads. */
  public static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> f : files().entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes the configset to {@code dir} (for an upload by hand with {@code solr zk upconfig}),
   * the mapping file written afresh from the character map.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files().entrySet()) {
        byte[] content = f.getKey().equals(MAPPING_FILE)
            ? charMapping().getBytes(StandardCharsets.UTF_8) : f.getValue();
        Files.write(dir.resolve(f.getKey()), content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the configset to " + dir + ": "
          + e.getMessage(), e);
    }
  }
}
