package org.parley.event;

import org.jspecify.annotations.Nullable;

/**
 * When an event took (or is to take) place.
 *
 * @param value ISO 8601 value at the text's granularity ({@code 2018-10}), as in {@link org.parley.time.Timex};
 *     null when neither the text nor the publication gives one
 * @param granularity lower-case granularity ({@code day}, {@code month}), or null
 * @param mod lower-case modifier ({@code early}), or null
 * @param text the words of the time expression, or null when the date is the publication date
 * @param fromPublication true when the sentence gives no date and the publication date stands in for it
 */
public record EventDate(
    @Nullable String value,
    @Nullable String granularity,
    @Nullable String mod,
    @Nullable String text,
    boolean fromPublication) {

  /** No date at all: an undated article and a sentence without a time expression. */
  public static final EventDate NONE = new EventDate(null, null, null, null, true);
}
