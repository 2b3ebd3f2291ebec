package org.parley.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one phrase resolved to.
 *
 * @param actor the actor (of the knowledge base, of the document, or an institution made for it), or null
 * @param ref the actor as it is on the article's date, or a partial reference, or null
 * @param resolution how it was found
 * @param candidates for an ambiguous phrase, the actors it may be
 * @param members for a group, its members
 * @param drop true when the phrase is not a mention after all (a weak name without context, capitalised
 *     words that name no one)
 */
record Resolved(
    @Nullable Actor actor,
    @Nullable ActorRef ref,
    Resolution resolution,
    List<ActorRef> candidates,
    List<ActorRef> members,
    boolean drop) {

  static final Resolved DROP = new Resolved(null, null, Resolution.UNKNOWN, List.of(), List.of(), true);

  static Resolved of(Actor actor, ActorRef ref, Resolution resolution) {
    return new Resolved(actor, ref, resolution, List.of(), List.of(), false);
  }

  static Resolved unresolved(Resolution resolution) {
    return new Resolved(null, null, resolution, List.of(), List.of(), false);
  }

  static Resolved partial(ActorRef ref, Resolution resolution) {
    return new Resolved(null, ref, resolution, List.of(), List.of(), false);
  }

  static Resolved ambiguous(List<ActorRef> candidates, Resolution resolution) {
    return new Resolved(null, null, resolution, candidates, List.of(), false);
  }

  static Resolved group(List<ActorRef> members) {
    return new Resolved(null, null, Resolution.PRONOUN, List.of(), members, false);
  }

  boolean isPerson() {
    return actor != null && actor.isPerson();
  }
}
