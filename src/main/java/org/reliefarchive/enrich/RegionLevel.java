package org.reliefarchive.enrich;

/** The level of an administrative division, from the top. */
public enum RegionLevel {
  /** Province, autonomous region, municipality (甘肃省, 北京市). */
  PROVINCE,
  /** Prefecture-level city, autonomous prefecture, league (兰州市, 甘南藏族自治州). */
  CITY,
  /** County-level division: district, county, county-level city, banner (安宁区, 醴陵市). */
  COUNTY,
  /** Township level: street office, town, township (永平街道, 李畋镇). */
  TOWN
}
