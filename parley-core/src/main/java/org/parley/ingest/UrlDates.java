package org.parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication days written into URLs: {@code /2018/02/12/}, {@code /2019/jul/26/}, {@code /20180528…}. */
final class UrlDates {
  private static final Pattern YMD =
      Pattern.compile("(?i)/((?:19|20)\\d{2})[/-](\\d{1,2}|[a-z]{3,9})[/-](\\d{1,2})(?=[/._-]|$)");
  private static final Pattern COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{0,8})(?=[/._?-]|$)");

  private UrlDates() {}

  static Optional<LocalDate> find(String url) {
    Matcher m = YMD.matcher(url);
    if (m.find()) {
      try {
        String mon = m.group(2);
        int month = Character.isDigit(mon.charAt(0)) ? Integer.parseInt(mon) : PublishedParser.month(mon);
        return Optional.of(
            LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3))));
      } catch (DateTimeException | NumberFormatException e) {
        // not a date after all; try the compact form
      }
    }
    Matcher c = COMPACT.matcher(url);
    while (c.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3))));
      } catch (DateTimeException e) {
        // keep looking
      }
    }
    return Optional.empty();
  }
}
