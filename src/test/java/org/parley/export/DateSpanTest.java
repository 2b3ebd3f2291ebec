package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {
  private static void span(String value, String lo, String hi) {
    DateSpan s = DateSpan.of(value).orElseThrow(() -> new AssertionError("no span for " + value));
    assertEquals(LocalDate.parse(lo), s.lo(), value);
    assertEquals(LocalDate.parse(hi), s.hi(), value);
  }

  @Test
  void daysMonthsAndYears() {
    span("2018-11-08", "2018-11-08", "2018-11-08");
    span("2020-06-16T14:49+09:00", "2020-06-16", "2020-06-16");
    span("2018-05-26TAF", "2018-05-26", "2018-05-26");
    span("2020-02", "2020-02-01", "2020-02-29");
    span("2019-02", "2019-02-01", "2019-02-28");
    span("2019", "2019-01-01", "2019-12-31");
  }

  @Test
  void weeksAndWeekends() {
    span("2019-W12", "2019-03-18", "2019-03-24");
    span("2020-W01", "2019-12-30", "2020-01-05");
    span("2018-W45-WE", "2018-11-10", "2018-11-11");
  }

  @Test
  void quartersHalvesSeasonsDecadesCenturies() {
    span("2019-Q2", "2019-04-01", "2019-06-30");
    span("2020-H1", "2020-01-01", "2020-06-30");
    span("2019-SU", "2019-06-01", "2019-08-31");
    span("2018-WI", "2018-12-01", "2019-02-28");
    span("199", "1990-01-01", "1999-12-31");
    span("19", "1900-01-01", "1999-12-31");
  }

  @Test
  void valuesThatAreNoStretchOfTheCalendarHaveNone() {
    for (String v : new String[] {"PRESENT_REF", "P19D", "2018-02-30", "2018-13", "2019-W60", "", "next week"}) {
      assertTrue(DateSpan.of(v).isEmpty(), v);
    }
  }
}
