package org.parley.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One story event: a happening merged from every mention that reports it (a row of {@code story_events}).
 *
 * @param id the story event id
 * @param cameo the most specific CAMEO code its mentions agree on
 * @param cameoRoot the two-digit CAMEO root
 * @param cameoName the code's short name, or null
 * @param goldstein the Goldstein score of the code
 * @param quad the quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param ploverType PLOVER event type, or null
 * @param ploverMode PLOVER mode, or null
 * @param source who acts, or null when unresolved
 * @param target whom it is aimed at, or null
 * @param symmetric whether the action reads the same both ways (meet, negotiate), so direction is arbitrary
 * @param date the most precise date any mention gives
 * @param status the status most mentions give ({@code happened}, {@code planned}, {@code cancelled} ...)
 * @param mentions how many event mentions were merged
 * @param articles how many distinct articles report it
 * @param outlets how many distinct outlets report it
 * @param firstReported the earliest publication time (UTC, ISO 8601) among its mentions, or null
 * @param disagreements what the sources disagree on, as the JSON array the merge wrote ({@code []} when none)
 */
public record EventRow(
    String id,
    String cameo,
    String cameoRoot,
    @Nullable String cameoName,
    double goldstein,
    int quad,
    @Nullable String ploverType,
    @Nullable String ploverMode,
    @Nullable ActorRefRow source,
    @Nullable ActorRefRow target,
    boolean symmetric,
    DateRow date,
    String status,
    int mentions,
    int articles,
    int outlets,
    @Nullable String firstReported,
    String disagreements) {

  public EventRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(disagreements, "disagreements");
  }
}
