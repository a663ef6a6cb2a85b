package org.reliefarchive.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Argument and value checks shared by the config records and public entry points. Every message
 * names the key or parameter, the bad value and what is allowed.
 */
public final class Check {
  private Check() {}

  /** Fails unless {@code value} is non-null and not blank. */
  public static String notBlank(String key, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must be set (a non-empty text)");
    }
    return value;
  }

  /** Fails unless {@code value} is non-null. */
  public static <T> T notNull(String key, T value) {
    if (value == null) {
      throw new IllegalArgumentException(key + " must be set");
    }
    return value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static int inRange(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          key + " is " + value + "; allowed: " + min + " to " + max);
    }
    return value;
  }

  /** Fails unless {@code min <= value <= max}. */
  public static long inRange(String key, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          key + " is " + value + "; allowed: " + min + " to " + max);
    }
    return value;
  }

  /** Compiles each regular expression, naming the key and the expression that fails. */
  public static List<Pattern> patterns(String key, List<String> regexes) {
    if (regexes == null) {
      return List.of();
    }
    return regexes.stream()
        .map(
            regex -> {
              try {
                return Pattern.compile(notBlank(key, regex));
              } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                    key + " has an invalid regular expression '" + regex + "': "
                        + e.getDescription(), e);
              }
            })
        .toList();
  }

  /** An unmodifiable copy, empty for null. */
  public static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** An unmodifiable copy, empty for null. */
  public static <K, V> Map<K, V> map(Map<K, V> values) {
    return values == null ? Map.of() : Map.copyOf(values);
  }
}
