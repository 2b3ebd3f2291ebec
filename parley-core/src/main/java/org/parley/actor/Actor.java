package org.parley.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One actor of the knowledge base: a state, an international organisation, an institution of a state, or a
 * person with roles in time.
 *
 * <p>The code of an actor on a day is the code of the {@link Role} in force that day ({@link #roleOn}), or
 * its own {@code code} when no role is in force: Mike Pompeo is {@code USASPY} on 2017-06-01 (CIA director)
 * and {@code USAGOV} on 2018-11-08 (Secretary of State).
 *
 * @param id stable identifier: the ISO 3166 alpha-3 code for a state ({@code PRK}), a slug otherwise ({@code
 *     mike-pompeo}, {@code us-state-department}, {@code united-nations}); {@code doc:...} for a person the
 *     knowledge base does not know but an article names
 * @param kind what the actor is
 * @param name canonical name ({@code Mike Pompeo}, {@code North Korea})
 * @param code CAMEO-style code when no role is in force ({@code PRK}, {@code USAGOV}, {@code IGOUNO}); null
 *     for a person of one document whose state the text does not give
 * @param country ISO 3166 alpha-3 code of the actor's state, or null for an international organisation
 * @param sector CAMEO-style sector ({@code GOV}, {@code MIL}, {@code MED}...) when no role is in force
 * @param gender for people, where public
 * @param aliases other names the actor goes by, as written in the data (spelling variants included)
 * @param roles roles in time, in the order of the data
 */
public record Actor(
    String id,
    Kind kind,
    String name,
    @Nullable String code,
    @Nullable String country,
    @Nullable String sector,
    Gender gender,
    List<String> aliases,
    List<Role> roles) {

  /** What kind of actor this is. */
  public enum Kind {
    STATE,
    ORGANISATION,
    INSTITUTION,
    PERSON,
    /** An entry of a TABARI/PETRARCH dictionary whose kind the dictionary does not say. */
    OTHER;

    /** The lower-case label used in files and JSON. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A person's gender where it is public; {@code UNKNOWN} for everything else. */
  public enum Gender {
    MALE,
    FEMALE,
    UNKNOWN;

    /** Whether a pronoun or title of gender {@code other} can refer to this one. */
    public boolean compatible(Gender other) {
      return this == UNKNOWN || other == UNKNOWN || this == other;
    }
  }

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gender, "gender");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /**
   * The role in force on {@code date}: of the roles whose dates include it, the one that began last (a
   * Deputy Secretary of State who stays special representative is the deputy secretary). With a null date,
   * the role that began last of all, in force or not: an undated article reads as a recent one.
   */
  public Optional<Role> roleOn(@Nullable LocalDate date) {
    Role best = null;
    for (Role r : roles) {
      if (date == null || r.covers(date)) {
        if (best == null || r.startsAfter(best)) {
          best = r;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether this actor is a person (of the knowledge base or of one document). */
  public boolean isPerson() {
    return kind == Kind.PERSON;
  }
}
