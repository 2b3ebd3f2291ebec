package org.parley.actor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An actor with the words a text may use for it, as read from a data file: what the automaton is built
 * from. {@link Actor} is the public part.
 *
 * @param actor the actor
 * @param variants spelling variants of the canonical name (resolution {@code name})
 * @param aliases other names (resolution {@code alias})
 * @param weak names that need context, e.g. {@code North} for North Korea, matched only as "the North" and
 *     only in a document that names the actor otherwise
 * @param capitals capitals standing for a state (resolution {@code metonym})
 * @param demonyms demonyms and adjectives of a state (resolution {@code demonym})
 * @param adjective the adjective used to name the state's institutions ("North Korean" government, "US"
 *     government), or null to take the first demonym
 * @param surnames surnames of a person
 * @param relations what this person is to another: {@code sister} of {@code kim-jong-un}
 * @param context states whose mention also gives a weak name its context: "the North" (North Korea) is
 *     North Korea in an article that names South Korea
 * @param caseless true for dictionaries matched without regard to case (TABARI/PETRARCH)
 * @param layer 0 for the bundled data, then 1, 2... for each file added
 */
record Known(
    Actor actor,
    List<String> variants,
    List<String> aliases,
    List<String> weak,
    List<String> capitals,
    List<String> demonyms,
    @Nullable String adjective,
    List<String> surnames,
    List<Relation> relations,
    List<String> context,
    boolean caseless,
    int layer) {

  /** "This actor is the {@code noun} of {@code of}": sister of kim-jong-un. */
  record Relation(String noun, String of) {}

  Known {
    variants = List.copyOf(variants);
    aliases = List.copyOf(aliases);
    weak = List.copyOf(weak);
    capitals = List.copyOf(capitals);
    demonyms = List.copyOf(demonyms);
    surnames = List.copyOf(surnames);
    relations = List.copyOf(relations);
    context = List.copyOf(context);
  }

  /** The adjective for the state's institutions: "North Korean", "US". */
  String adjectiveOrName() {
    if (adjective != null) {
      return adjective;
    }
    return demonyms.isEmpty() ? actor.name() : demonyms.get(0);
  }

  /** This actor with more aliases (matched with the case they are written in). */
  Known withAliases(List<String> more) {
    List<String> all = new java.util.ArrayList<>(aliases);
    for (String m : more) {
      if (!all.contains(m)) {
        all.add(m);
      }
    }
    List<String> names = new java.util.ArrayList<>(actor.aliases());
    names.addAll(more);
    Actor a =
        new Actor(
            actor.id(), actor.kind(), actor.name(), actor.code(), actor.country(), actor.sector(), actor.gender(), names, actor.roles());
    return new Known(a, variants, all, weak, capitals, demonyms, adjective, surnames, relations, context, caseless, layer);
  }
}
