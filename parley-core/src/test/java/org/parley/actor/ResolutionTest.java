package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/** One behaviour of resolution per test, on a sentence or two. */
class ResolutionTest {

  private static Mention mention(Mentions m, String body, String surface, int occurrence) {
    int at = ActorCases.occurrence(body, surface, occurrence);
    assertTrue(at >= 0, surface + " not in the text");
    return m.covering(at, at + surface.length()).orElseThrow(() -> new AssertionError("no mention of " + surface + " in " + m));
  }

  private static String id(String body, String date, String surface) {
    return id(body, date, surface, 1);
  }

  private static String id(String body, String date, String surface, int occurrence) {
    ActorRef a = mention(ActorStageTest.run(body, date), body, surface, occurrence).actor();
    return a == null ? null : a.id();
  }

  @Test
  void spellingVariantsAreOnePerson() {
    for (String name : List.of("Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "KIM JONG UN", "Kim Jŏng-ŭn")) {
      assertEquals("kim-jong-un", id(name + " spoke.", "2019-01-01", name), name);
    }
    Mention m = mention(ActorStageTest.run("Kim Jong Un spoke.", "2019-01-01"), "Kim Jong Un spoke.", "Kim Jong Un", 1);
    assertEquals(Resolution.NAME, m.resolution());
  }

  @Test
  void aSurnameTakesTheNearestFullMention() {
    String body = "Pompeo met Kim Yong-chol in New York. Later Kim Jong-un wrote to Trump. Kim said he was ready.";
    assertEquals("kim-jong-un", id(body, "2018-06-01", "Kim", 3));
    assertEquals("mike-pompeo", id(body, "2018-06-01", "Pompeo"));
  }

  @Test
  void aSurnameWithTwoCandidatesInOneSentenceIsAmbiguous() {
    String body = "Kim Jong-un, Kim Yo-jong and Kim Yong-chol met the delegation. Kim said the talks went well.";
    Mention m = mention(ActorStageTest.run(body, "2018-06-01"), body, "Kim", 4);
    assertNull(m.actor());
    assertEquals(Resolution.SURNAME, m.resolution());
    Set<String> ids = m.candidates().stream().map(ActorRef::id).collect(Collectors.toSet());
    assertEquals(Set.of("kim-jong-un", "kim-yo-jong", "kim-yong-chol"), ids);
  }

  @Test
  void aTitleBeforeASurnameNarrowsIt() {
    String body = "Kim Jong-un and Kim Yo-jong arrived. Chairman Kim waved.";
    assertEquals("kim-jong-un", id(body, "2018-06-01", "Kim", 3));
  }

  @Test
  void titlesResolveToTheHolderOfTheDay() {
    assertEquals("rex-tillerson", id("The U.S. Secretary of State arrived.", "2017-11-08", "U.S. Secretary of State"));
    assertEquals("mike-pompeo", id("The U.S. Secretary of State arrived.", "2018-11-08", "U.S. Secretary of State"));
    assertEquals("kim-jong-un", id("The North Korean leader waved.", "2019-01-01", "North Korean leader"));
    assertEquals("kim-myong-gil", id("North Korea's chief negotiator left.", "2019-10-07", "North Korea's chief negotiator"));
    assertEquals("heather-nauert", id("The State Department spokeswoman declined.", "2018-11-08", "State Department spokeswoman"));
  }

  @Test
  void aDescriptionTiedToANameIsThatPerson() {
    String body = "Pompeo met Kim Jong-un's right-hand man Kim Yong-chol. Kim Jong-un's right-hand man spoke first.";
    assertEquals("kim-yong-chol", id(body, "2018-11-08", "Kim Jong-un's right-hand man", 2));
    Mention alone = mention(ActorStageTest.run("Kim Jong-un's right-hand man spoke.", "2018-11-08"), "Kim Jong-un's right-hand man spoke.", "Kim Jong-un's right-hand man", 1);
    assertNull(alone.actor() == null ? null : alone.actor().id(), "not guessed without the apposition");
  }

  @Test
  void statesByNameAliasCapitalAndDemonym() {
    String body = "North Korea, the DPRK, Pyongyang and North Korean state media said it.";
    Mentions m = ActorStageTest.run(body, "2019-01-01");
    assertEquals(Resolution.NAME, mention(m, body, "North Korea", 1).resolution());
    assertEquals(Resolution.ALIAS, mention(m, body, "DPRK", 1).resolution());
    assertEquals(Resolution.METONYM, mention(m, body, "Pyongyang", 1).resolution());
    Mention media = mention(m, body, "North Korean state media", 1);
    assertEquals(Resolution.DEMONYM, media.resolution());
    assertEquals("PRKMED", media.actor().code());
    assertEquals("North Korean state media", media.actor().name());
  }

  @Test
  void theNorthNeedsAKoreanContext() {
    assertEquals("PRK", id("South Korea said the North would reply.", "2019-01-01", "the North"));
    Mentions m = ActorStageTest.run("The war ended when the South surrendered to the North.", "1865-04-09");
    assertTrue(m.list().isEmpty(), m.toString());
  }

  @Test
  void theTwoSidesAreTheTwoStatesNamedMost() {
    String body = "The U.S. and North Korea met. The two sides disagreed.";
    Mention m = mention(ActorStageTest.run(body, "2019-01-01"), body, "The two sides", 2 - 1);
    assertEquals(Set.of("USA", "PRK"), m.members().stream().map(ActorRef::id).collect(Collectors.toSet()));
  }

  @Test
  void aPersonTheBaseDoesNotKnowBecomesAPersonOfTheDocument() {
    String body = "Kremlin aide Igor Volkov said the agenda was set. Volkov added nothing.";
    Mention first = mention(ActorStageTest.run(body, "2019-04-23"), body, "Igor Volkov", 1);
    assertEquals("doc:igor-volkov", first.actor().id());
    assertEquals("RUSGOV", first.actor().code());
    assertEquals(Resolution.UNKNOWN, first.resolution());
    assertEquals("Kremlin aide", first.description());
    assertEquals("doc:igor-volkov", id(body, "2019-04-23", "Volkov", 2));
  }

  @Test
  void pronounsTakeTheSubjectOfTheSentenceBefore() {
    String body = "Kim Jong-un vanished for weeks after Pompeo's visit. When he reappeared, he spoke of sanctions.";
    assertEquals("kim-jong-un", id(body, "2018-11-08", "he", 1));
    assertEquals("kim-jong-un", id(body, "2018-11-08", "he", 2));
    assertEquals("kim-yo-jong", id("Kim Jong-un met Kim Yo-jong. She smiled.", "2018-11-08", "She"));
  }

  @Test
  void aPronounInAQuoteIsNotItsSpeaker() {
    String body = "Trump spoke of Kim Jong Un. \"He is not serious,\" Trump said.";
    assertEquals("kim-jong-un", id(body, "2018-05-24", "He"));
  }

  @Test
  void placesAreMarked() {
    Mentions m = ActorStageTest.run("Talks in Stockholm ended. Stockholm said nothing.", "2019-10-05");
    assertTrue(m.list().get(0).place());
    assertEquals("SWE", m.list().get(0).actor().id());
    assertTrue(!m.list().get(1).place());
  }

  @Test
  void anUnnamedSpokespersonSpeaksForTheInstitution() {
    assertEquals("PRK-foreign-ministry", id("A North Korean Foreign Ministry spokesman said so.", "2019-01-01", "North Korean Foreign Ministry spokesman"));
    assertEquals("KOR-government", id("A South Korean official said so.", "2019-01-01", "South Korean official"));
  }

  @Test
  void aUserFileAndAPetrarchFileAreResolved() throws URISyntaxException {
    Path f = Path.of(ResolutionTest.class.getResource("petrarch-sample.txt").toURI());
    ActorBase base = ActorBase.bundled().withPetrarchFile(f);
    Pipeline p = Pipeline.builder().add(new TextStage()).add(new ActorStage(base)).build();
    String body = "Rufus T. Firefly declared war on Sylvania. Freedonian troops massed at the border. The hermit state said nothing.";
    Mentions m =
        p.run(Article.of("t", "text", null, null, Published.day(LocalDate.of(1933, 6, 1)), null, Genre.NEWS, "en", body))
            .get(ActorStage.MENTIONS);
    assertEquals("FRDGOV", mention(m, body, "Rufus T. Firefly", 1).actor().code());
    assertEquals("petrarch:freedonia", mention(m, body, "Freedonian", 1).actor().id());
    assertEquals("PRK", mention(m, body, "hermit state", 1).actor().id());
  }
}
