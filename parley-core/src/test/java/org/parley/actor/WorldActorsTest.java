package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** The world leaders and armed groups of the bundled base, with roles by date. */
class WorldActorsTest {

  private static Mention first(String body, String date, String text) {
    return ActorStageTest.run(body, date).list().stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + body));
  }

  @Test
  void presidentBushIsTheBushInOfficeOnTheDay() {
    assertEquals("george-h-w-bush", first("President Bush spoke to reporters.", "1991-03-01", "Bush").actor().id());
    assertEquals("george-w-bush", first("President Bush spoke to reporters.", "2003-03-01", "Bush").actor().id());
  }

  @Test
  void aLeaderAfterOfficeIsAFormerOfficial() {
    ActorRef in = first("Hosni Mubarak met the envoy.", "2005-06-01", "Hosni Mubarak").actor();
    assertEquals("EGYGOV", in.code());
    ActorRef after = first("Hosni Mubarak met the envoy.", "2015-06-01", "Hosni Mubarak").actor();
    assertEquals("EGYELI", after.code());
  }

  @Test
  void armedGroupsHaveTheirStateAndSector() {
    assertEquals("PSEREB", first("Hamas fired rockets.", "2014-07-10", "Hamas").actor().code());
    assertEquals("LBNREB", first("Hezbollah fired rockets.", "2006-07-20", "Hezbollah").actor().code());
    ActorRef q = first("Al-Qaeda claimed the attack.", "2004-07-10", "Al-Qaeda").actor();
    assertNotNull(q);
    assertEquals("IMGALQ", q.code());
  }

  @Test
  void theTalibanGovernedOnlyInTheirYearsInPower() {
    assertEquals("AFGGOV", first("The Taliban closed the schools.", "1998-05-01", "Taliban").actor().code());
    assertEquals("AFGREB", first("The Taliban attacked a convoy.", "2010-05-01", "Taliban").actor().code());
    assertEquals("AFGGOV", first("The Taliban closed the schools.", "2022-05-01", "Taliban").actor().code());
  }
}
