package org.reliefarchive.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one YAML file into one record. Keys are snake_case in YAML and camelCase in records;
 * unknown keys are an error, so a typo never passes silently. Every failure becomes a
 * {@link ConfigException} naming the file and the key.
 */
public final class ConfigLoader {
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
  private final ObjectMapper mapper;

  /** A loader with the project's YAML settings. */
  public ConfigLoader() {
    this.mapper =
        new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .findAndRegisterModules();
  }

  /**
   * Reads {@code file} into a {@code type}.
   *
   * @throws ConfigException if the file is missing, unreadable, not YAML, has an unknown key or a
   *     value the record rejects
   */
  public <T> T load(Path file, Class<T> type) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file, type);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, "file not found", e);
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads YAML from a stream (a classpath resource, say); {@code origin} names it in errors. */
  public <T> T read(InputStream in, Path origin, Class<T> type) {
    try {
      JsonNode tree = mapper.readTree(in);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new ConfigException(origin, "file is empty", null);
      }
      // Jackson builds records through their constructor and reports a missing value before an
      // unknown key; checking keys first gives the message that names the typo.
      checkKeys(tree, type, "");
      T value = mapper.treeToValue(tree, type);
      if (value == null) {
        throw new ConfigException(origin, "file is empty", null);
      }
      return value;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(origin, e.getMessage(), e);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          origin,
          "unknown key '" + e.getPropertyName() + "' at " + path(e) + "; allowed: "
              + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                  .collect(Collectors.joining(", ")),
          e);
    } catch (JsonMappingException e) {
      String root = rootMessage(e);
      if (root != null && root.startsWith("Cannot map `null`")) {
        throw new ConfigException(origin, "'" + path(e) + "' is missing; every key must be set"
            + " (see the commented file in config/)", e);
      }
      throw new ConfigException(origin, "bad value at " + path(e) + ": " + root, e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ConfigException(origin, "not valid YAML" + where + ": "
          + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new ConfigException(origin, "not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  private void checkKeys(JsonNode node, Class<?> type, String where) {
    if (!type.isRecord() || !node.isObject()) {
      return;
    }
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      components.put(SNAKE.translate(c.getName()), c);
    }
    var names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      RecordComponent c = components.get(name);
      String at = where.isEmpty() ? name : where + "." + name;
      if (c == null) {
        throw new IllegalArgumentException("unknown key '" + at + "'; allowed"
            + (where.isEmpty() ? "" : " in " + where) + ": " + String.join(", ",
                components.keySet()));
      }
      JsonNode child = node.get(name);
      if (c.getType().isRecord()) {
        checkKeys(child, c.getType(), at);
      } else if (List.class.isAssignableFrom(c.getType()) && child.isArray()
          && c.getGenericType() instanceof ParameterizedType pt
          && pt.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
        for (int i = 0; i < child.size(); i++) {
          checkKeys(child.get(i), element, at + "[" + i + "]");
        }
      }
    }
  }

  private static String path(JsonMappingException e) {
    String p =
        e.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return p.isEmpty() ? "top level" : p;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static String rootMessage(Throwable e) {
    // the record's own validation message is the one that names key and allowed values
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return t.getMessage();
      }
    }
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof JsonMappingException jme) {
      return jme.getOriginalMessage();
    }
    return t.getMessage();
  }

}
