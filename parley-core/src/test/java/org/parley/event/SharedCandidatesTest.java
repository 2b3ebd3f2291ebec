package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;

/** An ambiguous mention whose candidates are all of one state acts for that state. */
class SharedCandidatesTest {
  private static ActorRef person(String id, String code, String country, String sector) {
    return new ActorRef(id, id, Actor.Kind.PERSON, code, country, sector, null, null);
  }

  @Test
  void candidatesOfOneStateAndSectorGiveTheirCode() {
    ActorRef r =
        ArgumentFinder.shared(
            List.of(person("a-bush", "USAGOV", "USA", "GOV"), person("b-bush", "USAGOV", "USA", "GOV")));
    assertEquals("USAGOV", r.code());
    assertEquals("USA", r.country());
    assertNull(r.id());
  }

  @Test
  void differentSectorsGiveOnlyTheState() {
    ActorRef r =
        ArgumentFinder.shared(
            List.of(person("a", "USAGOV", "USA", "GOV"), person("b", "USAELI", "USA", "ELI")));
    assertEquals("USA", r.code());
    assertNull(r.sector());
  }

  @Test
  void differentStatesOrTooFewGiveNothing() {
    assertNull(
        ArgumentFinder.shared(
            List.of(person("a", "USAGOV", "USA", "GOV"), person("b", "PRKGOV", "PRK", "GOV"))));
    assertNull(ArgumentFinder.shared(List.of(person("a", "USAGOV", "USA", "GOV"))));
    assertNull(ArgumentFinder.shared(List.of()));
    assertNull(
        ArgumentFinder.shared(List.of(person("a", null, null, null), person("b", null, null, null))));
  }

  @Test
  void anUndatedPresidentBushIsTheUnitedStates() {
    List<Event> ev =
        EventStageTest.run(org.parley.pipeline.Pipeline.builder()
                .add(new org.parley.text.TextStage())
                .add(new org.parley.time.TimeStage())
                .add(new org.parley.actor.ActorStage())
                .add(new org.parley.quote.QuoteStage())
                .add(new EventStage())
                .build(),
            "President Bush threatened Iraq with new sanctions.");
    Event e = ev.stream().filter(x -> x.cameo().root().equals("13")).findFirst().orElseThrow();
    assertEquals("USA", e.source().country(), e.toString());
  }
}
