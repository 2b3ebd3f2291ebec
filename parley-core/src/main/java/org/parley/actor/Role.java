package org.parley.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A role an actor holds between two dates, and the CAMEO-style code it gives: Mike Pompeo, Secretary of
 * State from 2018-04-26 to 2021-01-20, {@code USAGOV}.
 *
 * @param title the title as a reader would write it ({@code Secretary of State})
 * @param code the CAMEO-style code the role gives ({@code USAGOV}, {@code USASPY}, {@code PRKGOV}); null for
 *     the role of a person of one document whose state the text does not give
 * @param country ISO 3166 alpha-3 code of the state the role acts for, or null (an international
 *     organisation)
 * @param sector the sector part of the code ({@code GOV}, {@code MIL}...), or null
 * @param institution id of the institution the role belongs to ({@code us-state-department}), or null
 * @param start first day, inclusive; null when unknown or long past
 * @param end last day, exclusive (the day a successor took over); null while in force
 * @param phrases lower-case phrases a text may use for the role ({@code secretary of state}, {@code top
 *     diplomat}); they let "U.S. Secretary of State" and "Secretary Pompeo" find it. The displayed title is
 *     not one unless listed again: "Special Representative for North Korea" would swallow the state in it
 */
public record Role(
    String title,
    @Nullable String code,
    @Nullable String country,
    @Nullable String sector,
    @Nullable String institution,
    @Nullable LocalDate start,
    @Nullable LocalDate end,
    List<String> phrases) {

  public Role {
    Objects.requireNonNull(title, "title");
    phrases = List.copyOf(phrases);
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("role '" + title + "' ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** Whether the role is in force on {@code date}: {@code start <= date < end}. */
  public boolean covers(LocalDate date) {
    return (start == null || !date.isBefore(start)) && (end == null || date.isBefore(end));
  }

  boolean startsAfter(Role other) {
    if (start == null) {
      return false;
    }
    return other.start == null || start.isAfter(other.start);
  }
}
