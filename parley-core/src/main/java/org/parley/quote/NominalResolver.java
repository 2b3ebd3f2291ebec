package org.parley.quote;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.Mention;

/**
 * Resolves a speaker named by a bare noun the actor stage left alone, from the actors mentioned before it:
 *
 * <ul>
 *   <li>an institution noun ({@code the ministry}, {@code the agency}, {@code the newspaper}) is the last
 *       institution or organisation mentioned whose name or description has that noun;
 *   <li>a role noun ({@code the envoy}, {@code the adviser}, {@code the sister}) is the person mentioned
 *       before whose description or role has it — only when exactly one person does, within the last {@link
 *       #PEOPLE_BACK} mentions (two envoys make "the envoy" ambiguous, and then it says nothing).
 * </ul>
 *
 * Stateless.
 */
final class NominalResolver {
  /** How many mentions back a role noun looks. */
  static final int PEOPLE_BACK = 40;
  /** How many mentions back an institution noun looks. */
  static final int INSTITUTIONS_BACK = 120;

  /** The actor {@code noun} (lower case) refers to at {@code offset}, or null. */
  @Nullable
  ActorRef resolve(TextView v, String noun, int offset) {
    boolean institution = v.words.is("institution", noun);
    boolean role = v.words.is("role", noun);
    if (!institution && !role) {
      return null;
    }
    String key = noun.startsWith("spokes") ? "spokes" : noun;
    ActorRef person = null;
    int seen = 0;
    int at = offset;
    while (seen < INSTITUTIONS_BACK) {
      Optional<Mention> prev = v.mentions.lastBefore(at);
      if (prev.isEmpty()) {
        break;
      }
      Mention m = prev.get();
      at = m.start();
      seen++;
      ActorRef a = m.actor();
      if (a == null || !a.isIdentified() || m.place()) {
        continue;
      }
      if (institution && (a.kind() == Actor.Kind.INSTITUTION || a.kind() == Actor.Kind.ORGANISATION)
          && (has(a.name(), key) || has(m.description(), key))) {
        return a;
      }
      if (role && seen <= PEOPLE_BACK && a.kind() == Actor.Kind.PERSON && (has(m.description(), key) || has(a.role(), key))) {
        if (person == null) {
          person = a;
        } else if (!person.id().equals(a.id())) {
          return null; // two people fit: say nothing
        }
      }
    }
    return person;
  }

  private static boolean has(@Nullable String s, String word) {
    return s != null && s.toLowerCase(Locale.ROOT).contains(word);
  }
}
