package org.parley.store;

import java.util.List;
import java.util.Objects;

/**
 * Story events between two actors (either direction), by month and quad class.
 *
 * @param a the first actor as asked (id, code or country)
 * @param b the second actor
 * @param months one row per month and quad class with events, in month then class order
 * @param totals one row per month with events, all classes together ({@link TrendRow#quad()} 0)
 * @param unplaced events between the two that sit in no single month (undated, or dated only to a year or a
 *     season), left out of {@code months}
 */
public record PairTrendRow(String a, String b, List<TrendRow> months, List<TrendRow> totals, int unplaced) {
  public PairTrendRow {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    months = List.copyOf(months);
    totals = List.copyOf(totals);
  }
}
