package org.parley.store;

import java.util.Objects;

/**
 * What a full-text search found: articles and quotations, each paged on its own.
 *
 * @param articles matching articles, best first
 * @param quotes matching quotations, best first
 */
public record SearchRow(Page<ArticleHitRow> articles, Page<QuoteRow> quotes) {
  public SearchRow {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(quotes, "quotes");
  }
}
