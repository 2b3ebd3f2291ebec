package org.parley.actor;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An actor as it acts in one article: the actor with the code of the role in force on the article's date.
 * This is what a {@link Mention} points to, and what quotes and events record as speaker, source or target.
 *
 * <p>A partly known actor has a null {@code id} and {@code name}: "a South Korean minister" the knowledge
 * base cannot pin down is {@code {id: null, code: KORGOV, country: KOR, sector: GOV}}.
 *
 * @param id the actor's id ({@code mike-pompeo}, {@code PRK}, {@code doc:yuri-ushakov}), or null when only
 *     the country or sector is known
 * @param name canonical name ({@code Mike Pompeo}), or null when only the country or sector is known
 * @param kind what the actor is
 * @param code CAMEO-style code on the day ({@code USAGOV}), or null when nothing is known
 * @param country ISO 3166 alpha-3 code of the actor's state, or null
 * @param sector sector on the day ({@code GOV}), or null
 * @param role title of the role in force ({@code Secretary of State}), or null
 * @param asOf the day the role was taken for (the article's publication date), or null when the article is
 *     undated and the latest role was taken instead
 */
public record ActorRef(
    @Nullable String id,
    @Nullable String name,
    Actor.Kind kind,
    @Nullable String code,
    @Nullable String country,
    @Nullable String sector,
    @Nullable String role,
    @Nullable LocalDate asOf) {

  /** {@code actor} as it is on {@code date} (null: undated, the latest role). */
  public static ActorRef of(Actor actor, @Nullable LocalDate date) {
    Optional<Role> role = actor.roleOn(date);
    if (role.isPresent()) {
      Role r = role.get();
      String country = r.country() != null ? r.country() : actor.country();
      return new ActorRef(actor.id(), actor.name(), actor.kind(), r.code(), country, r.sector(), r.title(), date);
    }
    return new ActorRef(
        actor.id(), actor.name(), actor.kind(), actor.code(), actor.country(), actor.sector(), null, date);
  }

  /** Only a country and perhaps a sector: {@code KORGOV}, {@code KOR}, {@code GOV}. */
  static ActorRef partial(@Nullable String country, @Nullable String sector, @Nullable LocalDate date) {
    String code = country == null ? null : sector == null ? country : country + sector;
    return new ActorRef(null, null, Actor.Kind.OTHER, code, country, sector, null, date);
  }

  /** Whether the actor is known by id (of the knowledge base or of its document), not only by country. */
  public boolean isIdentified() {
    return id != null;
  }

  /** Whether the actor is a person the knowledge base does not know, found in this document. */
  public boolean isDocumentLevel() {
    return id != null && id.startsWith("doc:");
  }
}
