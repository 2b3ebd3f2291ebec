package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor as the record knows it, with how often it appears.
 *
 * @param id the key {@link Records#actor} takes: the actor id, else (for a partly known actor) its code
 * @param name canonical name, or null for a partly known actor
 * @param code the CAMEO code it has most often, or null
 * @param country its country, or null
 * @param asSource story events it is the source of
 * @param asTarget story events it is the target of
 * @param mentions event mentions with it on either side
 * @param quotes quotations it is the speaker of
 */
public record ActorRow(
    String id,
    @Nullable String name,
    @Nullable String code,
    @Nullable String country,
    int asSource,
    int asTarget,
    int mentions,
    int quotes) {

  public ActorRow {
    Objects.requireNonNull(id, "id");
  }

  /** The name, else the id. */
  public String label() {
    return name != null ? name : id;
  }
}
