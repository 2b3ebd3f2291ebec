package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {
  private static Optional<LocalDate> day(String text) {
    return DateText.first(text, false);
  }

  @Test
  void readsNumericForms() {
    assertEquals(Optional.of(LocalDate.of(2019, 6, 27)), day("2019-06-27T10:21:40Z"));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 23)), day("Updated: $Date: 2016/12/23 06:31:41 $"));
    assertEquals(Optional.of(LocalDate.of(2012, 12, 16)), day("veröffentlicht am 16.12.2012"));
    assertEquals(Optional.of(LocalDate.of(2018, 2, 15)), day("Donnerstag, 15.2.2018, 19:51"));
    assertEquals(Optional.of(LocalDate.of(2018, 11, 8)), day("2018년 11월 8일"));
  }

  @Test
  void readsMonthNamesInSeveralLanguages() {
    assertEquals(Optional.of(LocalDate.of(2014, 7, 19)), day("Samstag, 19. Juli 2014"));
    assertEquals(Optional.of(LocalDate.of(2019, 6, 27)), day("jeudi 27 juin 2019"));
    assertEquals(Optional.of(LocalDate.of(2012, 12, 16)), day("16 de dezembro de 2012"));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 23)), day("Friday, December 23, 2016"));
    assertEquals(Optional.of(LocalDate.of(2012, 12, 16)), day("Dezember 16th, 2012"));
    assertEquals(Optional.of(LocalDate.of(2016, 8, 15)), day("15 августа 2016, 13:43"));
  }

  @Test
  void slashedDatesFollowTheCallersOrderUnlessANumberSettlesIt() {
    assertEquals(Optional.of(LocalDate.of(2020, 4, 3)), DateText.first("03/04/2020", false));
    assertEquals(Optional.of(LocalDate.of(2020, 3, 4)), DateText.first("03/04/2020", true));
    assertEquals(Optional.of(LocalDate.of(2019, 12, 26)), DateText.first("26/12/2019", true));
  }

  @Test
  void ignoresImpossibleDatesAndTwoDigitYears() {
    assertTrue(day("2019-13-45").isEmpty());
    assertTrue(day("31.02.2020").isEmpty());
    assertTrue(day("5.6.19").isEmpty());
    assertTrue(day("").isEmpty());
  }
}
