package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Events whose source or target is a first-person pronoun inside a quotation (needs FirstPerson wired into EventStage). */
class FirstPersonEventsTest {

  private static Event first(List<Event> events, String root) {
    return events.stream()
        .filter(e -> e.cameo().root().equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " event in " + events));
  }

  @Test
  void iInAQuoteIsItsSpeaker() {
    Event e =
        first(
            EventStageTest.run(
                "\"Kim Jong-un asked for another summit and I accepted,\" Moon Jae-in said on Tuesday."),
            "08");
    assertNotNull(e.source(), e.toString());
    assertEquals("moon-jae-in", e.source().id(), e.toString());
  }

  @Test
  void weInAQuoteIsTheSpeakersGovernment() {
    Event e =
        first(
            EventStageTest.run("\"We will never accept the sanctions,\" Foreign Minister Sergei Lavrov said."),
            "12");
    assertNotNull(e.source(), e.toString());
    assertEquals("RUS", e.source().country(), e.toString());
    assertEquals("RUSGOV", e.source().code(), e.toString());
  }

  @Test
  void usInAQuoteIsATargetButUsIsNot() {
    Event e =
        first(EventStageTest.run("\"China criticized us again,\" Shinzo Abe said in Tokyo on Monday."), "11");
    assertEquals("CHN", e.source().country(), e.toString());
    assertNotNull(e.target(), e.toString());
    assertEquals("JPN", e.target().country(), e.toString());
    Event f = first(EventStageTest.run("\"China criticized the US again,\" Shinzo Abe said."), "11");
    assertEquals("USA", f.target().country(), f.toString());
  }

  @Test
  void firstPersonOutsideAQuoteIsNobody() {
    List<Event> ev = EventStageTest.run("I think we should meet North Korea, a reader wrote.");
    for (Event e : ev) {
      assertTrue(e.source() == null || !"KOR".equals(e.source().country()), e.toString());
    }
  }
}
