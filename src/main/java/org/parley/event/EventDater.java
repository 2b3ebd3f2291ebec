package org.parley.event;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.ingest.Published;
import org.parley.time.Timex;

/**
 * Dates an event: the time expression of its sentence nearest to the trigger (a date or a time with a
 * calendar value, not a duration, a set or a vague "now"), with its granularity and modifier; else the
 * publication date, flagged {@code fromPublication}; else {@link EventDate#NONE}. Stateless.
 */
final class EventDater {

  EventDate date(List<Timex> inSentence, int triggerStart, @Nullable Published published) {
    Timex best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Timex t : inSentence) {
      if (t.value() == null
          || t.granularity() == null
          || (t.type() != Timex.Type.DATE && t.type() != Timex.Type.TIME)) {
        continue;
      }
      if (relational(t) && t.end() <= triggerStart && triggerStart - t.end() <= 60) {
        continue; // in "seven months after the summit", the date is that of the main clause, not the summit's
      }
      int d = t.end() <= triggerStart ? triggerStart - t.end() : Math.abs(t.start() - triggerStart);
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    if (best != null) {
      return new EventDate(
          best.value(),
          lower(best.granularity()),
          best.mod() == null ? null : lower(best.mod()),
          best.text(),
          false);
    }
    if (published != null) {
      return new EventDate(published.date().toString(), "day", null, null, true);
    }
    return EventDate.NONE;
  }

  /** "Seven months after", "two days before": an expression that dates something else by the event after it. */
  private static boolean relational(Timex t) {
    String text = t.text().toLowerCase(Locale.ROOT);
    return text.endsWith(" after") || text.endsWith(" before");
  }

  /** Whether {@code date} lies after the publication day, at the date's own granularity. */
  static boolean isAfter(EventDate date, @Nullable Published published) {
    String v = date.value();
    if (published != null && v != null && !date.fromPublication() && v.matches("\\d{4}-W\\d{2}")) {
      java.time.LocalDate monday =
          published.date()
              .with(java.time.temporal.IsoFields.WEEK_BASED_YEAR, Integer.parseInt(v.substring(0, 4)))
              .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(v.substring(6, 8)))
              .with(java.time.DayOfWeek.MONDAY);
      return monday.isAfter(published.date()); // "in two weeks' time"
    }
    if (published == null || v == null || date.fromPublication() || !v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      return false;
    }
    String p = published.date().toString();
    return v.compareTo(p.substring(0, v.length())) > 0;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
