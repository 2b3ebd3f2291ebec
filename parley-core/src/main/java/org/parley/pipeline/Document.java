package org.parley.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.parley.ingest.Article;

/**
 * An article and the layers computed from it so far. Immutable: {@link #with} returns a new document, so a
 * document can be handed between threads (or Spark executors) without copying or locking.
 */
public final class Document {
  private final Article article;
  private final Map<Layer<?>, Object> layers;

  private Document(Article article, Map<Layer<?>, Object> layers) {
    this.article = article;
    this.layers = layers;
  }

  public static Document of(Article article) {
    return new Document(Objects.requireNonNull(article), Map.of());
  }

  public Article article() {
    return article;
  }

  /** The article body: the text every span of every layer points into. */
  public String text() {
    return article.body();
  }

  /** Every layer computed so far, in the order computed. */
  public Map<Layer<?>, Object> layers() {
    return layers;
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The value of a layer; throws if the layer was not computed (a pipeline checks this when it is built). */
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new NoSuchElementException("layer '" + layer + "' has not been computed for " + article.id());
    }
    return layer.cast(value);
  }

  /** A new document with one more layer; a layer cannot be replaced. */
  public <T> Document with(Layer<T> layer, T value) {
    if (layers.containsKey(layer)) {
      throw new IllegalStateException("layer '" + layer + "' is already set");
    }
    Map<Layer<?>, Object> next = new LinkedHashMap<>(layers);
    next.put(layer, Objects.requireNonNull(value));
    return new Document(article, Collections.unmodifiableMap(next));
  }
}
