package org.parley.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.actor.Actor;
import org.parley.actor.ActorRef;
import org.parley.actor.ActorStage;
import org.parley.actor.Mention;
import org.parley.actor.Resolution;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.quote.QuoteStage;
import org.parley.text.TextStage;

/** First-person pronouns in a quotation are its speaker, or what the speaker speaks for. */
class FirstPersonTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().add(new TextStage()).add(new ActorStage()).add(new QuoteStage()).build();
  private static final FirstPerson FIRST = new FirstPerson();

  private static List<Mention> mentions(String body) {
    Published pub = Published.day(LocalDate.parse("2018-11-08"));
    Document d = PIPELINE.run(Article.of("t", "text", null, null, pub, null, Genre.NEWS, "en", body));
    return FIRST.with(
        d.text(), 0, d.text().length(), d.get(ActorStage.MENTIONS).within(0, d.text().length()),
        d.get(QuoteStage.QUOTES));
  }

  private static Mention at(List<Mention> ms, String text) {
    return ms.stream()
        .filter(m -> m.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + text + "' in " + ms));
  }

  @Test
  void iAndMyAreTheSpeaker() {
    List<Mention> ms = mentions("\"Kim Jong-un asked for a summit and I accepted my part,\" Moon Jae-in said.");
    assertEquals("moon-jae-in", at(ms, "I").actor().id());
    assertEquals("moon-jae-in", at(ms, "my").actor().id());
    assertEquals(Resolution.PRONOUN, at(ms, "I").resolution());
    for (int k = 1; k < ms.size(); k++) {
      assertTrue(ms.get(k - 1).start() <= ms.get(k).start(), "in text order: " + ms);
    }
  }

  @Test
  void weIsTheGovernmentAPersonSpeaksFor() {
    List<Mention> ms = mentions("\"We will not accept this,\" Foreign Minister Sergei Lavrov said.");
    ActorRef we = at(ms, "We").actor();
    assertEquals("RUSGOV", we.code());
    assertEquals("RUS", we.country());
  }

  @Test
  void usInCapitalsStaysTheUnitedStates() {
    List<Mention> ms = mentions("\"The US criticized us again,\" Shinzo Abe said.");
    assertEquals("USA", at(ms, "US").actor().country());
    assertEquals("JPN", at(ms, "us").actor().country());
  }

  @Test
  void nothingOutsideAQuoteOrWithoutASpeaker() {
    List<Mention> ms = mentions("I think we should talk to North Korea.");
    assertTrue(ms.stream().noneMatch(m -> m.resolution() == Resolution.PRONOUN), ms.toString());
    List<Mention> none = List.of();
    assertSame(none, FIRST.with("x", 0, 1, none, new org.parley.quote.Quotes(List.of())));
  }

  @Test
  void aPersonWithoutARoleGivesNoWe() {
    ActorRef nobody = new ActorRef("doc:x", "X", Actor.Kind.PERSON, null, null, null, null, null);
    assertNull(FirstPerson.plural(nobody));
    ActorRef state = new ActorRef("JPN", "Japan", Actor.Kind.STATE, "JPN", "JPN", null, null, null);
    assertSame(state, FirstPerson.plural(state));
  }
}
