package org.parley.store;

import java.util.Objects;

/**
 * An article found by a full-text search.
 *
 * @param article the article
 * @param snippet an excerpt around the matches, each matched term in {@code [ ]}, cuts marked by {@code …}
 * @param score relevance, higher is better (the negated bm25 score); comparable within one search only
 */
public record ArticleHitRow(ArticleRow article, String snippet, double score) {
  public ArticleHitRow {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(snippet, "snippet");
  }
}
