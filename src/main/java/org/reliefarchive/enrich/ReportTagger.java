package org.reliefarchive.enrich;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reliefarchive.config.AgencyConfig;
import org.reliefarchive.config.BeneficiaryConfig;
import org.reliefarchive.config.Check;
import org.reliefarchive.config.ConfigException;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.RegionAliasConfig;
import org.reliefarchive.config.RegionConfig;
import org.reliefarchive.extract.Article;

/**
 * Tags a report with the regions, agency types, specific agencies and beneficiary groups it
 * talks about. Works on the title and body paragraphs only (the extractor has already removed
 * boilerplate), normalised to simplified characters; mentions point into the original text.
 * Built once from its configuration (the automata are built in the constructor, in about a
 * second); then immutable and safe to share between threads.
 */
public final class ReportTagger implements ArticleEnricher.Tagger {
  private final List<TagStep> steps;

  /**
   * A tagger from loaded configuration.
   *
   * @param gazetteer the divisions
   * @param regions rules of the region tagger
   * @param aliases hand-listed place aliases
   * @param agencies agency types and body endings
   * @param beneficiaries beneficiary groups
   * @throws IllegalArgumentException if an argument is null or an alias names no division
   */
  public ReportTagger(Gazetteer gazetteer, RegionConfig regions, RegionAliasConfig aliases,
      AgencyConfig agencies, BeneficiaryConfig beneficiaries) {
    this(gazetteer, regions, aliases, agencies, beneficiaries, OutsidePlaces.none(), Map.of());
  }

  private ReportTagger(Gazetteer gazetteer, RegionConfig regions, RegionAliasConfig aliases,
      AgencyConfig agencies, BeneficiaryConfig beneficiaries, OutsidePlaces outside,
      Map<String, List<String>> listedNames) {
    Check.notNull("gazetteer", gazetteer);
    Check.notNull("regions", regions);
    Check.notNull("aliases", aliases);
    Check.notNull("agencies", agencies);
    Check.notNull("beneficiaries", beneficiaries);
    RegionNames names = new RegionNames(gazetteer, regions, aliases);
    this.steps = List.of(
        new RegionTagger(gazetteer, regions, names, outside),
        new AgencyTagger(agencies, readableNames(agencies, names, listedNames)),
        new BeneficiaryTagger(beneficiaries));
  }

  /**
   * Loads {@code regions/regions.yaml}, {@code regions/aliases.yaml}, the gazetteer files,
   * {@code agencies.yaml} and {@code beneficiaries.yaml} from {@code configDir} and builds a
   * tagger.
   *
   * @throws org.reliefarchive.config.ConfigException naming the file that is missing or wrong
   */
  public static ReportTagger load(Path configDir) {
    ConfigLoader loader = new ConfigLoader();
    Path regionDir = configDir.resolve("regions");
    RegionConfig regions = loader.load(regionDir.resolve("regions.yaml"), RegionConfig.class);
    RegionAliasConfig aliases =
        loader.load(regionDir.resolve("aliases.yaml"), RegionAliasConfig.class);
    AgencyConfig agencies = loader.load(configDir.resolve("agencies.yaml"), AgencyConfig.class);
    BeneficiaryConfig beneficiaries =
        loader.load(configDir.resolve("beneficiaries.yaml"), BeneficiaryConfig.class);
    Gazetteer gazetteer = Gazetteer.load(regionDir, regions);
    OutsidePlaces outside = regions.outsideFile() == null ? OutsidePlaces.none()
        : OutsidePlaces.load(regionDir.resolve(regions.outsideFile()));
    Map<String, List<String>> listedNames = new LinkedHashMap<>();
    for (AgencyConfig.AgencyType type : agencies.types()) {
      if (type.namesFile() != null) {
        listedNames.put(type.type(), CompanyNames.read(configDir.resolve(type.namesFile())));
      }
    }
    try {
      return new ReportTagger(gazetteer, regions, aliases, agencies, beneficiaries, outside,
          listedNames);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(regionDir.resolve("aliases.yaml"),
          e.getMessage(), e);
    }
  }

  /**
   * Per type, the names of its {@code names_file} that read as nothing but a body
   * ({@link CompanyNames}): places are the surfaces of {@code names}, and a province, a city, a
   * country or 中国 before one word makes a description.
   */
  private static Map<String, List<String>> readableNames(AgencyConfig agencies,
      RegionNames names, Map<String, List<String>> listedNames) {
    if (listedNames.isEmpty()) {
      return Map.of();
    }
    Set<String> places = new HashSet<>(names.surfaces());
    Set<String> fronts = new HashSet<>(agencies.foreignFronts());
    fronts.addAll(List.of("中国", "中华", "全国"));
    for (int i = 0; i < names.surfaces().size(); i++) {
      if (names.readings(i).stream().anyMatch(r -> r.division().level() == RegionLevel.PROVINCE
          || r.division().level() == RegionLevel.CITY)) {
        fronts.add(names.surfaces().get(i));
      }
    }
    Map<String, List<String>> readable = new LinkedHashMap<>();
    for (AgencyConfig.AgencyType type : agencies.types()) {
      List<String> listed = listedNames.get(type.type());
      if (listed != null) {
        CompanyNames kept = CompanyNames.readable(listed, places, fronts, type.endings());
        kept.log(type.namesFile());
        readable.put(type.type(), kept.names());
      }
    }
    return readable;
  }

  /**
   * The text an article is tagged on ({@link TaggedText}). Mentions of
   * {@link #tag(Article, String)} are offsets into this text.
   */
  public static String text(Article article) {
    Check.notNull("article", article);
    return TaggedText.of(article.title(), article.paragraphs());
  }

  /**
   * Tags one article (title and paragraphs).
   *
   * @param article the extracted article
   * @param homeProvince the portal's home province as a full name (甘肃省), or null; it breaks
   *     ties between readings of an ambiguous place name
   * @return the tags; mentions are offsets into {@link #text(Article)}
   */
  public TagFindings tag(Article article, String homeProvince) {
    Check.notNull("article", article);
    return tag(text(article), TaggedText.titleEnd(article.title()), homeProvince);
  }

  /** The tags of {@code article} as a report keeps them ({@link ReportTags#of}). */
  @Override
  public ReportTags tagsOf(Article article, String homeProvince) {
    return ReportTags.of(tag(article, homeProvince));
  }

  /**
   * Tags a plain text.
   *
   * @param text the text (traditional or simplified)
   * @param titleEnd length of the title at the start of the text (0 when there is none)
   * @param homeProvince the portal's home province, or null
   * @return the tags; mentions are offsets into {@code text}
   */
  public TagFindings tag(String text, int titleEnd, String homeProvince) {
    Check.notNull("text", text);
    TagContext context = new TagContext(text, Math.max(0, Math.min(titleEnd, text.length())),
        homeProvince);
    for (TagStep step : steps) {
      step.tag(context);
    }
    return context.tags();
  }
}
