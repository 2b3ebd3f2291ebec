package org.parley.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A range of days, each end given as {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}: {@code from=2018}
 * starts on 1 January 2018, {@code to=2018-06} ends on 30 June 2018. Either end may be open. A dated thing
 * matches when its own range of days overlaps this one; an undated thing matches only when both ends are
 * open.
 *
 * @param from the first day, or null for no lower bound
 * @param to the last day (inclusive), or null for no upper bound
 */
public record DateFilter(@Nullable LocalDate from, @Nullable LocalDate to) {
  /** No bound at all. */
  public static final DateFilter ANY = new DateFilter(null, null);

  private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public DateFilter {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from: " + from + " is after to: " + to);
    }
  }

  /**
   * The range from two texts, each null or blank for an open end.
   *
   * @throws IllegalArgumentException naming {@code from} or {@code to} when a text is not a date of one of
   *     the three shapes, or the range is empty
   */
  public static DateFilter parse(@Nullable String from, @Nullable String to) {
    LocalDate lo = bound("from", from, true);
    LocalDate hi = bound("to", to, false);
    return new DateFilter(lo, hi);
  }

  /** Whether neither end is bounded. */
  public boolean isOpen() {
    return from == null && to == null;
  }

  private static @Nullable LocalDate bound(String name, @Nullable String text, boolean first) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (!SHAPE.matcher(t).matches()) {
      throw new IllegalArgumentException(
          name + ": '" + text + "' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)");
    }
    try {
      return switch (t.length()) {
        case 4 -> first ? Year.parse(t).atDay(1) : Year.parse(t).atMonth(12).atEndOfMonth();
        case 7 -> first ? YearMonth.parse(t).atDay(1) : YearMonth.parse(t).atEndOfMonth();
        default -> LocalDate.parse(t);
      };
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(name + ": '" + text + "' is not a valid date (" + e.getMessage() + ")", e);
    }
  }
}
