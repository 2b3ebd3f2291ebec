package org.parley.ingest;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Time-zone names as news pages write them ("KST", "pm PT", "GMT+9", "+09:00") mapped to zones. Abbreviations
 * map to regions, not fixed offsets, because pages write "EST" all year round.
 */
final class Zones {
  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("KST", "Asia/Seoul"),
          Map.entry("JST", "Asia/Tokyo"),
          Map.entry("PYT", "Asia/Pyongyang"),
          Map.entry("HKT", "Asia/Hong_Kong"),
          Map.entry("SGT", "Asia/Singapore"),
          Map.entry("PHT", "Asia/Manila"),
          Map.entry("ICT", "Asia/Bangkok"),
          Map.entry("WIB", "Asia/Jakarta"),
          Map.entry("IST", "Asia/Kolkata"),
          Map.entry("MSK", "Europe/Moscow"),
          Map.entry("CET", "Europe/Paris"),
          Map.entry("CEST", "Europe/Paris"),
          Map.entry("EET", "Europe/Athens"),
          Map.entry("EEST", "Europe/Athens"),
          Map.entry("WET", "Europe/Lisbon"),
          Map.entry("BST", "Europe/London"),
          Map.entry("GMT", "UTC"),
          Map.entry("UTC", "UTC"),
          Map.entry("UT", "UTC"),
          Map.entry("Z", "UTC"),
          Map.entry("ET", "America/New_York"),
          Map.entry("EST", "America/New_York"),
          Map.entry("EDT", "America/New_York"),
          Map.entry("CT", "America/Chicago"),
          Map.entry("CDT", "America/Chicago"),
          Map.entry("MT", "America/Denver"),
          Map.entry("MST", "America/Denver"),
          Map.entry("MDT", "America/Denver"),
          Map.entry("PT", "America/Los_Angeles"),
          Map.entry("PST", "America/Los_Angeles"),
          Map.entry("PDT", "America/Los_Angeles"),
          Map.entry("AEST", "Australia/Sydney"),
          Map.entry("AEDT", "Australia/Sydney"));

  /** A zone written after a time: an abbreviation, GMT/UTC with an offset, or a numeric offset. */
  static final Pattern ZONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:(?:GMT|UTC)\\s?([+-]\\s?\\d{1,2}(?::?\\d{2})?)|([+-]\\d{2}:?\\d{2})|"
              + "([A-Z]{1,4})(?![\\p{L}\\p{N}]))");

  private Zones() {}

  /**
   * The zone a matched {@link #ZONE} stands for. "CST" is China Standard Time for an outlet in China and
   * US Central otherwise.
   */
  static Optional<ZoneId> of(Matcher m, @Nullable ZoneId outletZone) {
    try {
      if (m.group(1) != null) {
        return Optional.of(offset(m.group(1).replace(" ", "")));
      }
      if (m.group(2) != null) {
        return Optional.of(offset(m.group(2)));
      }
      return byAbbreviation(m.group(3), outletZone);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static Optional<ZoneId> byAbbreviation(String abbr, @Nullable ZoneId outletZone) {
    String a = abbr.toUpperCase(Locale.ROOT);
    if (a.equals("CST")) {
      boolean china =
          outletZone != null
              && (outletZone.getId().equals("Asia/Shanghai") || outletZone.getId().equals("Asia/Taipei"));
      return Optional.of(ZoneId.of(china ? "Asia/Shanghai" : "America/Chicago"));
    }
    String id = ABBREVIATIONS.get(a);
    return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
  }

  private static ZoneOffset offset(String text) {
    String t = text;
    if (t.matches("[+-]\\d{1,2}")) {
      t = t.charAt(0) + (t.length() == 2 ? "0" + t.charAt(1) : t.substring(1)) + ":00";
    } else if (t.matches("[+-]\\d{4}")) {
      t = t.substring(0, 3) + ":" + t.substring(3);
    }
    return ZoneOffset.of(t);
  }
}
