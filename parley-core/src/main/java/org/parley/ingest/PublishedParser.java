package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds a publication date, time and zone in a line of a page's header or a metadata value: "November 08,
 * 2018 13:50", "Posted on : 2019-10-07 17:16 KST", "August 10, 2017 | 05:14 pm PT", "Friday, July 26, 2019",
 * "12 March 2025, 14:00 GMT", "2018.05.28 11:23", "2025-03-14T09:20:00+01:00". Stateless.
 */
final class PublishedParser {
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?i)(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.-])((?:19|20)\\d{2})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)^[\\s,|@(–—-]*(?:at\\s+)?(?:T)?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\)?"
              + "(?:\\s*([ap])\\.?\\s?m\\.?(?![\\p{L}]))?");

  /** A time written before the date: "8:29 a.m. ET, April 25, 2019". */
  private static final Pattern TIME_BEFORE =
      Pattern.compile(
          "(?i)(\\d{1,2}):(\\d{2})(?:\\s*([ap])\\.?\\s?m\\.?)?(?:\\s+([A-Z]{1,4}))?[\\s,|–—-]*$");

  private PublishedParser() {}

  /**
   * A date found in {@code line}, with a time and zone when they follow it.
   *
   * @param outletZone the outlet's home zone, used when a time is given without a zone (marked assumed)
   */
  static Optional<Found> find(String line, @Nullable ZoneId outletZone) {
    Found best = null;
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC}) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        LocalDate date = date(p, m);
        if (date == null) {
          continue;
        }
        Found f = withTime(line, m.start(), m.end(), date, outletZone);
        if (best == null || f.start() < best.start()) {
          best = f;
        }
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static @Nullable LocalDate date(Pattern p, Matcher m) {
    try {
      if (p == MONTH_DAY_YEAR) {
        return LocalDate.of(
            Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if (p == DAY_MONTH_YEAR) {
        return LocalDate.of(
            Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
      }
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new DateTimeException("not a month: " + name);
  }

  private static Found withTime(
      String line, int start, int end, LocalDate date, @Nullable ZoneId outletZone) {
    String rest = line.substring(end);
    Matcher t = TIME.matcher(rest);
    if (!t.find()) {
      return timeBefore(line, start, end, date, outletZone);
    }
    int hour = Integer.parseInt(t.group(1));
    int minute = Integer.parseInt(t.group(2));
    int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
    if (t.group(4) != null) {
      boolean pm = t.group(4).equalsIgnoreCase("p");
      if (hour == 12) {
        hour = pm ? 12 : 0;
      } else if (pm) {
        hour += 12;
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return new Found(Published.day(date), start, end);
    }
    LocalTime time = LocalTime.of(hour, minute, second);
    int timeEnd = end + t.end();
    String after = line.substring(timeEnd);
    Matcher z = Zones.ZONE.matcher(after);
    if (z.find() && after.substring(0, z.start()).isBlank()) {
      Optional<ZoneId> zone = Zones.of(z, outletZone);
      if (zone.isPresent()) {
        return new Found(new Published(date, time, zone.get(), false), start, timeEnd + z.end());
      }
    }
    if (outletZone != null) {
      return new Found(new Published(date, time, outletZone, true), start, timeEnd);
    }
    return new Found(new Published(date, time, null, false), start, timeEnd);
  }

  private static Found timeBefore(
      String line, int start, int end, LocalDate date, @Nullable ZoneId outletZone) {
    Matcher b = TIME_BEFORE.matcher(line.substring(0, start));
    if (!b.find()) {
      return new Found(Published.day(date), start, end);
    }
    int hour = Integer.parseInt(b.group(1));
    int minute = Integer.parseInt(b.group(2));
    if (b.group(3) != null) {
      boolean pm = b.group(3).equalsIgnoreCase("p");
      hour = hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
    }
    if (hour > 23 || minute > 59) {
      return new Found(Published.day(date), start, end);
    }
    LocalTime time = LocalTime.of(hour, minute);
    ZoneId zone = null;
    boolean assumed = false;
    if (b.group(4) != null) {
      zone = Zones.byAbbreviation(b.group(4), outletZone).orElse(null);
    }
    if (zone == null && outletZone != null) {
      zone = outletZone;
      assumed = true;
    }
    return new Found(new Published(date, time, zone, assumed), b.start(), end);
  }

  /**
   * A publication time found in a line, and where.
   *
   * @param published the date, time and zone
   * @param start where the match starts in the line
   * @param end where it ends
   */
  record Found(Published published, int start, int end) {}
}
