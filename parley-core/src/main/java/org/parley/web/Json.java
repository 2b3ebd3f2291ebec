package org.parley.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.parley.store.EventRow;

/**
 * The API's JSON: record components in snake_case ({@code first_reported}), nulls written as null, and a
 * story event's {@code disagreements} as the JSON array the merge stored. Thread-safe (an immutable writer).
 */
final class Json {
  /** Writes {@code disagreements} as the raw JSON it is. */
  abstract static class EventRowMixin {
    @JsonRawValue
    abstract String disagreements();
  }

  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addMixIn(EventRow.class, EventRowMixin.class)
          .writer();

  private Json() {}

  static byte[] write(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** {@code {"error":"..."}}. */
  static byte[] error(String message) {
    return write(java.util.Map.of("error", message));
  }
}
