package org.parley.store;

import java.util.Objects;

/**
 * One month and quad class of a pair trend.
 *
 * @param month {@code yyyy-mm}
 * @param quad the quad class, 1 to 4; 0 for all classes together
 * @param count story events in that month and class
 * @param goldsteinSum the sum of their Goldstein scores
 * @param goldsteinMean the mean Goldstein score ({@code goldsteinSum / count})
 */
public record TrendRow(String month, int quad, int count, double goldsteinSum, double goldsteinMean) {
  public TrendRow {
    Objects.requireNonNull(month, "month");
  }
}
