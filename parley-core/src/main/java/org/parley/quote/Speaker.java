package org.parley.quote;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorRef;

/**
 * A party to a quote as the text names it: the one who speaks ({@link Quote#speaker()}) or, in the same
 * shape, the one spoken to ({@link Quote#addressee()}).
 *
 * <p>{@code text} is what the article writes: a name ({@code Heather Nauert}), a title ({@code the Russian
 * leader}), a pronoun ({@code he}), an institution ({@code North Korea's state media}) or a noun phrase the
 * knowledge base cannot place ({@code some analysts}). {@code actor} is who that is on the article's date, as
 * the actor stage resolves it; null when the text names the party but not who it is (an ambiguous "Kim", "a
 * diplomat").
 *
 * @param start first character of {@code text} in {@code article.body()}, inclusive
 * @param end last character, exclusive
 * @param text the characters of the body in {@code [start, end)}
 * @param actor the resolved actor, or null
 */
public record Speaker(int start, int end, String text, @Nullable ActorRef actor) {

  public Speaker {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether the party is resolved to an actor known by id. */
  public boolean isResolved() {
    return actor != null && actor.isIdentified();
  }

  /** The actor's canonical name when resolved, else the text as written. */
  public String displayName() {
    return actor != null && actor.name() != null ? actor.name() : text;
  }
}
