package org.parley.quote;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * The day a quotation was said, where its attribution gives one: a weekday ({@code said Sunday}, {@code on
 * Tuesday}), {@code today}, {@code yesterday}, or a month and day ({@code on Oct. 5}, {@code June 26, 2020}),
 * read relative to the article's publication day. A weekday is the last such day on or before publication; a
 * month and day without a year is in the publication year, or the year before when it would fall after
 * publication. Without a publication day only a full date with its year is read. Stateless.
 *
 * <p>When the date stage exists, this should defer to its resolved expressions.
 */
final class SpeechDate {
  /** How many tokens after the cue verb are read. */
  private static final int WINDOW = 10;

  private static final String[] MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december"
  };
  private static final String[] MONTH_ABBREVIATIONS = {
    "jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.", "sept.", "oct.", "nov.", "dec."
  };

  /**
   * The date in the attribution of a cue: between the speaker and the verb ({@code Trump on Friday said})
   * and in a few tokens after the verb ({@code said Saturday, Oct. 5,}).
   */
  @Nullable
  static LocalDate find(TextView v, Cue cue, @Nullable LocalDate published) {
    if (cue.speaker() != null && (cue.place() == Cue.Place.AFTER || cue.place() == Cue.Place.END) && cue.speaker().last() < cue.first()) {
      LocalDate d = scan(v, cue.speaker().last() + 1, cue.first(), published);
      if (d != null) {
        return d;
      }
    }
    if (cue.place() != Cue.Place.NOUN && cue.place() != Cue.Place.ACCORDING && cue.place() != Cue.Place.COLON) {
      int from = cue.last() + 1;
      if (cue.speaker() != null && cue.speaker().first() > cue.last()) {
        from = cue.speaker().last() + 1; // "said Trump on Friday"
      }
      return scan(v, from, Math.min(v.n, from + WINDOW), published);
    }
    return null;
  }

  @Nullable
  private static LocalDate scan(TextView v, int from, int to, @Nullable LocalDate published) {
    for (int k = from; k < to && k < v.n; k++) {
      if (v.quoteAt(k, 0) >= 0 || v.is(k, "that") || v.isChar(k, '.') || v.isChar(k, ':')) {
        return null;
      }
      String w = v.lower(k);
      int month = month(w);
      if (month > 0 && k + 1 < v.n && isDayNumber(v.lower(k + 1))) {
        int day = Integer.parseInt(v.lower(k + 1));
        Integer year = null;
        int y = v.isComma(k + 2) ? k + 3 : k + 2;
        if (y < v.n && v.lower(y).matches("(19|20)\\d\\d")) {
          year = Integer.parseInt(v.lower(y));
        }
        return monthDay(month, day, year, published);
      }
      if (published == null) {
        continue;
      }
      DayOfWeek dow = weekday(w);
      if (dow != null) {
        return published.with(TemporalAdjusters.previousOrSame(dow));
      }
      if (w.equals("today") || w.equals("tonight")) {
        return published;
      }
      if (w.equals("yesterday")) {
        return published.minusDays(1);
      }
    }
    return null;
  }

  @Nullable
  private static LocalDate monthDay(int month, int day, @Nullable Integer year, @Nullable LocalDate published) {
    if (day > Month.of(month).maxLength()) {
      return null;
    }
    try {
      if (year != null) {
        return LocalDate.of(year, month, day);
      }
      if (published == null) {
        return null;
      }
      LocalDate d = LocalDate.of(published.getYear(), month, day);
      return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
    } catch (java.time.DateTimeException e) {
      return null; // 29 February of a common year
    }
  }

  private static boolean isDayNumber(String w) {
    if (w.isEmpty() || w.length() > 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(w.length() - 1))) {
      return false;
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31;
  }

  /** 1..12 for a month name or abbreviation (lower case), else 0. */
  static int month(String w) {
    for (int m = 0; m < 12; m++) {
      if (w.equals(MONTHS[m]) || w.equals(MONTH_ABBREVIATIONS[m]) || (w.length() >= 3 && w.equals(MONTHS[m].substring(0, 3)))) {
        return m + 1;
      }
    }
    return w.equals("sep.") || w.equals("sept") ? 9 : 0;
  }

  @Nullable
  static DayOfWeek weekday(String w) {
    return switch (w) {
      case "monday" -> DayOfWeek.MONDAY;
      case "tuesday" -> DayOfWeek.TUESDAY;
      case "wednesday" -> DayOfWeek.WEDNESDAY;
      case "thursday" -> DayOfWeek.THURSDAY;
      case "friday" -> DayOfWeek.FRIDAY;
      case "saturday" -> DayOfWeek.SATURDAY;
      case "sunday" -> DayOfWeek.SUNDAY;
      default -> null;
    };
  }

  /** Whether a lower-case word is a weekday, a month name or a day word ("today"). */
  static boolean isDateWord(String w) {
    return weekday(w) != null || (month(w) > 0 && !w.equals("may") && !w.equals("mar") && !w.equals("jun"))
        || w.equals("today") || w.equals("yesterday") || w.equals("tonight");
  }
}
