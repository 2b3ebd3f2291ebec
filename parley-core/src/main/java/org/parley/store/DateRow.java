package org.parley.store;

import org.jspecify.annotations.Nullable;

/**
 * When an event took place, at the granularity a source gives it.
 *
 * @param value ISO 8601 value at its granularity ({@code 2018-10}, {@code 2018-11-08}, {@code 2019-W12}), or
 *     null when undated
 * @param granularity {@code day}, {@code week}, {@code month}, {@code year} ..., or null
 * @param mod a modifier such as {@code early}, or null
 * @param lo the first day the date covers ({@code yyyy-mm-dd}), or null when undated
 * @param hi the last day the date covers, inclusive, or null when undated
 */
public record DateRow(
    @Nullable String value,
    @Nullable String granularity,
    @Nullable String mod,
    @Nullable String lo,
    @Nullable String hi) {

  /** The month ({@code yyyy-mm}) a timeline files the event under: that of {@code lo}; null when undated. */
  public @Nullable String month() {
    return lo == null || lo.length() < 7 ? null : lo.substring(0, 7);
  }
}
