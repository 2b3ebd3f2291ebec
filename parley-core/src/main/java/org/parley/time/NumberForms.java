package org.parley.time;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.parley.time.Timex.Granularity;
import org.parley.time.Timex.Type;
import org.parley.time.When.Clock;
import org.parley.time.When.Direction;
import org.parley.time.When.Fixed;
import org.parley.time.When.From;
import org.parley.time.When.InMonth;
import org.parley.time.When.Shift;
import org.parley.time.When.Sub;

/**
 * Dates and times written with digits: {@code 2019-10-07}, {@code 2020.06.17}, {@code 10/7/2019}, {@code
 * 13:50}, {@code 2:49 p.m. KST}, {@code 5 October 2019}, {@code 1990s}, {@code '90s}, {@code 21st century},
 * {@code Q3 2019}, and years ({@code 2019}, {@code 1950-53}, but not {@code 2000 troops} or {@code Resolution
 * 2094}). Each reader looks at a few parts from a position and returns a {@link Hit} or null. Stateless.
 */
final class NumberForms {
  private NumberForms() {}

  /**
   * A date or time written in digits at part {@code i}, or null (then the number may still be a count or a
   * quantity of time: "19 days").
   */
  static @Nullable Hit read(Parts p, int i) {
    String s = p.lower[i];
    int len = s.length();
    if (len == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      LocalDate d = Point.date(Parts.digitsValue(s, 0, 4), Parts.digitsValue(s, 5, 7), Parts.digitsValue(s, 8, 10));
      return d == null ? null : new Hit(i + 1, Type.DATE, new Fixed(Point.day(d)), null, null);
    }
    if (len == 7 && s.charAt(4) == '-') {
      LocalDate d = Point.date(Parts.digitsValue(s, 0, 4), Parts.digitsValue(s, 5, 7), 1);
      return d == null ? null : new Hit(i + 1, Type.DATE, new Fixed(Point.of(Granularity.MONTH, d)), null, null);
    }
    int colon = s.indexOf(':');
    if (colon > 0) {
      return clock(p, i, s, colon);
    }
    if (s.indexOf('/') > 0) {
      return slashDate(p, i, s);
    }
    if (len == 10 && s.charAt(4) == '.' && s.charAt(7) == '.') {
      LocalDate d = Point.date(Parts.digitsValue(s, 0, 4), Parts.digitsValue(s, 5, 7), Parts.digitsValue(s, 8, 10));
      return d == null ? null : new Hit(i + 1, Type.DATE, new Fixed(Point.day(d)), null, null);
    }
    if (len == 5 && s.endsWith("s")) {
      int y = Parts.digitsValue(s, 0, 4);
      if (y >= 1000 && y <= 2090 && y % 10 == 0 && !p.isPossessive(i - 1)) {
        return new Hit(i + 1, Type.DATE, new Fixed(Point.of(Granularity.DECADE, LocalDate.of(y, 1, 1))), null, null);
      }
      return null;
    }
    if (p.is(i + 1, "century") && len >= 3 && !Character.isDigit(s.charAt(len - 1))) {
      int c = Parts.digitsValue(s, 0, len - 2); // "the 21st century": 2000-2099, value 20
      if (c >= 1 && c <= 21 && Parts.isOrdinalSuffix(s.substring(len - 2))) {
        return new Hit(i + 2, Type.DATE, new Fixed(Point.of(Granularity.CENTURY, LocalDate.of((c - 1) * 100, 1, 1))), null, null);
      }
      return null;
    }
    int day = p.dayNumber(i);
    if (day > 0) {
      int k = p.is(i + 1, "of") ? i + 2 : i + 1;
      if (p.has(k, TimeWords.MONTH | TimeWords.MONTH_ABBR) && p.isCapital(k)) {
        return dayMonth(p, i, k, day);
      }
    }
    int v = p.digits(i);
    if (v < 0) {
      return null;
    }
    if (v >= 1 && v <= 12 && len <= 2) {
      int m = p.meridiem(i + 1);
      if (m >= 0) {
        int h = v % 12 + m;
        return clockTail(p, i, i + 2, h, 0);
      }
      if (p.is(i + 1, "o'clock") || p.is(i + 1, "o\u2019clock")) {
        return clockTail(p, i, i + 2, v, 0);
      }
    }
    if (len == 4) {
      Hit y = year(p, i, v);
      if (y != null) {
        return y;
      }
    }
    if (len == 2 && p.joined[i] && p.isNumber(i - 1) && p.lower[i - 1].length() == 4) {
      int first = p.digits(i - 1); // "1950-53"
      if (first >= 1000) {
        int y = first / 100 * 100 + v;
        if (y < first) {
          y += 100;
        }
        return new Hit(i + 1, Type.DATE, new Fixed(Point.of(Granularity.YEAR, LocalDate.of(y, 1, 1))), null, null);
      }
    }
    return null;
  }

