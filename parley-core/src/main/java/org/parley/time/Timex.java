package org.parley.time;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One temporal expression of an article body, resolved to the calendar as far as the text allows.
 *
 * <p>Values are ISO 8601 at the text's granularity, in the TIMEX3 style:
 *
 * <ul>
 *   <li>dates: {@code 2018-11-08} (day), {@code 2018-10} (month), {@code 2019} (year), {@code 2018-W45} (ISO
 *       week), {@code 2018-W45-WE} (its weekend), {@code 2019-SU} (season: {@code SP}, {@code SU}, {@code
 *       FA}, {@code WI}; the winter of 2018 starts in December 2018), {@code 2019-Q1}, {@code 2019-H2}, {@code
 *       199} (the decade 1990-1999), {@code 19} (the century 1900-1999);
 *   <li>times: {@code 2018-05-26TAF} (part of a day: {@code MO}, {@code AF}, {@code EV}, {@code NI}), {@code
 *       2020-06-16T14:49+09:00} (a clock time, with the offset of the zone the text names or else of the
 *       article's zone when it is known), {@code T13:50} when no day can be found;
 *   <li>durations: {@code P19D}, {@code P7M}, {@code P2W}, {@code PT3H}, {@code P1.5Y}; {@code X} for an
 *       unknown number ({@code PXY} for "years", {@code PXDE} for "decades");
 *   <li>sets: {@code P1Y} ("every year"), {@code XXXX-WXX-1} ("every Monday");
 *   <li>vague references: {@code PRESENT_REF} ("now"), {@code PAST_REF} ("recently"), {@code FUTURE_REF} ("in
 *       the future").
 * </ul>
 *
 * <p>{@code value} is null when the expression is recognised but cannot be placed on the calendar: a relative
 * expression in an article without a publication date, or "two days later" with nothing before it to count
 * from.
 *
 * @param start first character in the article body, inclusive
 * @param end last character, exclusive
 * @param text the covered characters of the body
 * @param type what kind of expression it is
 * @param value the normalised value, or null when it cannot be resolved
 * @param mod how the expression narrows or widens its value ("early last month": {@link Mod#EARLY}), or null
 * @param granularity the precision of {@code value}, or null for vague references and unresolved values
 * @param anchor what the value was computed from: {@code "publication"} for "last week", "Thursday" or "Oct.
 *     5"; otherwise the expression it was resolved against, as {@code "<text>" = <value>}: the date "two days
 *     later" counts from, the date of the event in "seven months after the summit in Hanoi" (after the
 *     event's words: {@code the summit in Hanoi: "this past February" = 2019-02}), the day of a clock time,
 *     the date in the same sentence that gives a month its year; null when the text alone gives the value
 *     ("October 5, 2019", "19 days", "now") or when nothing could be found to resolve against
 */
public record Timex(
    int start,
    int end,
    String text,
    Type type,
    @Nullable String value,
    @Nullable Mod mod,
    @Nullable Granularity granularity,
    @Nullable String anchor) {

  /** The publication anchor: the value was counted from the article's publication date. */
  public static final String PUBLICATION = "publication";

  public Timex {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** TIMEX3 types. */
  public enum Type {
    /** A calendar date or period: "Oct. 5", "early last month", "next year", "now". */
    DATE,
    /** A time of day, with its day when known: "13:50", "2:49 p.m. Tuesday", "Saturday afternoon". */
    TIME,
    /** A length of time, not a point: "19 days", "seven months", "a three-day visit". */
    DURATION,
    /** A recurring time: "every year", "twice a week", "on Mondays". */
    SET
  }

  /** How the text narrows or qualifies the value. */
  public enum Mod {
    /** "early last month", "early 2019". */
    EARLY,
    /** "mid-September", "the middle of the year". */
    MID,
    /** "late August", "late last year". */
    LATE,
    /** "the beginning of next year", "the start of the month". */
    START,
    /** "the end of the year", "year-end". */
    END,
    /** "around 3 p.m.", "about two hours". */
    APPROX,
    /** Before the value: "more than two years ago", "weeks earlier", "shortly before noon". */
    BEFORE,
    /** After the value: "less than a year ago", "days later", "shortly after midnight". */
    AFTER,
    /** Of a duration: "more than two months", "at least a year". */
    MORE_THAN,
    /** Of a duration: "less than an hour", "up to two weeks". */
    LESS_THAN
  }

  /** The precision of a value, from the finest to the coarsest. */
  public enum Granularity {
    SECOND,
    MINUTE,
    HOUR,
    /** Morning, afternoon, evening or night of a day. */
    PART_OF_DAY,
    DAY,
    /** An ISO week, Monday to Sunday (or its weekend). */
    WEEK,
    MONTH,
    SEASON,
    QUARTER,
    HALF,
    YEAR,
    DECADE,
    CENTURY;

    /** Whether this is at least as fine as {@code other}: a day is finer than a month. */
    public boolean isFinerOrEqual(Granularity other) {
      return ordinal() <= other.ordinal();
    }
  }
}
