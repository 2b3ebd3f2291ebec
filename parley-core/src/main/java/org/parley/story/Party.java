package org.parley.story;

import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorRef;

/**
 * One side of an event as the rows store it: the resolved actor's id, name, CAMEO-style code and country.
 * All four are null when the side is unresolved.
 *
 * @param id the actor id ({@code mike-pompeo}), or null when only the code or country is known
 * @param name the canonical name, or null
 * @param code the CAMEO-style code on the day ({@code USAGOV}), or null
 * @param country ISO 3166 alpha-3 code, or null
 */
public record Party(@Nullable String id, @Nullable String name, @Nullable String code, @Nullable String country)
    implements java.io.Serializable {

  /** The unresolved side. */
  public static final Party NONE = new Party(null, null, null, null);

  /** The side an event's actor gives: {@link #NONE} for none. */
  public static Party of(@Nullable ActorRef a) {
    return a == null ? NONE : new Party(a.id(), a.name(), a.code(), a.country());
  }

  /**
   * What the merge compares this side by: the id when known, else the code, else the country; null when the
   * side is unresolved. {@code Mike Pompeo} is {@code mike-pompeo}; "a US official" is {@code USAGOV}.
   */
  public @Nullable String key() {
    if (id != null) {
      return id;
    }
    return code != null ? code : country;
  }

  /** The name to show: the name, else the code, else the country, else {@code ?}. */
  public String label() {
    if (name != null) {
      return name;
    }
    String k = key();
    return k == null ? "?" : k;
  }
}
