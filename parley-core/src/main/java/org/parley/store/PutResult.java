package org.parley.store;

import java.util.Objects;

/**
 * What {@link ArticleStore#put} did with one document.
 *
 * @param id the id of the stored article: for a duplicate, the id of the copy stored first
 * @param outcome whether the article was new or already stored
 */
public record PutResult(String id, Outcome outcome) {

  /** Whether a put stored a new article or recognised one already stored. */
  public enum Outcome {
    /** The article was not in the store; it is now, with all its rows. */
    NEW,
    /**
     * An article with the same content hash was already stored. Nothing of it was written again; only its
     * source was added to the places the stored article was read from.
     */
    DUPLICATE
  }

  public PutResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** True when the article was stored by this put. */
  public boolean isNew() {
    return outcome == Outcome.NEW;
  }
}
