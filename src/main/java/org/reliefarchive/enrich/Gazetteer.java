package org.reliefarchive.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.config.ConfigException;
import org.reliefarchive.config.RegionConfig;

/**
 * The administrative divisions of the PRC, province to township, read from the CSV files of the
 * china-division package kept under {@code config/regions/}. Loaded once; immutable.
 */
public final class Gazetteer {
  /** City-level rows of the source data that are placeholders, not places. */
  private static final List<String> PLACEHOLDERS =
      List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  private final List<Division> divisions;
  private final Map<String, Division> byPath;

  /** A gazetteer of the given divisions (parents before children). */
  public Gazetteer(List<Division> divisions) {
    this.divisions = List.copyOf(divisions);
    Map<String, Division> paths = new HashMap<>();
    for (Division d : divisions) {
      paths.putIfAbsent(d.path(), d);
    }
    this.byPath = Map.copyOf(paths);
  }

  /**
   * Reads the four CSV files named by {@code config} from {@code dir}.
   *
   * @throws ConfigException if a file is missing or a row is malformed
   */
  public static Gazetteer load(Path dir, RegionConfig config) {
    Map<String, Division> provinces = new HashMap<>();
    Map<String, Division> cities = new HashMap<>();
    Map<String, Division> areas = new HashMap<>();
    List<Division> all = new ArrayList<>();
    for (String[] row : rows(dir.resolve(config.provincesFile()), 2)) {
      Division d = new Division(row[0], row[1], RegionLevel.PROVINCE, null);
      provinces.put(row[0], d);
      all.add(d);
    }
    for (String[] row : rows(dir.resolve(config.citiesFile()), 3)) {
      Division province = need(provinces, row[2], config.citiesFile());
      if (PLACEHOLDERS.contains(row[1])) {
        // children of a placeholder hang right under the province
        cities.put(row[0], province);
        continue;
      }
      Division d = new Division(row[0], row[1], RegionLevel.CITY, province);
      cities.put(row[0], d);
      all.add(d);
    }
    for (String[] row : rows(dir.resolve(config.areasFile()), 4)) {
      Division city = need(cities, row[2], config.areasFile());
      if (city.name().equals(row[1])) {
        // a city without counties (东莞市, 中山市, 儋州市) is listed again as its own county:
        // its townships hang right under the city, and 东莞市/东莞市 is no path
        areas.put(row[0], city);
        continue;
      }
      Division d = new Division(row[0], row[1], RegionLevel.COUNTY, city);
      areas.put(row[0], d);
      all.add(d);
    }
    for (String[] row : rows(dir.resolve(config.streetsFile()), 5)) {
      if (config.streetEndings().stream().noneMatch(row[1]::endsWith)) {
        continue;
      }
      all.add(new Division(row[0], row[1], RegionLevel.TOWN,
          need(areas, row[2], config.streetsFile())));
    }
    return new Gazetteer(all);
  }

  /** Every division, parents before children. */
  public List<Division> divisions() {
    return Collections.unmodifiableList(divisions);
  }

  /** The division with this path of full names, or null. */
  public Division byPath(String path) {
    return byPath.get(path);
  }

  private static Division need(Map<String, Division> parents, String code, String file) {
    Division d = parents.get(code);
    if (d == null) {
      throw new ConfigException(Path.of(file), "row refers to unknown parent code " + code, null);
    }
    return d;
  }

  private static List<String[]> rows(Path file, int columns) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read the gazetteer file: " + e.getMessage(), e);
    }
    List<String[]> rows = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != columns) {
        throw new ConfigException(file, "line " + (i + 1) + " has " + cells.length
            + " columns; expected " + columns, null);
      }
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].replace("\"", "").strip();
      }
      rows.add(cells);
    }
    return rows;
  }

}
