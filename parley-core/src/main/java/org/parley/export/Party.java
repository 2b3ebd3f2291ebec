package org.parley.export;

import org.jspecify.annotations.Nullable;

/**
 * One side of an event as the events layer records it (the actor JSON of {@code docs/events.md}).
 *
 * @param id the actor's id ({@code mike-pompeo}, {@code PRK}), or null when only the country or sector is
 *     known
 * @param name canonical name, or null
 * @param code CAMEO-style code on the day ({@code USAGOV}, {@code IGOUNO}), or null
 * @param country ISO 3166 alpha-3 code of the actor's state, or null (international organisations)
 * @param sector sector on the day ({@code GOV}), or null
 * @param role title of the role in force, or null
 */
public record Party(
    @Nullable String id,
    @Nullable String name,
    @Nullable String code,
    @Nullable String country,
    @Nullable String sector,
    @Nullable String role) {

  /** What tells this party apart from another: the id, else the code, else the name, else empty. */
  String key() {
    if (id != null) {
      return id;
    }
    if (code != null) {
      return "code:" + code;
    }
    return name != null ? "name:" + name : "";
  }
}
