package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A speaker and how many quotations an outlet gave them.
 *
 * @param id the speaker's actor key, or null when the speaker is not resolved
 * @param name the name to show
 * @param quotes how many quotations
 */
public record SpeakerRow(@Nullable String id, String name, int quotes) {
  public SpeakerRow {
    Objects.requireNonNull(name, "name");
  }
}
