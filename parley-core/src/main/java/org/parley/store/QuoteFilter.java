package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which quotations to list. Every field is optional; the conditions are ANDed.
 *
 * @param speaker the speaker: an actor id, or the name as resolved or as written (case-insensitive)
 * @param actor the speaker's actor id, code or country
 * @param outlet the article's outlet (case-insensitive)
 * @param dates the quote's day (said on, else the publication day) lies in the range
 * @param q full-text words over the quoted words and the speaker's name
 * @param attributed only full and partial quotations with a speaker (no scare quotes, titles or unattributed
 *     words)
 */
public record QuoteFilter(
    @Nullable String speaker,
    @Nullable String actor,
    @Nullable String outlet,
    DateFilter dates,
    @Nullable String q,
    boolean attributed) {

  /** No condition. */
  public static final QuoteFilter ALL = new QuoteFilter(null, null, null, DateFilter.ANY, null, false);

  public QuoteFilter {
    Objects.requireNonNull(dates, "dates");
    speaker = EventFilter.text("speaker", speaker);
    actor = EventFilter.text("actor", actor);
    outlet = EventFilter.text("outlet", outlet);
    q = EventFilter.text("q", q);
  }
}
