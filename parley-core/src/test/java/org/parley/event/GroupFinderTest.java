package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.ActorRef;

/**
 * Groups of people named by nation, ethnicity or place ({@link GroupFinder}), and the argument rules that
 * go with them, through the whole pipeline on hand-written sentences.
 */
class GroupFinderTest {

  private static Event first(List<Event> events, String root) {
    return events.stream()
        .filter(e -> e.cameo().root().equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " event in " + events));
  }

  private static String country(ActorRef a) {
    return a == null ? null : a.country();
  }

  @Test
  void twoDemonymsNameAPeopleOfTheFirstState() {
    Event e = first(EventStageTest.run("Bosnian Serbs condemned Croatia on Monday."), "11");
    assertEquals("BIH", country(e.source()));
    assertEquals("HRV", country(e.target()));
  }

  @Test
  void anEthnicMinorityLivesWhereTheSentencePlacesIt() {
    Event e = first(EventStageTest.run("Ethnic Hungarians demonstrated in Slovakia on Sunday."), "14");
    assertEquals("SVK", country(e.source()));
    assertEquals("SVKCVL", e.source().code());
    Event f = first(EventStageTest.run("The Greek minority protested against Albania's new land law."), "14");
    assertEquals("ALB", country(f.source()));
  }

  @Test
  void anEthnicGroupWithNoOtherStateKeepsItsOwn() {
    Event e = first(EventStageTest.run("Ethnic Hungarians demonstrated on Sunday."), "14");
    assertEquals("HUN", country(e.source()));
  }

  @Test
  void unnamedPeopleInAPlaceAreThatStatesPeople() {
    Event e = first(EventStageTest.run("Protesters in Caracas blocked a highway on Friday."), "14");
    assertEquals("VENCVL", e.source().code());
    Event r = first(EventStageTest.run("Rebels in Mali rejected the peace plan on Friday."), "12");
    assertEquals("MLIREB", r.source().code());
  }

  @Test
  void aDemonymAlreadyQualifyingTheGroupWins() {
    Event e = first(EventStageTest.run("Iraqi protesters in Amman rallied outside the embassy on Monday."), "14");
    assertEquals("IRQ", country(e.source()));
  }

  @Test
  void aDemonymThatQualifiesAThingIsNoActor() {
    Event e =
        first(
            EventStageTest.run("Britain strengthened its forces in Cyprus after finding Iranian-made drones there."),
            "15");
    assertEquals("GBR", country(e.source()));
    assertEquals("CYP", country(e.target()));
  }

  @Test
  void aDemonymBeforeBorderIsAPlace() {
    Event e = first(EventStageTest.run("Chinese-led troops attacked the camps near the Thai border on Monday."), "19");
    assertEquals("CHN", country(e.source()));
  }

  @Test
  void aTitledStrangerActsForTheOneStateOfTheSentence() {
    Event e = first(EventStageTest.run("President Amadou Kelen conceded to the demands of Malian teachers."), "08");
    assertEquals("MLI", country(e.source()));
    Event two = first(EventStageTest.run("President Amadou Kelen criticized Ghana and Togo on Monday."), "11");
    assertNull(country(two.source()), "two states named: no guess");
    Event envoy = first(EventStageTest.run("Ambassador Gordon Sandlin criticized Ghana on Monday."), "11");
    assertNull(country(envoy.source()), "an ambassador acts abroad: no guess");
    assertEquals("GHA", country(envoy.target()));
  }

  @Test
  void thePeopleOfAPersonsOwnStateCanBeTheTarget() {
    Event e = first(EventStageTest.run("Boris Yeltsin reneged on his promise to the Russian people."), "12");
    assertEquals("RUSCVL", e.target().code());
  }

  @Test
  void anAttributiveParticipleIsNoEvent() {
    List<Event> events = EventStageTest.run("The minister resigned over his alleged role in the affair.");
    assertTrue(events.stream().noneMatch(e -> e.cameo().code().equals("112")), events.toString());
    Event e = first(EventStageTest.run("Japan alleged that China had broken the deal."), "11");
    assertEquals("JPN", country(e.source()));
  }

  @Test
  void demonstratingSomethingIsNoProtest() {
    assertTrue(
        EventStageTest.run("Japanese engineers demonstrated the new reactor in Seoul.").stream()
            .noneMatch(e -> e.cameo().root().equals("14")));
    Event e = first(EventStageTest.run("Thousands of Chileans demonstrated on Saturday."), "14");
    assertEquals("CHL", country(e.source()));
  }

  @Test
  void inReturnForIsNoRelease() {
    List<Event> events =
        EventStageTest.run("Chile offered aid to Peru in return for access to the port on Friday.");
    assertTrue(events.stream().noneMatch(e -> e.cameo().root().equals("08")), events.toString());
  }

  @Test
  void aLongClosingAttributionIsOutsideTheTriggersClause() {
    Event e =
        first(
            EventStageTest.run(
                "Norway has accused the fishermen of breaking the deal, a member of the Danish team trying to"
                    + " broker a settlement has said."),
            "11");
    assertEquals("NOR", country(e.source()));
    assertNull(e.target(), "the Danish speaker is not the one accused");
  }

  @Test
  void aSlotMaySkipATitleBeforeAName() {
    Event e = first(EventStageTest.run("The kidnappers released Secretary of State Mike Pompeo on Friday."), "08");
    assertNotNull(e.target());
    assertEquals("mike-pompeo", e.target().id());
  }

  @Test
  void aTitleThatEndsTheTextBindsNoSlot() {
    assertTrue(EventStageTest.run("The kidnappers released Prime Minister").isEmpty());
    assertTrue(EventStageTest.run("They freed").isEmpty());
  }

  @Test
  void theAideALeaderQualifiesIsTheSideOfTheMeeting() {
    List<Event> events =
        EventStageTest.run(
            "Talks on Friday between Foreign Minister Taro Kono and North Korean leader Kim Jong-un's top aide"
                + " Kim Yong-chol were called off.");
    Event e = first(events, "04");
    assertEquals(Status.CANCELLED, e.status());
    assertTrue(events.stream().anyMatch(x -> x.target() != null && "kim-yong-chol".equals(x.target().id())),
        events.toString());
    assertTrue(events.stream().noneMatch(x -> x.target() != null && "kim-jong-un".equals(x.target().id())),
        events.toString());
    Event met = first(EventStageTest.run("Pompeo met North Korean leader Kim Jong-un's aide Kim Yong-chol."), "04");
    assertEquals("kim-yong-chol", met.target().id());
  }

  @Test
  void aPlaceRightAfterTheTriggerIsItsObject() {
    Event e = first(EventStageTest.run("Farmers said on Friday they would blockade Paris from Monday."), "13");
    assertEquals("FRA", country(e.target()));
  }
}
