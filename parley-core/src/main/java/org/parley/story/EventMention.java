package org.parley.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.event.Event;
import org.parley.ingest.Published;

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
    @Nullable String published)
    implements java.io.Serializable {

  public EventMention {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(status, "status");
  }

  /**
   * The mention an article's event gives: what the store writes to {@code event_mentions} and reads back for
   * the merge, made without a database (the Spark runner merges from these).
   *
   * @param articleId the article's id
   * @param outlet the article's outlet, or null
   * @param published the article's publication, or null when undated
   * @param idx the event's position in the article's events layer
   * @param e the event
   */
  public static EventMention of(
      String articleId, @Nullable String outlet, @Nullable Published published, int idx, Event e) {
    return new EventMention(
        new MentionKey(articleId, idx),
        e.start(),
        Party.of(e.source()),
        Party.of(e.target()),
        e.cameo().code(),
        e.cameo().goldstein(),
        e.cameo().quad(),
        e.plover().type(),
        e.plover().mode(),
        e.date().value(),
        e.date().granularity(),
        e.date().mod(),
        e.date().fromPublication(),
        DateRange.of(e.date().value(), e.date().mod()).orElse(null),
        e.status().label(),
        outlet,
        published == null ? null : published.utcKey());
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
