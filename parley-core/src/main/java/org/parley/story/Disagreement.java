package org.parley.story;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where the mentions of one story event do not agree: one field and how many mentions give each value, most
 * given first. {@code {"field":"status","values":{"cancelled":2,"failed":1}}}.
 *
 * @param field {@code status}, {@code date} or {@code cameo}
 * @param values each value and how many mentions give it, in order of count (highest first), then value
 */
public record Disagreement(String field, Map<String, Integer> values) {
  public Disagreement {
    Objects.requireNonNull(field, "field");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
