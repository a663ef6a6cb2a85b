package org.reliefarchive.config;

import java.util.List;

/**
 * {@code config/regions/regions.yaml}: the gazetteer files and the rules of the region tagger.
 *
 * @param provincesFile province-level divisions (CSV of china-division: code, name)
 * @param citiesFile prefecture-level divisions (code, name, provinceCode)
 * @param areasFile county-level divisions (code, name, cityCode, provinceCode)
 * @param streetsFile township-level divisions (code, name, areaCode, provinceCode, cityCode)
 * @param streetEndings township names are kept only with one of these endings (街道, 镇, 乡 …);
 *     the rest (农场, 林场, 开发区 …) are not places reports name
 * @param shortFormEndings endings stripped from province, city and county names to derive their
 *     short forms (甘肃省 → 甘肃, 兰州市 → 兰州), tried longest first
 * @param ethnicNames names of peoples stripped after an autonomous ending (延边朝鲜族自治州 → 延边);
 *     a one-character name is stripped only with 族
 * @param countyShortForms endings of county-level names whose short form is derived (市, 县, 旗 …);
 *     district short forms (白云区 → 白云) are common words and are not derived
 * @param minShortLength short forms shorter than this are not derived
 * @param stoplist names and short forms that are never matched alone: common words that are also
 *     place names (城区, 大同, 安康 …)
 * @param blockingNext text right after a short form that shows it is part of another name
 *     (兰州路, 张掖号)
 * @param originBefore words before a mention (or a 、 list of mentions) that make it a place of
 *     origin, not a place the report is about (从湖北返蓉, 途经重庆)
 * @param originAfter words right after a mention that make it a place of origin (湖北籍)
 * @param arrivalPrefixes beginnings of arrival aliases (来蓉, 返穗); a mention right before such an
 *     alias is a place of origin (湖北来蓉人员)
 * @param minStreetMentions township-level divisions mentioned fewer times than this, and not in
 *     the title, are not tagged themselves (their county still is)
 * @param notOriginAfter words right after a mention that begin with an {@code originAfter} word
 *     but make no origin (湖南人民政府, 湖北人社厅 after 人); null is empty
 * @param outsideMainland places outside the mainland whose names hold or spell a mainland name
 *     (九龙城区 holds 龙城区, 台北 a 台北街道); matched like names and dropped, so the name inside
 *     them is not read; null is empty
 * @param outsideFile the divisions of Hong Kong, Macao and Taiwan (china-division's
 *     {@code HK-MO-TW.json}), whose district names that a mainland county shares are not read as
 *     the mainland county when the text sets them outside the mainland; null reads none
 */
public record RegionConfig(
    String provincesFile,
    String citiesFile,
    String areasFile,
    String streetsFile,
    List<String> streetEndings,
    List<String> shortFormEndings,
    List<String> ethnicNames,
    List<String> countyShortForms,
    int minShortLength,
    List<String> stoplist,
    List<String> blockingNext,
    List<String> originBefore,
    List<String> originAfter,
    List<String> arrivalPrefixes,
    int minStreetMentions,
    List<String> notOriginAfter,
    List<String> outsideMainland,
    String outsideFile) {

  /** Checks every key and copies the lists. */
  public RegionConfig {
    Check.notBlank("provinces_file", provincesFile);
    Check.notBlank("cities_file", citiesFile);
    Check.notBlank("areas_file", areasFile);
    Check.notBlank("streets_file", streetsFile);
    streetEndings = words("street_endings", streetEndings);
    shortFormEndings = words("short_form_endings", shortFormEndings);
    ethnicNames = words("ethnic_names", ethnicNames);
    countyShortForms = words("county_short_forms", countyShortForms);
    Check.inRange("min_short_length", minShortLength, 1, 10);
    stoplist = words("stoplist", stoplist);
    blockingNext = words("blocking_next", blockingNext);
    originBefore = words("origin_before", originBefore);
    originAfter = words("origin_after", originAfter);
    arrivalPrefixes = words("arrival_prefixes", arrivalPrefixes);
    Check.inRange("min_street_mentions", minStreetMentions, 1, 100);
    notOriginAfter = words("not_origin_after", notOriginAfter == null ? List.of()
        : notOriginAfter);
    outsideMainland = words("outside_mainland", outsideMainland == null ? List.of()
        : outsideMainland);
    if (outsideFile != null) {
      outsideFile = Check.notBlank("outside_file", outsideFile).strip();
    }
  }

  static List<String> words(String key, List<String> values) {
    return Check.list(values).stream().map(v -> Check.notBlank(key + " entry", v).strip())
        .toList();
  }
}
