package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * One story event with its evidence: every mention (the article, outlet and sentence), the quotations its
 * actors gave in those articles, the actors, and per outlet what it reported and whom it quoted.
 *
 * @param event the story event
 * @param mentions its mentions, by publication time
 * @param quotes quotations by the event's source or target in the articles that report it
 * @param actors the distinct actors on either side of its mentions
 * @param outlets per outlet, its mentions and whom it quoted
 */
public record EventDetailRow(
    EventRow event, List<MentionRow> mentions, List<QuoteRow> quotes, List<ActorRefRow> actors, List<OutletRow> outlets) {
  public EventDetailRow {
    Objects.requireNonNull(event, "event");
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    actors = List.copyOf(actors);
    outlets = List.copyOf(outlets);
  }
}
