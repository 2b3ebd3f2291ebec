package org.parley.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.time.Timex.Granularity;

/**
 * A place on the calendar at some granularity: the day 2018-11-08, the month 2018-10, the week 2019-W43. The
 * {@code date} is the first day of the period (the Monday of a week, December 1 of a winter), so that
 * arithmetic is date arithmetic and {@link #value()} prints the period.
 *
 * @param granularity the period's size
 * @param date its first day
 * @param hour 0-24 for a clock time, else -1
 * @param minute 0-59 for a clock time, else -1
 * @param part {@code MO}/{@code AF}/{@code EV}/{@code NI} for a part of the day, {@code WE} for a weekend
 * @param offset the clock time's offset from UTC, when known
 */
record Point(
    Granularity granularity, LocalDate date, int hour, int minute, @Nullable String part, @Nullable ZoneOffset offset) {

  /** Largest shift, in any unit, that arithmetic is attempted for; beyond it a value is left unresolved. */
  static final long MAX_SHIFT = 5000;

  static Point of(Granularity g, LocalDate date) {
    return new Point(g, startOf(date, g), -1, -1, null, null);
  }

  static Point day(LocalDate date) {
    return of(Granularity.DAY, date);
  }

  /** The first day of the period of size {@code g} that holds {@code d}. */
  static LocalDate startOf(LocalDate d, Granularity g) {
    switch (g) {
      case WEEK:
        return d.minusDays(d.getDayOfWeek().getValue() - 1L);
      case MONTH:
        return d.withDayOfMonth(1);
      case SEASON:
        {
          int m = d.getMonthValue();
          if (m == 12) {
            return LocalDate.of(d.getYear(), 12, 1);
          }
          if (m <= 2) {
            return LocalDate.of(d.getYear() - 1, 12, 1);
          }
          return LocalDate.of(d.getYear(), m - (m % 3), 1);
        }
      case QUARTER:
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case HALF:
        return LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
      case YEAR:
        return LocalDate.of(d.getYear(), 1, 1);
      case DECADE:
        return LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
      case CENTURY:
        return LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
      default:
        return d;
    }
  }

  /** Whether the year is one ISO 8601 writes with four digits, 0000-9999; other points are left unresolved. */
  boolean isFourDigitYear() {
    return date.getYear() >= 0 && date.getYear() <= 9999;
  }

  /** Whether the point names a calendar day or a part of one (a day, a part of day, a clock time). */
  boolean isDayOrFiner() {
    return granularity.isFinerOrEqual(Granularity.DAY);
  }

  /**
   * This point moved by {@code amount} units of {@code unit}, at the unit's granularity: two days after
   * 2019-10-05 is 2019-10-07, seven months after 2019-02 is 2019-09, two weeks after 2019-10-07 is 2019-W43.
   * Null when the unit is finer than this point (two days after February) or the shift is absurd.
   */
  @Nullable
  Point plus(long amount, Granularity unit) {
    if (Math.abs(amount) > MAX_SHIFT) {
      return null;
    }
    Granularity g = unit.isFinerOrEqual(Granularity.DAY) ? Granularity.DAY : unit;
    if (!granularity.isFinerOrEqual(g) && !(granularity == Granularity.WEEK && g == Granularity.MONTH)) {
      return null;
    }
    LocalDate d = date;
    if (granularity == Granularity.WEEK && g != Granularity.WEEK) {
      d = d.plusDays(3); // a week belongs to the month and year of its Thursday, as ISO weeks do
    }
    switch (g) {
      case DAY:
        if (unit == Granularity.DAY) {
          d = d.plusDays(amount);
        } else {
          return null; // hours and minutes move clock times only, which this point is not
        }
        break;
      case WEEK:
        d = d.plusWeeks(amount);
        break;
      case MONTH:
        d = d.plusMonths(amount);
        break;
      case SEASON:
      case QUARTER:
        d = d.plusMonths(3 * amount);
        break;
      case HALF:
        d = d.plusMonths(6 * amount);
        break;
      case YEAR:
        d = d.plusYears(amount);
        break;
      case DECADE:
        d = d.plusYears(10 * amount);
        break;
      case CENTURY:
        d = d.plusYears(100 * amount);
        break;
      default:
        return null;
    }
    return of(g, d);
  }

  /** This point at a coarser granularity (the month of a day); itself if {@code g} is not coarser. */
  Point truncate(Granularity g) {
    if (g.isFinerOrEqual(granularity)) {
      return this;
    }
    return of(g, granularity == Granularity.WEEK ? date.plusDays(3) : date);
  }

  Point withPart(String code) {
    return new Point(granularity == Granularity.WEEK ? Granularity.WEEK : Granularity.PART_OF_DAY, date, -1, -1, code, null);
  }

  Point withClock(int h, int m, @Nullable ZoneOffset zoneOffset) {
    return new Point(Granularity.MINUTE, date, h, m, null, zoneOffset);
  }

  /** The TIMEX3 value: {@code 2018-11-08}, {@code 2018-10}, {@code 2019-W43}, {@code 199}, {@code 2019-SU}. */
  String value() {
    int y = date.getYear();
    switch (granularity) {
      case CENTURY:
        return pad(Math.floorDiv(y, 100), 2);
      case DECADE:
        return pad(Math.floorDiv(y, 10), 3);
      case YEAR:
        return year(y);
      case HALF:
        return year(y) + (date.getMonthValue() <= 6 ? "-H1" : "-H2");
      case QUARTER:
        return year(y) + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case SEASON:
        return year(y) + "-" + season(date.getMonthValue());
      case MONTH:
        return year(y) + "-" + pad(date.getMonthValue(), 2);
      case WEEK:
        {
          String w =
              year(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
          return part == null ? w : w + "-" + part;
        }
      case PART_OF_DAY:
        return day() + "T" + part;
      case HOUR:
      case MINUTE:
      case SECOND:
        return day() + clock(hour, minute, offset);
      default:
        return day();
    }
  }

  private String day() {
    return year(date.getYear()) + "-" + pad(date.getMonthValue(), 2) + "-" + pad(date.getDayOfMonth(), 2);
  }

  /** {@code T13:50}, with the offset when known: {@code T13:50+09:00}, {@code T04:50Z}. */
  static String clock(int h, int m, @Nullable ZoneOffset offset) {
    if (offset == null) {
      return "T" + pad(h, 2) + ":" + pad(m, 2);
    }
    // whole minutes: local mean time of old dates has offsets in seconds, which ISO 8601 cannot write
    ZoneOffset minutes = ZoneOffset.ofTotalSeconds(offset.getTotalSeconds() / 60 * 60);
    return "T" + pad(h, 2) + ":" + pad(m, 2) + minutes.getId();
  }

  private static String season(int startMonth) {
    switch (startMonth) {
      case 3:
        return "SP";
      case 6:
        return "SU";
      case 9:
        return "FA";
      default:
        return "WI";
    }
  }

  private static String year(int y) {
    return pad(y, 4);
  }

  /** {@code v} with zeros in front to {@code width} digits, as {@code %0<width>d} writes it (without its cost). */
  static String pad(int v, int width) {
    if (v < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", v);
    }
    String digits = Integer.toString(v);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }

  /** The first month of a season: 3 for SP, 6 SU, 9 FA, 12 WI. */
  static int seasonStartMonth(String code) {
    switch (code) {
      case "SP":
        return 3;
      case "SU":
        return 6;
      case "FA":
        return 9;
      default:
        return 12;
    }
  }

  /** A valid date, or null: "February 30" is no date. */
  static @Nullable LocalDate date(int y, int m, int d) {
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
