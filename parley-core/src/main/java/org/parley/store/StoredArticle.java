package org.parley.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.ingest.Article;
import org.parley.text.Span;

/**
 * An article as read back from an {@link ArticleStore}: the article as it was first stored, its sentence
 * offsets, every place it was read from, and when it was stored.
 *
 * @param article the article, rebuilt field by field; its {@link Article#source() source} is the place it
 *     was first read from. Its {@link Article#published() published} time keeps the zone and the
 *     zone-assumed flag it was stored with.
 * @param sentences the sentences, as offsets into {@code article.body()}, in order
 * @param sources every place the article was read from, the first one first (duplicates add to this)
 * @param ingestedAt when the article was first stored
 * @param layers the exported analysis layers (time expressions, mentions, ...), name to JSON text, in the
 *     order the pipeline computed them
 */
public record StoredArticle(
    Article article,
    List<Span> sentences,
    List<String> sources,
    Instant ingestedAt,
    Map<String, String> layers) {

  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    sentences = List.copyOf(sentences);
    sources = List.copyOf(sources);
    layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
  }

  /** The article id (shorthand for {@code article().id()}). */
  public String id() {
    return article.id();
  }
}
