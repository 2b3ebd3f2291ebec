package org.parley.story;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The days a date covers, first and last inclusive: {@code 2018-11} is 2018-11-01..2018-11-30.
 *
 * <p>{@link #of} reads the ISO values the time stage writes ({@link org.parley.time.Timex}): a day (with or
 * without a time or part of day: {@code 2018-05-26TAF} is that day), an ISO week {@code 2019-W12} (Monday to
 * Sunday; {@code 2019-W12-WE} its Saturday and Sunday), a month, a season ({@code SP} March–May, {@code SU}
 * June–August, {@code FA} September–November, {@code WI} December to the end of February of the next year), a
 * quarter {@code 2019-Q1}, a half {@code 2019-H2}, a year, a decade {@code 199} (1990–1999) and a century
 * {@code 19} (1900–1999).
 *
 * <p>The modifiers {@code early}/{@code start}, {@code mid} and {@code late}/{@code end} narrow the range to
 * its first, middle or last third: in a month, days 1–10, 11–20 and 21 to the end; in a year, January–April,
 * May–August and September–December; in any other range, thirds counted in days (the middle third takes the
 * rest when the days do not divide by three). Other modifiers ({@code approx}, {@code before}, {@code after})
 * leave the range as it is: the merge compares dates at their granularity, not at a guessed offset.
 *
 * @param lo the first day
 * @param hi the last day, not before {@code lo}
 */
public record DateRange(LocalDate lo, LocalDate hi) implements java.io.Serializable {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern PART = Pattern.compile("(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])");
  private static final Pattern YEAR = Pattern.compile("\\d{2,4}");

  public DateRange {
    Objects.requireNonNull(lo, "lo");
    Objects.requireNonNull(hi, "hi");
    if (hi.isBefore(lo)) {
      throw new IllegalArgumentException("date range ends before it starts: " + lo + ".." + hi);
    }
  }

  /** One day. */
  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  /**
   * The days an event date covers, or empty when the value is null or not a calendar date ({@code T13:50}
   * with no day, {@code PRESENT_REF}).
   *
   * @param value the ISO value ({@code 2018-11-08}, {@code 2018-10}, {@code 2019-W12})
   * @param mod the modifier in lower case ({@code early}), or null
   */
  public static Optional<DateRange> of(@Nullable String value, @Nullable String mod) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      Optional<DateRange> base = parse(value.strip());
      return mod == null ? base : base.map(r -> r.narrow(mod, value));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2018-13, 2018-W60: a value that names no day
    }
  }

  private static Optional<DateRange> parse(String v) {
    Matcher m = DAY.matcher(v);
    if (m.matches()) {
      return Optional.of(day(LocalDate.of(num(m, 1), num(m, 2), num(m, 3))));
    }
    m = WEEK.matcher(v);
    if (m.matches()) {
      int year = num(m, 1);
      int week = num(m, 2);
      LocalDate monday =
          LocalDate.of(year, 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
              .with(DayOfWeek.MONDAY);
      if (week < 1 || monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
        return Optional.empty();
      }
      return Optional.of(
          m.group(3) != null
              ? new DateRange(monday.plusDays(5), monday.plusDays(6))
              : new DateRange(monday, monday.plusDays(6)));
    }
    m = MONTH.matcher(v);
    if (m.matches()) {
      YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
      return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth()));
    }
    m = PART.matcher(v);
    if (m.matches()) {
      int year = num(m, 1);
      String part = m.group(2);
      return Optional.of(
          switch (part) {
            case "SP" -> months(year, 3, 5);
            case "SU" -> months(year, 6, 8);
            case "FA" -> months(year, 9, 11);
            case "WI" -> new DateRange(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
            case "H1" -> months(year, 1, 6);
            case "H2" -> months(year, 7, 12);
            default -> {
              int q = part.charAt(1) - '1';
              yield months(year, 3 * q + 1, 3 * q + 3);
            }
          });
    }
    if (YEAR.matcher(v).matches()) {
      int n = Integer.parseInt(v);
      return Optional.of(
          switch (v.length()) {
            case 4 -> months(n, 1, 12);
            case 3 -> new DateRange(LocalDate.of(n * 10, 1, 1), LocalDate.of(n * 10 + 9, 12, 31));
            default -> new DateRange(LocalDate.of(n * 100, 1, 1), LocalDate.of(n * 100 + 99, 12, 31));
          });
    }
    return Optional.empty();
  }

  private static DateRange months(int year, int first, int last) {
    return new DateRange(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private DateRange narrow(String mod, String value) {
    int third =
        switch (mod.toLowerCase(Locale.ROOT)) {
          case "early", "start" -> 0;
          case "mid" -> 1;
          case "late", "end" -> 2;
          default -> -1;
        };
    if (third < 0) {
      return this;
    }
    if (MONTH.matcher(value).matches()) {
      return switch (third) {
        case 0 -> new DateRange(lo, lo.plusDays(9));
        case 1 -> new DateRange(lo.plusDays(10), lo.plusDays(19));
        default -> new DateRange(lo.plusDays(20), hi);
      };
    }
    if (value.length() == 4 && YEAR.matcher(value).matches()) {
      return months(lo.getYear(), 4 * third + 1, 4 * third + 4);
    }
    long days = days();
    long part = days / 3;
    if (part == 0) {
      return this;
    }
    return switch (third) {
      case 0 -> new DateRange(lo, lo.plusDays(part - 1));
      case 1 -> new DateRange(lo.plusDays(part), hi.minusDays(part));
      default -> new DateRange(hi.minusDays(part - 1), hi);
    };
  }

  /** How many days the range covers, at least 1: the smaller, the more precise the date. */
  public long days() {
    return ChronoUnit.DAYS.between(lo, hi) + 1;
  }

  /** Whether the two ranges share a day. */
  public boolean overlaps(DateRange other) {
    return !lo.isAfter(other.hi) && !other.lo.isAfter(hi);
  }

  /** Whether every day of {@code other} lies in this range. */
  public boolean contains(DateRange other) {
    return !other.lo.isBefore(lo) && !other.hi.isAfter(hi);
  }

  /** Days from this range to {@code day}: 0 when the day lies in it. */
  public long distanceTo(LocalDate day) {
    if (day.isBefore(lo)) {
      return ChronoUnit.DAYS.between(day, lo);
    }
    if (day.isAfter(hi)) {
      return ChronoUnit.DAYS.between(hi, day);
    }
    return 0;
  }
}
