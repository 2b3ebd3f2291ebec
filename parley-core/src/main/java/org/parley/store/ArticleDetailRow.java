package org.parley.store;

import java.util.List;
import java.util.Objects;
import org.parley.text.Span;

/**
 * One article with its text and what was found in it.
 *
 * @param article the article's metadata
 * @param body the article's text
 * @param sentences its sentences, as offsets into {@code body}
 * @param events the events it reports, in order
 * @param quotes the quotations it holds, in order
 */
public record ArticleDetailRow(
    ArticleRow article, String body, List<Span> sentences, List<MentionRow> events, List<QuoteRow> quotes) {
  public ArticleDetailRow {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(body, "body");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
