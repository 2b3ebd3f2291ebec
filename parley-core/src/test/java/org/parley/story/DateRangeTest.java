package org.parley.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static String range(String value, String mod) {
    Optional<DateRange> r = DateRange.of(value, mod);
    return r.map(x -> x.lo() + ".." + x.hi()).orElse("none");
  }

  @Test
  void daysAndTimesCoverTheirDay() {
    assertEquals("2018-11-08..2018-11-08", range("2018-11-08", null));
    assertEquals("2018-05-26..2018-05-26", range("2018-05-26TAF", null));
    assertEquals("2020-06-16..2020-06-16", range("2020-06-16T14:49+09:00", null));
  }

  @Test
  void weeksRunMondayToSunday() {
    assertEquals("2019-03-18..2019-03-24", range("2019-W12", null));
    assertEquals("2019-03-23..2019-03-24", range("2019-W12-WE", null));
    assertEquals("2020-12-28..2021-01-03", range("2020-W53", null));
    assertEquals("none", range("2019-W53", null));
  }

  @Test
  void monthsSeasonsQuartersHalvesYearsDecades() {
    assertEquals("2019-02-01..2019-02-28", range("2019-02", null));
    assertEquals("2020-02-01..2020-02-29", range("2020-02", null));
    assertEquals("2019-06-01..2019-08-31", range("2019-SU", null));
    assertEquals("2018-12-01..2019-02-28", range("2018-WI", null));
    assertEquals("2019-04-01..2019-06-30", range("2019-Q2", null));
    assertEquals("2019-07-01..2019-12-31", range("2019-H2", null));
    assertEquals("2019-01-01..2019-12-31", range("2019", null));
    assertEquals("1990-01-01..1999-12-31", range("199", null));
    assertEquals("1900-01-01..1999-12-31", range("19", null));
  }

  @Test
  void earlyMidLateNarrowMonthsAndYearsToCalendarThirds() {
    assertEquals("2018-11-01..2018-11-10", range("2018-11", "early"));
    assertEquals("2018-11-11..2018-11-20", range("2018-11", "mid"));
    assertEquals("2018-11-21..2018-11-30", range("2018-11", "late"));
    assertEquals("2018-11-21..2018-11-30", range("2018-11", "end"));
    assertEquals("2019-01-01..2019-04-30", range("2019", "early"));
    assertEquals("2019-05-01..2019-08-31", range("2019", "mid"));
    assertEquals("2019-09-01..2019-12-31", range("2019", "late"));
  }

  @Test
  void otherRangesNarrowByThirdsOfTheirDays() {
    // A quarter of 91 days: 30, 31, 30.
    assertEquals("2019-01-01..2019-01-30", range("2019-Q1", "early"));
    assertEquals("2019-01-31..2019-03-01", range("2019-Q1", "mid"));
    assertEquals("2019-03-02..2019-03-31", range("2019-Q1", "late"));
    assertEquals("2018-11-08..2018-11-08", range("2018-11-08", "late"));
  }

  @Test
  void otherModifiersLeaveTheRange() {
    assertEquals("2018-11-01..2018-11-30", range("2018-11", "approx"));
    assertEquals("2018-11-01..2018-11-30", range("2018-11", "before"));
  }

  @Test
  void whatIsNoCalendarDateHasNoRange() {
    assertEquals("none", range(null, null));
    assertEquals("none", range("T13:50", null));
    assertEquals("none", range("PRESENT_REF", null));
    assertEquals("none", range("2018-13", null));
    assertEquals("none", range("2018-02-30", null));
    assertEquals("none", range("", null));
  }

  @Test
  void overlapContainAndDistance() {
    DateRange nov = DateRange.of("2018-11", null).orElseThrow();
    DateRange day = DateRange.day(LocalDate.of(2018, 11, 8));
    assertTrue(nov.overlaps(day) && nov.contains(day) && !day.contains(nov));
    assertEquals(30, nov.days());
    assertEquals(0, nov.distanceTo(LocalDate.of(2018, 11, 30)));
    assertEquals(2, nov.distanceTo(LocalDate.of(2018, 12, 2)));
    assertEquals(3, day.distanceTo(LocalDate.of(2018, 11, 5)));
  }
}
