package org.reliefarchive.enrich;

/**
 * One administrative division of the gazetteer. Its path joins the full names from the province
 * down ("广东省/广州市/白云区/永平街道"); placeholder levels of the source data (市辖区,
 * 省直辖县级行政区划) are left out, so a district of a municipality sits right under it
 * ("北京市/东城区").
 */
public final class Division {
  private final String code;
  private final String name;
  private final RegionLevel level;
  private final Division parent;
  private final String path;
  private final int depth;

  /**
   * @param code statistical code (e.g. "440111011")
   * @param name full name (永平街道)
   * @param level its level
   * @param parent the division above, or null for a province
   */
  public Division(String code, String name, RegionLevel level, Division parent) {
    this.code = code;
    this.name = name;
    this.level = level;
    this.parent = parent;
    this.path = parent == null ? name : parent.path + "/" + name;
    this.depth = parent == null ? 0 : parent.depth + 1;
  }

  /** Statistical code. */
  public String code() {
    return code;
  }

  /** Full name. */
  public String name() {
    return name;
  }

  /** Level. */
  public RegionLevel level() {
    return level;
  }

  /** The division above, or null for a province. */
  public Division parent() {
    return parent;
  }

  /** Full names from the province down, joined by '/'. */
  public String path() {
    return path;
  }

  /** 0 for a province, 1 below it, and so on. */
  public int depth() {
    return depth;
  }

  /** True when {@code other} is this division or lies above it. */
  public boolean isWithin(Division other) {
    for (Division d = this; d != null; d = d.parent) {
      if (d == other) {
        return true;
      }
    }
    return false;
  }

  /** The province this division lies in (itself for a province). */
  public Division province() {
    Division d = this;
    while (d.parent != null) {
      d = d.parent;
    }
    return d;
  }

  @Override
  public String toString() {
    return path;
  }
}
