package org.parley.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When an article was published, at the precision its source gives: a day, or a day and a time, with the
 * zone the time is in when it is known. The zone is {@code assumed} when it comes from the outlet's home zone
 * rather than from the text.
 *
 * @param date the calendar day in the publisher's zone
 * @param time the wall-clock time, if the source gives one
 * @param zone the zone of {@code time}, if known
 * @param zoneAssumed true when {@code zone} was taken from the outlet table, not read from the text
 */
public record Published(LocalDate date, @Nullable LocalTime time, @Nullable ZoneId zone, boolean zoneAssumed) {

  /** A day without a time. */
  public static Published day(LocalDate date) {
    return new Published(date, null, null, false);
  }

  /** The instant with its offset, when both time and zone are known. */
  public Optional<OffsetDateTime> offsetDateTime() {
    if (time == null || zone == null) {
      return Optional.empty();
    }
    LocalDateTime local = LocalDateTime.of(date, time);
    return Optional.of(local.atZone(zone).toOffsetDateTime());
  }

  /**
   * ISO 8601 text at the known precision: {@code 2018-11-08T13:50+09:00}, {@code 2018-11-08T13:50} (no zone),
   * or {@code 2018-04-29} (day only).
   */
  public String iso() {
    if (time == null) {
      return date.toString();
    }
    Optional<OffsetDateTime> odt = offsetDateTime();
    if (odt.isPresent()) {
      return odt.get().toString();
    }
    return LocalDateTime.of(date, time).toString();
  }

  /**
   * The sortable key of the publication: the UTC instant to the second ({@code 2018-11-08T04:50:00Z}) when
   * time and zone are known, else the publisher's day ({@code 2018-11-08}). Both forms compare as text the
   * way they compare in time (a day sorts before the instants of that day). The store's {@code published_utc}.
   */
  public String utcKey() {
    Optional<OffsetDateTime> odt = offsetDateTime();
    return odt.isPresent() ? UTC_SECONDS.format(odt.get()) : date.toString();
  }

  private static final java.time.format.DateTimeFormatter UTC_SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

  /** Parses text written by {@link #iso()}; the zone becomes a fixed offset. */
  public static Published parse(String iso) {
    if (iso.length() == 10) {
      return day(LocalDate.parse(iso));
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(iso);
      return new Published(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset(), false);
    } catch (java.time.format.DateTimeParseException e) {
      LocalDateTime ldt = LocalDateTime.parse(iso);
      return new Published(ldt.toLocalDate(), ldt.toLocalTime(), null, false);
    }
  }
}
