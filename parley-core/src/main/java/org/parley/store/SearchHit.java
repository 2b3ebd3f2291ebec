package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article found by a full-text search.
 *
 * @param id the article id
 * @param headline the article's headline, if it has one
 * @param outlet the publishing outlet, if known
 * @param published the publication time as ISO 8601 text ({@link org.parley.ingest.Published#iso()}), if known
 * @param snippet a short excerpt around the matches, with each matched term in {@code [ ]} and cuts marked
 *     by {@code …}
 * @param score relevance: the negated FTS5 bm25 score, so higher is better; comparable only within one search
 */
public record SearchHit(
    String id,
    @Nullable String headline,
    @Nullable String outlet,
    @Nullable String published,
    String snippet,
    double score) {

  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(snippet, "snippet");
  }
}
