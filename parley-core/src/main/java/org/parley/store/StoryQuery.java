package org.parley.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which story events to list ({@link StoryTimeline#events}); every part is optional and they combine with
 * AND.
 *
 * @param actor a side is this actor: its id ({@code mike-pompeo}), CAMEO code ({@code USAGOV}), country
 *     ({@code USA}) or name, ignoring case
 * @param pair both sides, either way round: {@code USA,PRK}, each part matched as {@code actor} is
 * @param type the CAMEO code starts with this ({@code 04}, {@code 042})
 * @param status exactly this status ({@code happened})
 * @param outlet a mention comes from an article of this outlet, ignoring case ({@code The Korea Herald})
 * @param from the event's days reach this day or later
 * @param to the event's days start on this day or earlier
 * @param limit the most events to return
 */
public record StoryQuery(
    @Nullable String actor,
    @Nullable List<String> pair,
    @Nullable String type,
    @Nullable String status,
    @Nullable String outlet,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int limit) {

  public StoryQuery {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    if (pair != null) {
      if (pair.size() != 2 || pair.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("a pair is two actors, A,B: " + pair);
      }
      pair = List.copyOf(pair);
    }
  }

  /** Everything, up to {@code limit} events. */
  public static StoryQuery all(int limit) {
    return new StoryQuery(null, null, null, null, null, null, null, limit);
  }

  /**
   * The first day of a date written {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; with {@code last},
   * its last day.
   *
   * @throws IllegalArgumentException naming {@code what} when the text is none of these
   */
  public static LocalDate day(String text, boolean last, String what) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(t);
        return last ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t);
      }
    } catch (DateTimeParseException e) {
      // fall through to the message
    }
    throw new IllegalArgumentException(what + " '" + text + "' is not a date: want YYYY, YYYY-MM or YYYY-MM-DD");
  }
}
