package org.parley.event;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.actor.ActorRef;
import org.parley.quote.Speaker;

/**
 * One coded event: who did what to whom, when, and the sentence that says so.
 *
 * @param start first character of the evidence sentence in the article body, inclusive
 * @param end last character of the evidence sentence, exclusive
 * @param evidence the sentence's text
 * @param trigger the words that name the action ("met", "talks", "imposed sanctions")
 * @param source who acts, or null when it cannot be resolved
 * @param target whom the action is aimed at, or null when there is none or it cannot be resolved
 * @param cameo the CAMEO code with its Goldstein score and quad class
 * @param plover the PLOVER type and mode
 * @param date when it happened, as the sentence says, else the publication date (flagged)
 * @param status whether it happened, is planned, was cancelled...
 * @param quote the quotation the event is told in, or null when it is not quoted
 * @param speaker who tells it, when it is quoted or reported speech ("Russia said that..."): the quote's
 *     speaker or the speaker of the verb of saying; null when the narrator tells it or the text does not say
 */
public record Event(
    int start,
    int end,
    String evidence,
    String trigger,
    @Nullable ActorRef source,
    @Nullable ActorRef target,
    Cameo cameo,
    Plover plover,
    EventDate date,
    Status status,
    @Nullable String quote,
    @Nullable Speaker speaker) {

  public Event {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** An event with no speaker: told by the narrator, or quoted without a known speaker. */
  public Event(
      int start,
      int end,
      String evidence,
      String trigger,
      @Nullable ActorRef source,
      @Nullable ActorRef target,
      Cameo cameo,
      Plover plover,
      EventDate date,
      Status status,
      @Nullable String quote) {
    this(start, end, evidence, trigger, source, target, cameo, plover, date, status, quote, null);
  }

  /** Whether the source or the target is missing: the event is kept but marked in the export. */
  public boolean isUnresolved() {
    return source == null || target == null;
  }
}
