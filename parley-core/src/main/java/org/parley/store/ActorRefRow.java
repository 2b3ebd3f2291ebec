package org.parley.store;

import org.jspecify.annotations.Nullable;

/**
 * An actor as a row records it on one side of an event or as a speaker: its id when the knowledge base (or
 * the article) knows it, its canonical name, its CAMEO code on the day and its country. A partly known actor
 * ("a South Korean official") has only a code and a country.
 *
 * @param id actor id ({@code mike-pompeo}, {@code PRK}), or null when only code and country are known
 * @param name canonical name, or null
 * @param code CAMEO-style code ({@code USAGOV}), or null
 * @param country ISO 3166 alpha-3 code, or null
 */
public record ActorRefRow(
    @Nullable String id, @Nullable String name, @Nullable String code, @Nullable String country) {

  /** The key {@link Records#actor} takes: the id, else the code, else the country; null when all are null. */
  public @Nullable String key() {
    return id != null ? id : code != null ? code : country;
  }

  /** What a page shows: the name, else the code, else the country, else {@code ?}. */
  public String label() {
    return name != null ? name : code != null ? code : country != null ? country : "?";
  }

  /** The row, or null when every field is null (no actor). */
  static @Nullable ActorRefRow of(
      @Nullable String id, @Nullable String name, @Nullable String code, @Nullable String country) {
    return id == null && name == null && code == null && country == null
        ? null
        : new ActorRefRow(id, name, code, country);
  }
}
