package org.parley.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import org.parley.pipeline.DataLines;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parley.time.Timex.Granularity;

/**
 * The small word lists the scanner reads, from {@code time-words.txt} beside this class: months, weekdays,
 * units, number words, zones, and the cue words for tense, months, years and events (the file's header
 * describes each class). One lower-case word can be in several classes ({@code second} is a unit and an
 * ordinal).
 *
 * <p>Immutable and thread-safe; loaded once, on first use.
 */
final class TimeWords {

  // Class bits of an entry.
  static final int MONTH = 1;
  static final int MONTH_ABBR = 1 << 1;
  static final int WEEKDAY = 1 << 2;
  static final int WEEKDAYS = 1 << 3;
  static final int UNIT = 1 << 4;
  static final int NUMBER = 1 << 5;
  static final int VAGUE_NUMBER = 1 << 6;
  static final int ORDINAL = 1 << 7;
  static final int SEASON = 1 << 8;
  static final int PART_OF_DAY = 1 << 9;
  static final int ZONE = 1 << 10;
  static final int CITY_ZONE = 1 << 11;
  static final int PAST = 1 << 12;
  static final int NOT_PAST = 1 << 13;
  static final int FUTURE = 1 << 14;
  static final int PRESENT = 1 << 15;
  static final int PERFECT = 1 << 16;
  static final int PASSIVE = 1 << 17;
  static final int DETERMINER = 1 << 18;
  static final int MONTH_CUE = 1 << 19;
  static final int YEAR_CUE = 1 << 20;
  static final int NOT_YEAR = 1 << 21;
  static final int COUNT_NOUN = 1 << 22;
  static final int EVENT_NOUN = 1 << 23;
  static final int GENERIC_NAME = 1 << 24;
  static final int SIMPLE_PAST = 1 << 25;
  static final int PLAN = 1 << 26;

  /**
   * What the list says about one word.
   *
   * @param flags class bits
   * @param number month (1-12), weekday (1-7) or cardinal number, by class
   * @param ordinal 1-4 for first..fourth, else 0
   * @param unit the unit of time, for {@link #UNIT}
   * @param factor how many {@code unit}s one of this word is (a fortnight is two weeks)
   * @param code season or part-of-day code
   * @param zone the zone of {@link #ZONE} and {@link #CITY_ZONE} words
   */
  record Entry(
      int flags,
      int number,
      int ordinal,
      @Nullable Granularity unit,
      int factor,
      @Nullable String code,
      @Nullable ZoneId zone) {

    boolean is(int flag) {
      return (flags & flag) != 0;
    }
  }

  private final Map<String, Entry> entries;

  private TimeWords(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  /** The list shipped with Parley. */
  static TimeWords standard() {
    return Standard.INSTANCE;
  }

  // Holder idiom: the file is read once, when the first stage is built.
  private static final class Standard {
    static final TimeWords INSTANCE = load();
  }

  /** The entry for a lower-case word, or null. */
  @Nullable
  Entry get(String lowerCaseWord) {
    return entries.get(lowerCaseWord);
  }

  private static TimeWords load() {
    Map<String, Entry> map = new HashMap<>();
    for (DataLines.Line line : DataLines.of(TimeWords.class, "time-words.txt")) {
      String[] parts = line.text().split("\\s+");
      if (parts.length < 2 || parts.length > 3) {
        throw new IllegalStateException(
            "time-words.txt:" + line.number() + ": expected 'word class [value]', got '" + line.text() + "'");
      }
      String value = parts.length == 3 ? parts[2] : "";
      Entry old = map.get(parts[0]);
      map.put(parts[0], merge(old, parts[1], value, line.number()));
    }
    return new TimeWords(map);
  }

  private static Entry merge(@Nullable Entry old, String label, String value, int line) {
    int flags = old == null ? 0 : old.flags();
    int num = old == null ? 0 : old.number();
    int ordinal = old == null ? 0 : old.ordinal();
    Granularity unit = old == null ? null : old.unit();
    int factor = old == null ? 1 : old.factor();
    String code = old == null ? null : old.code();
    ZoneId zone = old == null ? null : old.zone();
    try {
      switch (label) {
        case "month":
          flags |= MONTH;
          num = Integer.parseInt(value);
          break;
        case "month-abbr":
          flags |= MONTH_ABBR;
          num = Integer.parseInt(value);
          break;
        case "weekday":
          flags |= WEEKDAY;
          num = Integer.parseInt(value);
          break;
        case "weekdays":
          flags |= WEEKDAYS;
          num = Integer.parseInt(value);
          break;
        case "unit":
          flags |= UNIT;
          if (value.equals("FORTNIGHT")) {
            unit = Granularity.WEEK;
            factor = 2;
          } else {
            unit = Granularity.valueOf(value);
          }
          break;
        case "number":
          flags |= NUMBER;
          num = Integer.parseInt(value);
          break;
        case "vague-number":
          flags |= VAGUE_NUMBER;
          break;
        case "ordinal":
          flags |= ORDINAL;
          ordinal = Integer.parseInt(value);
          break;
        case "season":
          flags |= SEASON;
          code = value;
          break;
        case "part-of-day":
          flags |= PART_OF_DAY;
          code = value;
          break;
        case "zone":
          flags |= ZONE;
          zone = ZoneId.of(value);
          break;
        case "city-zone":
          flags |= CITY_ZONE;
          zone = ZoneId.of(value);
          break;
        case "past":
          flags |= PAST;
          break;
        case "plan":
          flags |= FUTURE | PLAN;
          break;
        case "simple-past":
          flags |= PAST | SIMPLE_PAST;
          break;
        case "not-past":
          flags |= NOT_PAST;
          break;
        case "future":
          flags |= FUTURE;
          break;
        case "present":
          flags |= PRESENT;
          break;
        case "perfect":
          flags |= PERFECT;
          break;
        case "passive":
          flags |= PASSIVE;
          break;
        case "determiner":
          flags |= DETERMINER;
          break;
        case "month-cue":
          flags |= MONTH_CUE;
          break;
        case "year-cue":
          flags |= YEAR_CUE;
          break;
        case "not-year":
          flags |= NOT_YEAR;
          break;
        case "count-noun":
          flags |= COUNT_NOUN;
          break;
        case "event-noun":
          flags |= EVENT_NOUN;
          break;
        case "generic-name":
          flags |= GENERIC_NAME;
          break;
        default:
          throw new IllegalStateException("time-words.txt:" + line + ": unknown class '" + label + "'");
      }
    } catch (NumberFormatException | DateTimeException e) {
      throw new IllegalStateException("time-words.txt:" + line + ": bad value '" + value + "'", e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("time-words.txt:" + line + ": unknown unit '" + value + "'", e);
    }
    return new Entry(flags, num, ordinal, unit, factor, code, zone);
  }
}
