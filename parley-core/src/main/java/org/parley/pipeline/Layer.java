package org.parley.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A typed key for one layer of analysis in a {@link Document}: sentences, time expressions, quotes... Layers
 * are compared by identity; declare each one once, as a constant beside the stage that produces it.
 *
 * @param <T> the type of the layer's value (an immutable record or list)
 */
public final class Layer<T> {
  private static final JsonFactory JSON = new JsonFactory();

  private final String name;
  private final Class<T> type;
  private final @Nullable LayerWriter<T> writer;

  private Layer(String name, Class<T> type, @Nullable LayerWriter<T> writer) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.writer = writer;
  }

  /** A layer of working state: not stored, not exported. */
  public static <T> Layer<T> of(String name, Class<T> type) {
    return new Layer<>(name, type, null);
  }

  /**
   * A layer that is part of the record: stored with the article and exported under {@code name} (which is
   * then the field name of the export contract, e.g. {@code timex}).
   */
  public static <T> Layer<T> exported(String name, Class<T> type, LayerWriter<T> writer) {
    return new Layer<>(name, type, Objects.requireNonNull(writer));
  }

  public boolean isExported() {
    return writer != null;
  }

  public Optional<LayerWriter<T>> writer() {
    return Optional.ofNullable(writer);
  }

  /** The value as JSON text, for a layer that is {@link #isExported() exported}. */
  public String toJson(Object value) {
    if (writer == null) {
      throw new IllegalStateException("layer '" + name + "' is not exported");
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      writer.write(cast(value), g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write layer '" + name + "'", e);
    }
    return out.toString();
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
