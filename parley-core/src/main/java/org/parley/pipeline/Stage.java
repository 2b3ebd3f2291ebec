package org.parley.pipeline;

import java.util.Set;

/**
 * One stage of analysis: reads a document and computes one new layer. A stage holds only immutable state
 * (models, lexicons loaded at start-up); everything it computes for one call lives in locals, so one
 * instance serves many threads.
 *
 * @param <T> the type of the layer produced
 */
public interface Stage<T> {

  /** The layer this stage computes. */
  Layer<T> produces();

  /** The layers this stage reads; the pipeline builder checks they are produced upstream. */
  Set<Layer<?>> requires();

  /** Computes the layer for {@code document}; must not fail on any text, including an empty one. */
  T apply(Document document);
}
