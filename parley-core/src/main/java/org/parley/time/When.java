package org.parley.time;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.time.Timex.Granularity;

/**
 * What an expression says about time before it is resolved: a fixed point ("October 5, 2019"), a month or a
 * weekday to place by the publication date and the tense ("late August", "Thursday"), a shift from the
 * publication date, from an earlier expression or from an event ("last week", "two days later", "seven months
 * after the summit"), or a value the text gives outright ("19 days", "every year", "now").
 */
sealed interface When {

  /** Which way a relative word points: "last", "next", "this", "this past", "this coming", or none. */
  enum Direction {
    NONE,
    LAST,
    NEXT,
    THIS
  }

  /** What a {@link Shift} counts from. */
  enum From {
    /** The publication date: "last week", "two weeks ago", "tomorrow". */
    PUBLICATION,
    /** The nearest resolved expression before this one: "the following day", "two days later". */
    REFERENCE,
    /**
     * The day a clock time belongs to: the nearest day in the same sentence, else the nearest before, else
     * the publication date.
     */
    SAME_DAY,
    /** The date of the event named after "after" or "before": "seven months after the summit in Hanoi". */
    EVENT
  }

  /** A point the text gives in full. */
  record Fixed(Point point) implements When {}

  /**
   * A month, or a day of a month, without a year: "late August", "Oct. 5", "last February", "Christmas".
   *
   * @param month 1-12
   * @param day 1-31, or 0 for the whole month
   */
  record InMonth(int month, int day, Direction direction, Tense tense) implements When {}

  /** A day of the week: "Thursday", "last Friday". {@code day} is 1 (Monday) to 7. */
  record OnWeekday(int day, Direction direction, Tense tense) implements When {}

  /** A season without a year: "last summer", "in the spring". {@code code} is SP, SU, FA or WI. */
  record InSeason(String code, Direction direction, Tense tense) implements When {}

  /** A weekend without a date: "over the weekend". */
  record Weekend(Direction direction, Tense tense) implements When {}

  /**
   * A number of units from an anchor. The amount is NaN for an unknown number ("days later", "weeks ago"):
   * the value is then the anchor itself, with {@link Timex.Mod#AFTER} or {@link Timex.Mod#BEFORE}.
   *
   * @param amount how many units, negative into the past
   * @param unit the unit, which is also the granularity of the result
   * @param from what to count from
   * @param eventFrom for {@link From#EVENT}: the first part of the words naming the event
   * @param eventTo for {@link From#EVENT}: one past their last part
   * @param sign the direction of an unknown amount: -1 or +1
   */
  record Shift(double amount, Granularity unit, From from, int eventFrom, int eventTo, int sign) implements When {
    static Shift of(double amount, Granularity unit, From from) {
      return new Shift(amount, unit, from, -1, -1, amount < 0 ? -1 : 1);
    }
  }

  /** A value the text gives outright: a duration, a set, a vague reference. */
  record Literal(String value, @Nullable Granularity granularity) implements When {

    /**
     * A length of time, for durations and sets: "P19D", "P7M", "PT3H", "P1.5Y", "PXY" (ISO 8601, with
     * TIMEX3's X for an unknown number). Decades and centuries become years when the number is known, a
     * quarter three months, and a fraction the next smaller unit when that makes it whole (half an hour is
     * PT30M). The granularity stays the unit the text names.
     */
    static Literal period(double amount, Granularity unit) {
      Granularity named = unit;
      if (unit == Granularity.DECADE || unit == Granularity.CENTURY) {
        if (Double.isNaN(amount)) {
          return new Literal(unit == Granularity.DECADE ? "PXDE" : "PXCE", named);
        }
        amount *= unit == Granularity.DECADE ? 10 : 100;
        unit = Granularity.YEAR;
      }
      if (unit == Granularity.QUARTER) {
        amount *= 3;
        unit = Granularity.MONTH;
      }
      if (!Double.isNaN(amount) && amount != Math.rint(amount)) {
        int smaller = unit == Granularity.YEAR ? 12 : unit == Granularity.DAY ? 24 : unit == Granularity.HOUR ? 60 : unit == Granularity.WEEK ? 7 : 0;
        if (smaller > 0 && amount * smaller == Math.rint(amount * smaller)) {
          amount *= smaller;
          unit = unit == Granularity.YEAR ? Granularity.MONTH : unit == Granularity.DAY ? Granularity.HOUR : unit == Granularity.HOUR ? Granularity.MINUTE : Granularity.DAY;
        }
      }
      String n = Double.isNaN(amount) ? "X" : BigDecimal.valueOf(amount).stripTrailingZeros().toPlainString();
      switch (unit) {
        case SECOND:
          return new Literal("PT" + n + "S", named);
        case MINUTE:
          return new Literal("PT" + n + "M", named);
        case HOUR:
          return new Literal("PT" + n + "H", named);
        case DAY:
          return new Literal("P" + n + "D", named);
        case WEEK:
          return new Literal("P" + n + "W", named);
        case MONTH:
          return new Literal("P" + n + "M", named);
        default:
          return new Literal("P" + n + "Y", named);
      }
    }
  }

  /** How a resolved point is narrowed: to a clock time, a part of a day, a month of a year, a half... */
  sealed interface Narrow {}

  /** A clock time; {@code hour} 0-24. */
  record Clock(int hour, int minute, @Nullable ZoneId zone) implements Narrow {}

  /** A part of a day ({@code MO}, {@code AF}, {@code EV}, {@code NI}) or of a week ({@code WE}). */
  record Part(String code) implements Narrow {}

  /** A month (and day) of a year: "February of this year", "June 12 last year". */
  record Within(int month, int day) implements Narrow {}

  /** A half, quarter or season of a year: {@code index} 1-2, 1-4, or the season's first month. */
  record Sub(Granularity granularity, int index) implements Narrow {}
}
