package org.parley.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a calendar value covers, first and last inclusive: {@code 2018-10} is 2018-10-01..2018-10-31,
 * {@code 2019-W12} the Monday to Sunday of that ISO week, {@code 2019-SU} June to August, {@code 2018-WI}
 * December 2018 to February 2019, {@code 199} the 1990s, {@code 19} the years 1900..1999.
 *
 * @param lo the first day
 * @param hi the last day (equal to {@code lo} for a day)
 */
public record DateSpan(LocalDate lo, LocalDate hi) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)");
  private static final Pattern DECADE = Pattern.compile("\\d{3}");
  private static final Pattern CENTURY = Pattern.compile("\\d{2}");

  public DateSpan {
    if (hi.isBefore(lo)) {
      throw new IllegalArgumentException("date span ends before it starts: " + lo + ".." + hi);
    }
  }

  /** Whether the span is one day. */
  public boolean isDay() {
    return lo.equals(hi);
  }

  /**
   * The span of a TIMEX3-style value as the time and events layers write it; empty for values that name no
   * stretch of the calendar ({@code PRESENT_REF}, durations, null) or are not valid dates.
   */
  public static Optional<DateSpan> of(String value) {
    try {
      return Optional.ofNullable(parse(value));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static DateSpan parse(String v) {
    Matcher m = DAY.matcher(v);
    if (m.matches()) {
      LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      return new DateSpan(d, d);
    }
    m = MONTH.matcher(v);
    if (m.matches()) {
      LocalDate d = LocalDate.of(num(m, 1), num(m, 2), 1);
      return new DateSpan(d, d.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if (YEAR.matcher(v).matches()) {
      int y = Integer.parseInt(v);
      return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
    m = WEEK.matcher(v);
    if (m.matches()) {
      int week = num(m, 2);
      LocalDate anyDay = LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_BASED_YEAR, num(m, 1));
      if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        return null;
      }
      LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
      return m.group(3) == null
          ? new DateSpan(monday, monday.plusDays(6))
          : new DateSpan(monday.plusDays(5), monday.plusDays(6));
    }
    m = PART.matcher(v);
    if (m.matches()) {
      int y = num(m, 1);
      String p = m.group(2);
      int firstMonth;
      int months;
      switch (p) {
        case "H1", "H2" -> {
          firstMonth = p.equals("H1") ? 1 : 7;
          months = 6;
        }
        case "SP" -> {
          firstMonth = 3;
          months = 3;
        }
        case "SU" -> {
          firstMonth = 6;
          months = 3;
        }
        case "FA" -> {
          firstMonth = 9;
          months = 3;
        }
        case "WI" -> {
          firstMonth = 12;
          months = 3;
        }
        default -> {
          firstMonth = (p.charAt(1) - '1') * 3 + 1;
          months = 3;
        }
      }
      LocalDate lo = LocalDate.of(y, firstMonth, 1);
      return new DateSpan(lo, lo.plusMonths(months).minusDays(1));
    }
    if (DECADE.matcher(v).matches()) {
      int y = Integer.parseInt(v) * 10;
      return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
    }
    if (CENTURY.matcher(v).matches()) {
      int y = Integer.parseInt(v) * 100;
      return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31));
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