  /** A year: 1900-2099, or 1000-1899 after a cue ("in 1894"); not a count ("2000 troops", "Resolution 2094"). */
  static @Nullable Hit year(Parts p, int i, int v) {
    if (v < 1000 || v > 2099) {
      return null;
    }
    if (p.has(i - 1, TimeWords.NOT_YEAR) || p.isAny(i - 1, "$", "#", "\u20A9", "\u00A3", "\u20AC", "-")) {
      return null;
    }
    if (v < 1900 && !p.has(i - 1, TimeWords.YEAR_CUE) && !p.has(i - 1, TimeWords.MONTH | TimeWords.MONTH_ABBR)) {
      return null;
    }
    if (p.has(i + 1, TimeWords.COUNT_NOUN) || p.has(i + 1, TimeWords.UNIT) || p.isAny(i + 1, "percent", "%")) {
      return null;
    }
    return new Hit(i + 1, Type.DATE, new Fixed(Point.of(Granularity.YEAR, LocalDate.of(v, 1, 1))), null, null);
  }

  /** "5 October", "5th of October 2019", "5 Oct. 2019". {@code k} is the month. */
  static @Nullable Hit dayMonth(Parts p, int i, int k, int day) {
    int month = p.lex(k).number();
    int end = k + 1;
    int y = p.year4(end);
    if (y < 0 && p.is(end, ",")) {
      y = p.year4(end + 1);
      if (y > 0) {
        end++;
      }
    }
    if (y > 0) {
      LocalDate d = Point.date(y, month, day);
      return d == null ? null : new Hit(end + 1, Type.DATE, new Fixed(Point.day(d)), null, null);
    }
    return new Hit(end, Type.DATE, new InMonth(month, day, Direction.NONE, Tense.around(p, i, end)), null, null);
  }

  /** "10/7/2019" (month first, unless the first number cannot be a month), "2019/10/07". */
  static @Nullable Hit slashDate(Parts p, int i, String s) {
    String[] f = s.split("/", -1);
    if (f.length != 3) {
      return null;
    }
    int a = Parts.digitsValue(f[0], 0, f[0].length());
    int b = Parts.digitsValue(f[1], 0, f[1].length());
    int c = Parts.digitsValue(f[2], 0, f[2].length());
    LocalDate d;
    if (f[0].length() == 4) {
      d = Point.date(a, b, c);
    } else if (f[2].length() == 4) {
      d = a > 12 ? Point.date(c, b, a) : Point.date(c, a, b);
    } else {
      return null;
    }
    return d == null ? null : new Hit(i + 1, Type.DATE, new Fixed(Point.day(d)), null, null);
  }

  /** "13:50", "2:49 p.m.", "17:16 KST". */
  static @Nullable Hit clock(Parts p, int i, String s, int colon) {
    int h = Parts.digitsValue(s, 0, colon);
    if (colon > 2 || h < 0 || h > 24 || s.length() < colon + 3) {
      return null;
    }
    int m = Parts.digitsValue(s, colon + 1, colon + 3);
    if (m < 0 || m > 59 || (s.length() > colon + 3 && s.charAt(colon + 3) != ':')) {
      return null;
    }
    int j = i + 1;
    int mer = p.meridiem(j);
    if (mer >= 0) {
      if (h < 1 || h > 12) {
        return null;
      }
      h = h % 12 + mer;
      j++;
    }
    return clockTail(p, i, j, h, m);
  }

  /** A clock time's zone, and a day right after it: "2:49 p.m. Tuesday". */
  static Hit clockTail(Parts p, int i, int j, int h, int m) {
    ZoneId zone = null;
    if (p.has(j, TimeWords.ZONE) && p.isCapital(j) && p.isCapital(j) && Character.isUpperCase(p.text.charAt(p.end[j] - 1))) {
      zone = p.lex(j).zone();
      j++;
    } else if (p.has(j, TimeWords.CITY_ZONE) && p.isCapital(j) && p.is(j + 1, "time")) {
      zone = p.lex(j).zone();
      j += 2;
    } else if (p.is(j, "local") && p.is(j + 1, "time")) {
      j += 2;
    }
    return new Hit(j, Type.TIME, Shift.of(0, Granularity.DAY, From.SAME_DAY), new Clock(h, m, zone), null);
  }

  /** "'90s": the 1990s. */
  static @Nullable Hit shortDecade(Parts p, int i) {
    if (!p.isNumber(i + 1) || !p.touches(i + 1)) {
      return null;
    }
    String s = p.lower[i + 1];
    if (s.length() != 3 || !s.endsWith("s")) {
      return null;
    }
    int d = Parts.digitsValue(s, 0, 2);
    if (d < 0 || d % 10 != 0) {
      return null;
    }
    int year = d <= 30 ? 2000 + d : 1900 + d;
    return new Hit(i + 2, Type.DATE, new Fixed(Point.of(Granularity.DECADE, LocalDate.of(year, 1, 1))), null, null);
  }

  /** "Q3", "Q3 2019". */
  static @Nullable Hit quarterCode(Parts p, int i) {
    if (!p.isCapital(i)) {
      return null;
    }
    int q = p.w(i).charAt(1) - '0';
    int y = p.year4(i + 1);
    if (y > 0) {
      return new Hit(i + 2, Type.DATE, new Fixed(Point.of(Granularity.QUARTER, LocalDate.of(y, 3 * q - 2, 1))), null, null);
    }
    return new Hit(i + 1, Type.DATE, Shift.of(0, Granularity.YEAR, From.PUBLICATION), new Sub(Granularity.QUARTER, q), null);
  }
}
