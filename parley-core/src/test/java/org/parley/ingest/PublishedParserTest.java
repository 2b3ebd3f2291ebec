package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedParserTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "November 08, 2018 13:50 # Asia/Seoul # 2018-11-08T13:50+09:00",
        "Posted on : 2019-10-07 17:16 KST Modified on : 2019-10-08 09:00 KST #  # 2019-10-07T17:16+09:00",
        "August 10, 2017 | 05:14 pm PT #  # 2017-08-10T17:14-07:00",
        "- The Daily Example - Friday, July 26, 2019 #  # 2019-07-26",
        "12 March 2025, 14:00 GMT #  # 2025-03-12T14:00Z",
        "Published 3rd Feb 2024 at 9:05 a.m. EST #  # 2024-02-03T09:05-05:00",
        "2018.05.28 11:23 # Asia/Seoul # 2018-05-28T11:23+09:00",
        "2025-03-14T09:20:00+01:00 #  # 2025-03-14T09:20+01:00",
        "2025-01-23T07:15:00Z #  # 2025-01-23T07:15Z",
        "8:29 a.m. ET, April 25, 2019 #  # 2019-04-25T08:29-04:00",
        "June 27, 2020 at 15:29 JST #  # 2020-06-27T15:29+09:00",
        "Sept. 3, 2024 #  # 2024-09-03",
        "JULY 10, 2020 07:59 #  # 2020-07-10T07:59",
        "Mon, 28 May 2018 11:23:00 +0900 #  # 2018-05-28T11:23+09:00",
      })
  void findsDateTimeAndZone(String line, String zone, String expected) {
    ZoneId outlet = zone == null ? null : ZoneId.of(zone.trim());
    assertEquals(expected.trim(), PublishedParser.find(line, outlet).orElseThrow().published().iso());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"No date on this line at all", "Room 2018-13-45 is closed", "February 30, 2019"})
  void findsNothingWhereThereIsNoDate(String line) {
    assertTrue(PublishedParser.find(line, SEOUL).isEmpty(), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"13:50 | true", "13:50 | false"})
  void aTimeWithoutZoneTakesTheOutletsZoneAndSaysSo(String time, boolean withOutlet) {
    Published p =
        PublishedParser.find("March 3, 2025 " + time, withOutlet ? SEOUL : null).orElseThrow().published();
    assertEquals(withOutlet, p.zoneAssumed());
    assertEquals(withOutlet ? "2025-03-03T13:50+09:00" : "2025-03-03T13:50", p.iso());
  }
}
