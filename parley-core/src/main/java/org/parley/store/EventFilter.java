package org.parley.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.parley.event.Status;

/**
 * Which story events to list. Every field is optional (null: no condition); the conditions are ANDed.
 *
 * <ul>
 *   <li>{@code actor}: an actor id ({@code mike-pompeo}), a CAMEO code ({@code USAGOV}) or a country
 *       ({@code USA}) on either side.
 *   <li>{@code pair}: two such actors, one on each side, in either direction.
 *   <li>{@code type}: a CAMEO code prefix of 2 to 4 digits ({@code 04}, {@code 042}).
 *   <li>{@code status}: {@code happened}, {@code planned}, {@code cancelled} ... (see {@link Status}).
 *   <li>{@code outlet}: an outlet that reports it (case-insensitive).
 *   <li>{@code dates}: the event's days overlap the range.
 *   <li>{@code q}: every word starts a word of the evidence of its mentions (full text: case and accents
 *       ignored; the words may come from different mentions of the event).
 * </ul>
 *
 * @param actor actor condition, or null
 * @param pairA first actor of the pair condition, or null (then {@code pairB} is null too)
 * @param pairB second actor of the pair condition, or null
 * @param type CAMEO prefix, or null
 * @param status status label, or null
 * @param outlet outlet name, or null
 * @param dates date range ({@link DateFilter#ANY} for none)
 * @param q words to find in the evidence, or null
 */
public record EventFilter(
    @Nullable String actor,
    @Nullable String pairA,
    @Nullable String pairB,
    @Nullable String type,
    @Nullable String status,
    @Nullable String outlet,
    DateFilter dates,
    @Nullable String q) {

  /** No condition: every story event. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, DateFilter.ANY, null);

  private static final Pattern TYPE = Pattern.compile("\\d{2,4}");
  private static final String STATUSES =
      Arrays.stream(Status.values()).map(Status::label).collect(Collectors.joining(", "));

  /** Longest actor, outlet or search text accepted. */
  static final int MAX_TEXT = 200;

  public EventFilter {
    Objects.requireNonNull(dates, "dates");
    actor = text("actor", actor);
    pairA = text("pair", pairA);
    pairB = text("pair", pairB);
    if ((pairA == null) != (pairB == null)) {
      throw new IllegalArgumentException("pair: give two actors, A,B");
    }
    type = text("type", type);
    if (type != null && !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "type: '" + type + "' is not a CAMEO code prefix (2 to 4 digits, such as 04 or 042)");
    }
    status = text("status", status);
    if (status != null) {
      status = status.toLowerCase(Locale.ROOT);
      String s = status;
      if (Arrays.stream(Status.values()).noneMatch(v -> v.label().equals(s))) {
        throw new IllegalArgumentException("status: '" + s + "' is not one of " + STATUSES);
      }
    }
    outlet = text("outlet", outlet);
    q = text("q", q);
  }

  /**
   * Splits {@code A,B} into the two actors of a pair condition.
   *
   * @throws IllegalArgumentException naming {@code pair} when the text is not two non-blank actors
   */
  public static String[] pair(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException("pair: '" + text + "' is not two actors A,B (such as USA,PRK)");
    }
    return new String[] {parts[0].strip(), parts[1].strip()};
  }

  /** A stripped text parameter, null when absent or blank; too long a text is refused. */
  static @Nullable String text(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + ": longer than " + MAX_TEXT + " characters");
    }
    return value.strip();
  }
}
