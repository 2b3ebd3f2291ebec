package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Scraped text in the shapes real pages take, written for these tests. */
class ScrapedTextExtractorTest {
  private final ScrapedTextExtractor x = new ScrapedTextExtractor(OutletTable.bundled());

  @Test
  void headlineDatelineBodyAndFooter() {
    String page =
        "Home > World > Asia\n"
            + "Envoys Agree to Meet Again in Spring\n\n"
            + "      March 03, 2025 09:20\n\n"
            + "      Negotiators from the two countries agreed on Monday to meet again in the spring.\n\n"
            + "      \"We have more to do,\" the mediator said.\n\n"
            + "      • Copyright © Chosunilbo & Chosun.com\n"
            + "      Previous Next\n";
    Extracted e = x.extract(page, Hints.NONE);
    assertEquals("Envoys Agree to Meet Again in Spring", e.headline());
    assertEquals("2025-03-03T09:20+09:00", e.published().iso());
    assertEquals("The Chosun Ilbo", e.outlet().name());
    assertEquals(
        "Negotiators from the two countries agreed on Monday to meet again in the spring.\n\n"
            + "\"We have more to do,\" the mediator said.",
        e.body());
  }

  @Test
  void aLeadSentenceIsNeverAHeadline() {
    Extracted e =
        x.extract("The talks ended on Friday without a deal.\n\nBoth sides said they would meet again.", Hints.NONE);
    assertNull(e.headline());
    assertTrue(e.body().startsWith("The talks ended"));
  }

  @Test
  void editorialTagSetsTheGenre() {
    Extracted e =
        x.extract("[Editorial] Talks must go on\n\nPosted on : 2025-03-03 17:16 KST\n\nBoth sides must return to the table.", Hints.NONE);
    assertEquals(Genre.EDITORIAL, e.genre());
    assertEquals("Talks must go on", e.headline());
    assertEquals("2025-03-03T17:16+09:00", e.published().iso());
  }

  @Test
  void aRepeatedNameIsACaptionNotAnAuthor() {
    String page =
        "Negotiator walks out of talks\n\nPosted on : 2025-03-03 17:16 KST\nAnna Vik\nAnna Vik\n\n"
            + "Chief negotiator Anna Vik left the room after two hours, officials said.";
    assertNull(x.extract(page, Hints.NONE).author());
  }

  @Test
  void aBylineNamesTheAuthorAndAWireDoesNot() {
    assertEquals(
        "Irena Falk",
        x.extract("Talks resume\n\nBy Irena Falk\n\nDelegations met on Monday in the port city.", Hints.NONE).author());
    assertNull(x.extract("Talks resume\n\nBy Reuters\n\nDelegations met on Monday in the port city.", Hints.NONE).author());
  }

  @Test
  void aDatePrefixAndAUrlGiveThePublicationDay() {
    assertEquals(
        "2019-06-30",
        x.extract(" date 2019-06-30 Leaders Meet at the Border\n\nThe two leaders met on Sunday.", Hints.NONE)
            .published()
            .iso());
    Extracted fromUrl =
        x.extract("Leaders meet\n\nThe two leaders met on Sunday.", Hints.url("https://www.npr.org/2019/06/30/123/leaders"));
    assertEquals("2019-06-30", fromUrl.published().iso());
    assertEquals("NPR", fromUrl.outlet().name());
  }

  @Test
  void aWeekdayWithMonthAndDayFindsItsYear() {
    Extracted e =
        x.extract(
            "Leaders meet\n\nThe two leaders met on Tuesday (June 12) at a hotel. A photo taken on June 12, 2018 shows them.",
            Hints.NONE);
    assertEquals("2018-06-12", e.published().iso());
  }

  @Test
  void wrappedLinesAreJoined() {
    Extracted e =
        x.extract("Talks resume\n\nThe delegations met in the capital on Monday and\nagreed to meet again.", Hints.NONE);
    assertEquals("The delegations met in the capital on Monday and agreed to meet again.", e.body());
  }
}
