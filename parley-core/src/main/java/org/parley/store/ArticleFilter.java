package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which articles to list or search. Every field is optional; the conditions are ANDed.
 *
 * @param outlet the outlet (case-insensitive)
 * @param actor an actor id, code or country that an event side or a speaker in the article has
 * @param dates the publication day (UTC) lies in the range
 * @param q full-text words over headline and body
 */
public record ArticleFilter(@Nullable String outlet, @Nullable String actor, DateFilter dates, @Nullable String q) {
  /** No condition. */
  public static final ArticleFilter ALL = new ArticleFilter(null, null, DateFilter.ANY, null);

  public ArticleFilter {
    Objects.requireNonNull(dates, "dates");
    outlet = EventFilter.text("outlet", outlet);
    actor = EventFilter.text("actor", actor);
    q = EventFilter.text("q", q);
  }
}
