package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words with common senses that are no political act: weak triggers need a political actor on one side,
 * phrases listed with "-" keep their words from starting an event, and the status of supposed acts.
 */
class SenseFilterTest {

  private static boolean none(List<Event> events, String root) {
    return events.stream().noneMatch(e -> e.cameo().root().equals(root));
  }

  private static Event first(List<Event> events, String root) {
    return events.stream()
        .filter(e -> e.cameo().root().equals(root))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + root + " event in " + events));
  }

  @Test
  void aWeakTriggerWithNoPoliticalActorIsNoEvent() {
    assertTrue(none(EventStageTest.run("In the last scene the hero is tortured before a crowd."), "18"));
    assertTrue(none(EventStageTest.run("Other users have offered differing estimates of her wealth."), "03"));
    Event e = first(EventStageTest.run("Syrian troops tortured the prisoners, the report said."), "18");
    assertEquals("SYR", e.source().country());
  }

  @Test
  void commonPhrasesHoldingATriggerNameNoEvent() {
    assertTrue(none(EventStageTest.run("Donald Trump had a moderate risk of a heart attack."), "19"));
    assertTrue(none(EventStageTest.run("The United States plans a crewed moon shot in 2024."), "19"));
    assertTrue(none(EventStageTest.run("London has been fighting dirty air for centuries."), "19"));
    assertTrue(none(EventStageTest.run("Japan returned to the issue later in the hearing."), "08"));
    assertTrue(none(EventStageTest.run("China talked about it all the time."), "04"));
    assertTrue(none(EventStageTest.run("Worries over global demand next year sent Norway's oil prices lower."), "10"));
    assertTrue(none(EventStageTest.run("Assange stayed in jail after the hearing in Britain."), "17"));
  }

  @Test
  void aPersonAttackingAPersonAttacksWithWords() {
    Event e = first(EventStageTest.run("Boris Johnson attacked Jeremy Corbyn in the debate on Tuesday."), "11");
    assertEquals("111", e.cameo().code());
    Event force = first(EventStageTest.run("Russia attacked Ukraine on Tuesday."), "19");
    assertEquals("UKR", force.target().country());
  }

  @Test
  void aConditionalNegationIsHypothetical() {
    Event e = first(EventStageTest.run("Mexico made concessions it might not otherwise have agreed to."), "03");
    assertEquals(Status.HYPOTHETICAL, e.status());
    Event s = first(EventStageTest.run("Trump made threats should China not accede to his terms."), "08");
    assertEquals(Status.HYPOTHETICAL, s.status());
    Event d = first(EventStageTest.run("China did not accede to the demands on Monday."), "08");
    assertEquals(Status.DENIED, d.status());
  }

  @Test
  void anAsideDoesNotGiveTheSourceNorTheCondition() {
    Event e =
        first(
            EventStageTest.run(
                "The Palestinian Authority - which has rejected Washington as a mediator if talks resume - called"
                    + " for an emergency meeting on Monday."),
            "10");
    assertEquals("PSE", e.source().country());
    assertEquals(Status.HAPPENED, e.status());
  }

  @Test
  void whereTheFactsComeFromIsNoActor() {
    Event e = first(EventStageTest.run("According to the Pentagon, the base is an outpost in the fight against Iran."), "19");
    assertEquals(null, e.source());
    assertEquals("IRN", e.target().country());
  }

  @Test
  void aQuotationEndsTheTriggersClause() {
    List<Event> events =
        EventStageTest.run("\"Tensions are threatening to hurt growth,\" Secretary of State Mike Pompeo said.");
    assertTrue(events.stream().noneMatch(e -> e.target() != null && "mike-pompeo".equals(e.target().id())),
        events.toString());
  }

  @Test
  void theCallOnADayIsAPhoneCall() {
    assertTrue(none(EventStageTest.run("Trump discussed the call on July 25 with Zelensky."), "02"));
  }

  @Test
  void aForecastIsHypothetical() {
    Event e = first(EventStageTest.run("China is likely to deploy troops in the city next week."), "15");
    assertEquals(Status.HYPOTHETICAL, e.status());
  }

  @Test
  void aParticipleBeforeANounIsNoAct() {
    assertTrue(none(EventStageTest.run("Pompeo discussed trade with the visiting Japanese delegates."), "04")
        || EventStageTest.run("Pompeo discussed trade with the visiting Japanese delegates.").stream()
            .noneMatch(e -> e.cameo().code().equals("042")));
  }

  @Test
  void aParticipleClauseSharesTheSentencesSubject() {
    Event e =
        first(
            EventStageTest.run("Donald Trump raised tariffs on Canada and Mexico, publicly threatening them again."),
            "13");
    assertEquals("donald-trump", e.source().id());
  }

  @Test
  void hopesAndAdviceAreNotFacts() {
    Event hoped = first(EventStageTest.run("Japan hoped that China would lift the ban next year."), "08");
    assertEquals(Status.HYPOTHETICAL, hoped.status());
    Event advice = first(EventStageTest.run("Japan said it should support Ukraine."), "05");
    assertEquals(Status.HYPOTHETICAL, advice.status());
    Event talks = first(EventStageTest.run("There were high hopes for the talks between Japan and China."), "04");
    assertEquals(Status.HAPPENED, talks.status());
  }

  @Test
  void hostingNeedsAGuest() {
    assertTrue(none(EventStageTest.run("South Korea hosts several solar manufacturers."), "04"));
    Event e = first(EventStageTest.run("Xi Jinping welcomed North Korean leader Kim Jong-un in Beijing."), "04");
    assertEquals("kim-jong-un", e.target().id());
  }

  @Test
  void anUnknownNamedActorKeepsAWeakTrigger() {
    assertTrue(!none(EventStageTest.run("The Gondor Federation has agreed to send a delegation to Bree."), "03"));
    assertTrue(!none(EventStageTest.run("Arnoria asked the Northern League to tighten the sanctions."), "02"));
    assertTrue(none(EventStageTest.run("Readers asked the editors to print more letters."), "02"));
  }

  @Test
  void aRelativeClauseActsForItsHead() {
    Event e =
        first(
            EventStageTest.run("The Arab League - which has rejected Iran as a mediator - called for calm on Monday."),
            "12");
    assertEquals("IRN", e.target().country());
    assertTrue(e.source() != null && !"IRN".equals(e.source().country()), String.valueOf(e.source()));
  }

  @Test
  void twoSubjectsTalkToEachOtherNotToWhatFollows() {
    List<Event> events =
        EventStageTest.run("Washington and the Taliban held talks on an agreement for US troops to leave.");
    assertTrue(events.stream().anyMatch(e -> e.source() != null && e.target() != null
        && "USA".equals(e.source().country()) && "AFG".equals(e.target().country())), events.toString());
  }

  @Test
  void aPossessiveAfterTheTriggerIsNoTarget() {
    Event e = first(EventStageTest.run("Kim Jong-un met Xi Jinping. Trump criticized his policies on Monday."), "11");
    assertEquals(null, e.target());
  }

  @Test
  void aQuestionAssertsNothing() {
    assertTrue(none(EventStageTest.run("\"Have you fixed the problem?\" Secretary of State Mike Pompeo asked."), "02"));
    Event e = first(EventStageTest.run("Would Japan have criticized China so sharply?"), "11");
    assertEquals(Status.HYPOTHETICAL, e.status());
    assertTrue(none(EventStageTest.run("A Texas man pleaded guilty to fraud in Japan on Monday."), "02"));
  }
}
