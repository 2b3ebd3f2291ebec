package org.parley.pipeline;

import java.util.Objects;

/**
 * A typed key for one layer of analysis in a {@link Document}: sentences, time expressions, quotes... Layers
 * are compared by identity; declare each one once, as a constant beside the stage that produces it.
 *
 * @param <T> the type of the layer's value (an immutable record or list)
 */
public final class Layer<T> {
  private final String name;
  private final Class<T> type;

  private Layer(String name, Class<T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type);
  }

  public String name() {
    return name;
  }

  T cast(Object value) {
    return type.cast(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
