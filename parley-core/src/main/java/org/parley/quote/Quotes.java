package org.parley.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quotes layer of a document: every quotation in the body, in order of {@code start}. Quotes do not
 * overlap, except that a quotation nested in another ({@code “He told me ‘never’,” she said}) lies inside
 * it and comes after it in the list.
 *
 * <pre>{@code
 * Quotes q = document.get(QuoteStage.QUOTES);
 * for (Quote quote : q.list()) {
 *   String who = quote.speaker() == null ? "?" : quote.speaker().displayName();
 * }
 * }</pre>
 *
 * Immutable.
 *
 * @param list the quotes, sorted by start
 */
public record Quotes(List<Quote> list) {
  /** No quotes. */
  public static final Quotes NONE = new Quotes(List.of());

  public Quotes {
    list = List.copyOf(list);
  }

  /** The innermost quote whose text contains {@code offset}, if any. */
  public Optional<Quote> at(int offset) {
    Quote best = null;
    for (Quote q : list) {
      if (q.start() > offset) {
        break;
      }
      if (offset < q.end()) {
        best = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The quotes whose speaker is resolved to the actor {@code actorId}, in order. */
  public List<Quote> by(String actorId) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : list) {
      if (q.speaker() != null && q.speaker().actor() != null && actorId.equals(q.speaker().actor().id())) {
        out.add(q);
      }
    }
    return out;
  }
}
