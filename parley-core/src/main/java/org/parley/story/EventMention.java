package org.parley.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event as one article reports it: what the merge reads from an {@code event_mentions} row and its
 * article.
 *
 * @param key the article and the event's position in its events layer
 * @param start where the evidence sentence starts in the body: the two directions of a symmetric act coded
 *     from one sentence share it, and count as one mention
 * @param source who acts ({@link Party#NONE} when unresolved)
 * @param target whom it is aimed at ({@link Party#NONE} when unresolved)
 * @param cameo the CAMEO code
 * @param goldstein the code's Goldstein score
 * @param quad the code's quad class
 * @param ploverType the PLOVER type, or null
 * @param ploverMode the PLOVER mode, or null
 * @param dateValue the date's ISO value, or null when undated
 * @param dateGranularity the date's granularity, or null
 * @param dateMod the date's modifier, or null
 * @param fromPublication whether the date is the publication day standing in for a date the sentence lacks
 * @param range the days the date covers (see {@link DateRange#of}), or null when undated or not a calendar
 *     date
 * @param status the status label ({@code happened}, {@code planned}, {@code cancelled} ...)
 * @param outlet the article's outlet, or null when unknown
 * @param published the article's {@code published_utc} ({@code 2018-11-08T04:50:00Z} or {@code 2018-11-08}),
 *     or null when undated
 */
public record EventMention(
    MentionKey key,
    int start,
    Party source,
    Party target,
    String cameo,
    double goldstein,
    int quad,
    @Nullable String ploverType,
    @Nullable String ploverMode,
    @Nullable String dateValue,
    @Nullable String dateGranularity,
    @Nullable String dateMod,
    boolean fromPublication,
    @Nullable DateRange range,
    String status,
    @Nullable String outlet,
    @Nullable String published) {

  public EventMention {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(status, "status");
  }

  /** The block this mention belongs to. */
  public BlockKey block() {
    return BlockKey.of(cameo, source, target);
  }

  /** Whether the sentence itself dates the event (not the publication day standing in). */
  public boolean isDated() {
    return range != null && !fromPublication;
  }

  /**
   * The day the article reported the event: the publication day the date stands in for when {@link
   * #fromPublication}, else the day of {@link #published}; null when neither is known.
   */
  public @Nullable LocalDate reportedDay() {
    if (fromPublication && range != null) {
      return range.lo();
    }
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
