package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dating rules of {@link EventDater} beyond the nearest time expression, on hand-written sentences
 * published on Thursday 2018-11-08 (see {@link EventStageTest#run}).
 */
class EventDatingTest {

  private static Event only(List<Event> events, String trigger) {
    return events.stream()
        .filter(e -> e.trigger().toLowerCase(java.util.Locale.ROOT).startsWith(trigger))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + trigger + "' event in " + events));
  }

  @Test
  void aCaptionsTakenDateDatesTheSceneNotTheRelease() {
    List<Event> events =
        EventStageTest.run(
            "This photo taken on October 3, 2018 and released October 4 by state media shows Mike Pompeo"
                + " meeting Kim Jong-un in Pyongyang.");
    assertEquals("2018-10-03", only(events, "meeting").date().value());
  }

  @Test
  void withoutTakenTheNearestDateStillWins() {
    List<Event> events =
        EventStageTest.run("Mike Pompeo met Kim Jong-un in Pyongyang on October 3, the ministry said on October 4.");
    assertEquals("2018-10-03", only(events, "met").date().value());
  }

  @Test
  void anOrdinalsThisYearCountsSummitsItDatesNone() {
    Event welcome =
        only(EventStageTest.run("Kim Jong-un welcomed Moon Jae-in to Pyongyang for their third summit this year."), "welcome");
    assertTrue(welcome.date().fromPublication(), welcome.date().toString());
    assertEquals("2018-11-08", welcome.date().value());
    Event plain = only(EventStageTest.run("Kim Jong-un welcomed Moon Jae-in to Pyongyang this year."), "welcome");
    assertEquals("2018", plain.date().value());
  }

  @Test
  void daysAfterCountsBackFromTheMainClauseDatedByPublication() {
    List<Event> events =
        EventStageTest.run("The talks were called off two days after Mike Pompeo met Kim Yong-chol in New York.");
    Event met = only(events, "met");
    assertEquals("2018-11-06", met.date().value());
    assertEquals("day", met.date().granularity());
    assertFalse(met.date().fromPublication());
  }

  @Test
  void daysBeforeCountsForward() {
    Event met =
        only(EventStageTest.run("The plan leaked a week before Mike Pompeo met Kim Yong-chol in New York."), "met");
    assertEquals("2018-11-15", met.date().value());
  }

  @Test
  void theMoveCountsFromTheActItRefersBackTo() {
    List<Event> events =
        EventStageTest.run(
            "North Korea destroyed the bridge at 3 p.m. Monday. The move comes three days after Kim Yo-jong"
                + " threatened South Korea.");
    assertEquals("2018-11-02", only(events, "threatened").date().value());
  }

  @Test
  void aLeadsUndatedActTakesTheDateOfItsRetellingFromAnEventlessSceneSetter() {
    List<Event> events =
        EventStageTest.run(
            "North Korea has destroyed the bridge near the border.\n\n"
                + "The footage was recorded at 3 p.m. Monday. The sky was grey. The bridge is destroyed in"
                + " seconds.");
    List<Event> destroyed = events.stream().filter(e -> e.trigger().startsWith("destroyed")).toList();
    assertEquals(2, destroyed.size(), events.toString());
    for (Event e : destroyed) {
      assertEquals("2018-11-05", e.date().value(), e.toString());
    }
  }

  @Test
  void aDateThatDatesItsOwnEventDoesNotCarryOn() {
    List<Event> events =
        EventStageTest.run("Mike Pompeo visited Pyongyang on October 7. North Korea issued a threat.");
    Event threat = only(events, "threat");
    assertTrue(threat.date().fromPublication(), threat.date().toString());
  }

  @Test
  void aDateStillToComeDoesNotCarryOn() {
    List<Event> events =
        EventStageTest.run("The deadline falls at the end of the year. North Korea issued a threat.");
    assertTrue(only(events, "threat").date().fromPublication());
  }

  @Test
  void meetingsAreNotMergedAcrossSentences() {
    List<Event> events =
        EventStageTest.run("Kim Jong-un met Moon Jae-in. Later Kim Jong-un met Moon Jae-in on October 7.");
    assertTrue(events.get(0).date().fromPublication(), events.toString());
  }

  @Test
  void anExpressedIntentDatesWhenItWasSaid() {
    List<Event> events =
        EventStageTest.run("Kim Jong-un will visit Moscow on November 20, the Kremlin confirmed on Tuesday.");
    List<Event> intents = events.stream().filter(e -> e.cameo().code().startsWith("03")).toList();
    assertFalse(intents.isEmpty(), events.toString());
    for (Event e : intents) {
      assertEquals("2018-11-06", e.date().value(), e.toString());
    }
  }

  @Test
  void anUndatedArticleStaysUndated() {
    EventDater dater = new EventDater();
    assertEquals(EventDate.NONE, dater.date("", List.of(), 0, null));
  }

  @Test
  void sidesKnownOnlyByCodeAreComparedByCodeAndNeverFail() {
    org.parley.actor.ActorRef official =
        new org.parley.actor.ActorRef(null, null, org.parley.actor.Actor.Kind.OTHER, "KORGOV", "KOR", "GOV", null, null);
    org.parley.actor.ActorRef other =
        new org.parley.actor.ActorRef(null, null, org.parley.actor.Actor.Kind.OTHER, "PRKGOV", "PRK", "GOV", null, null);
    org.parley.actor.ActorRef moon =
        new org.parley.actor.ActorRef(
            "moon-jae-in", "Moon Jae-in", org.parley.actor.Actor.Kind.PERSON, "KORGOV", "KOR", "GOV", null, null);
    assertTrue(EventDater.same(official, official));
    assertFalse(EventDater.same(official, other));
    assertFalse(EventDater.same(official, moon));
    assertFalse(EventDater.same(moon, official));
    assertTrue(EventDater.same(null, moon));
  }
}
