package org.parley.actor;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mention of an actor in an article body: a name, a surname, a title, a capital, a demonym, a pronoun.
 *
 * @param start first character in {@code article.body()}, inclusive
 * @param end last character, exclusive
 * @param text the characters of the body in {@code [start, end)}
 * @param actor the actor the mention refers to, as it is on the article's date; null when the mention is
 *     ambiguous or unresolved; partly known ({@link ActorRef#isIdentified()} false) when only the country
 *     or sector is known
 * @param resolution how the actor was found; {@link Resolution#UNKNOWN} for a person the knowledge base does
 *     not know and for mentions left unresolved
 * @param candidates for an ambiguous mention ("Kim" after two Kims), the actors it may refer to; else empty
 * @param members for a group ("the two sides", "the two Koreas"), its members; else empty
 * @param description what the text says the actor is, when it says it next to the name ("Kremlin aide",
 *     "the director of the United Front Department"), or null
 * @param place true when a capital or state name is used as a place ("talks in Stockholm"), not as an
 *     actor; the mention keeps its state so that nothing is dropped
 */
public record Mention(
    int start,
    int end,
    String text,
    @Nullable ActorRef actor,
    Resolution resolution,
    List<ActorRef> candidates,
    List<ActorRef> members,
    @Nullable String description,
    boolean place) {

  public Mention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(resolution, "resolution");
    candidates = List.copyOf(candidates);
    members = List.copyOf(members);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether the mention refers to one actor known by id. */
  public boolean isResolved() {
    return actor != null && actor.isIdentified();
  }

  /** Whether {@code offset} falls inside the mention. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
