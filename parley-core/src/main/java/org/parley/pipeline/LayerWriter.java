package org.parley.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes a layer's value as one JSON value: the form it takes in the export and in the database. A layer
 * with a writer is part of the record; one without is working state of the pipeline.
 *
 * @param <T> the layer's value type
 */
@FunctionalInterface
public interface LayerWriter<T> {
  void write(T value, JsonGenerator g) throws IOException;
}
