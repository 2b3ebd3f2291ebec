package org.parley.event;

import org.jspecify.annotations.Nullable;
import org.parley.quote.Speaker;

/**
 * Who tells an event, when it is not the narrator: the quotation its trigger stands in, or the speaker of a
 * verb of saying that carries it ("Russia said Sudan returned the helicopter", "..., officials said").
 *
 * @param quote the quoted words around the trigger, or null when the event is told in reported speech
 * @param speaker who says it, as the quotes layer or the verb of saying gives it; null when the text does
 *     not tell
 */
record Telling(@Nullable String quote, @Nullable Speaker speaker) {
  /** Told by the narrator. */
  static final Telling NARRATOR = new Telling(null, null);

  boolean isReported() {
    return quote != null || speaker != null;
  }
}
