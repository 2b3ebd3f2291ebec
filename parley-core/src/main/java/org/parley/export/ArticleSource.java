package org.parley.export;

import java.util.function.Consumer;
import org.parley.store.StoredArticle;

/**
 * Where an export reads its articles from: {@code store::forEach} for an {@link
 * org.parley.store.ArticleStore}, {@code list::forEach} for a list (tests). The articles are passed in the
 * order they should be written.
 */
@FunctionalInterface
public interface ArticleSource {
  /** Passes every article to {@code action}, in order. */
  void forEach(Consumer<StoredArticle> action);
}
