package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * One actor with its roles, its story events as source and as target, and its quotations.
 *
 * @param actor the actor and its counts
 * @param roles the codes it carried, most used first
 * @param asSource the first page of story events it is the source of, in date order
 * @param asTarget the first page of story events it is the target of, in date order
 * @param quotes the first page of its quotations, in date order
 */
public record ActorDetailRow(
    ActorRow actor, List<RoleRow> roles, Page<EventRow> asSource, Page<EventRow> asTarget, Page<QuoteRow> quotes) {
  public ActorDetailRow {
    Objects.requireNonNull(actor, "actor");
    roles = List.copyOf(roles);
    Objects.requireNonNull(asSource, "asSource");
    Objects.requireNonNull(asTarget, "asTarget");
    Objects.requireNonNull(quotes, "quotes");
  }
}
