package org.parley.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.actor.ActorStage;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/** The quote stage from outside: one pattern a test, and the contract every stage keeps. */
class QuoteStageTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().add(new TextStage()).add(new ActorStage()).add(new QuoteStage()).build();

  private static List<Quote> quotes(String date, String body) {
    return run(date, body).get(QuoteStage.QUOTES).list();
  }

  private static Document run(String date, String body) {
    Published p = date == null ? null : Published.day(LocalDate.parse(date));
    return PIPELINE.run(Article.of("test", "text", null, null, p, null, Genre.NEWS, "en", body));
  }

  private static Quote only(String date, String body) {
    List<Quote> q = quotes(date, body);
    assertEquals(1, q.size(), () -> "quotes: " + q);
    return q.get(0);
  }

  private static String speakerId(Quote q) {
    assertNotNull(q.speaker(), () -> "no speaker: " + q);
    assertNotNull(q.speaker().actor(), () -> "no actor: " + q);
    return q.speaker().actor().id();
  }

  @Test
  void attributionAfterTheQuote() {
    Quote q = only("2018-11-08", "“We will reconvene when our schedules permit,” State Department spokeswoman Heather Nauert said in a statement.");
    assertEquals("heather-nauert", speakerId(q));
    assertEquals("said in a statement", q.cue());
    assertEquals(Quote.Kind.FULL, q.kind());
    assertEquals("We will reconvene when our schedules permit", q.text());
  }

  @Test
  void invertedAttribution() {
    assertEquals("donald-trump", speakerId(only("2018-06-12", "“He is a very talented man,” said Donald Trump.")));
  }

  @Test
  void attributionBeforeTheQuoteWithAColon() {
    assertEquals("kim-jong-un", speakerId(only("2018-04-27", "Kim Jong-un told the crowd: “We will make sure of it.”")));
  }

  @Test
  void aSplitQuoteHasOneSpeaker() {
    List<Quote> q = quotes("2018-06-01", "Donald Trump met the press. “It is a process,” Trump said, “and it will take time.”");
    assertEquals(2, q.size());
    assertEquals("donald-trump", speakerId(q.get(0)));
    assertEquals("donald-trump", speakerId(q.get(1)));
  }

  @Test
  void theStateThatIssuedAThreatBySaying() {
    Quote q = only("2018-11-08", "North Korea broke its silence. The North issued a threat by saying, “We could resume our pursuit of a war footing.”");
    assertEquals("PRK", speakerId(q));
    assertEquals("saying", q.cue());
  }

  @Test
  void quotedAsTellingGivesSpeakerAndAddressee() {
    Quote q = only("2018-11-08", "Kim Jong-un met Moon Jae-in in September. Kim was quoted as telling President Moon Jae-in earlier, “Trust must come first.”");
    assertEquals("kim-jong-un", speakerId(q));
    assertEquals("was quoted as telling", q.cue());
    assertNotNull(q.addressee());
    assertEquals("moon-jae-in", q.addressee().actor().id());
  }

  @Test
  void theRunningSpeakerOfAParagraph() {
    List<Quote> q = quotes("2018-11-08", "“We will reconvene,” Heather Nauert said. “Conversations continue.”");
    assertEquals("heather-nauert", speakerId(q.get(1)));
    assertNull(q.get(1).cue());
  }

  @Test
  void aPronounResolvesThroughTheActorStage() {
    List<Quote> q = quotes("2019-07-26", "Donald Trump spoke at the White House. “They are short-range missiles,” he told reporters.");
    assertEquals("donald-trump", speakerId(q.get(0)));
    assertEquals("reporters", q.get(0).addressee().text());
  }

  @Test
  void anInstitutionByNounOfSpeech() {
    Quote q = only("2019-10-07", "We take note of North Korean chief negotiator Kim Myong-gil’s criticism of the US’ “outdated attitude.”");
    assertEquals("kim-myong-gil", speakerId(q));
    assertEquals(Quote.Kind.PARTIAL, q.kind());
    assertEquals("criticism", q.cue());
  }

  @Test
  void accordingTo() {
    assertEquals("prk-kcna", speakerId(only("2020-06-16", "The office was “tragically ruined,” according to KCNA.")));
  }

  @Test
  void aScareQuoteHasNoSpeaker() {
    Quote q = only("2018-11-08", "North Korea's state media have been touting the virtues of “self-reliance” for weeks.");
    assertEquals(Quote.Kind.SCARE, q.kind());
    assertNull(q.speaker());
  }

  @Test
  void aTitleHasNoSpeaker() {
    Quote q = only("2018-01-05", "Trump attacked the book “Fire and Fury” on Twitter.");
    assertEquals(Quote.Kind.TITLE, q.kind());
    assertNull(q.speaker());
  }

  @Test
  void theDateOfAWeekday() {
    Quote q = only("2018-11-08", "Mike Pompeo said Sunday that talks would resume “very soon.”");
    assertEquals(LocalDate.of(2018, 11, 4), q.date());
  }

  @Test
  void nothingIsGuessedWithoutAnAttribution() {
    Quote q = only("2018-11-08", "“Nothing is certain at this point.”");
    assertEquals(Quote.Kind.FULL, q.kind());
    assertNull(q.speaker());
  }

  @Test
  void anAmbiguousNameKeepsItsTextButNoActor() {
    List<Quote> q = quotes("2019-03-01", "Kim Yong-chol and Kim Hyok-chol sat down. Kim said, “We proposed a plan.”");
    assertNotNull(q.get(0).speaker());
    assertNull(q.get(0).speaker().actor());
    assertEquals("Kim", q.get(0).speaker().text());
  }

  @Test
  void theLayerIsWrittenAsTheExportContractSays() throws Exception {
    Document d = run("2018-11-08", "“We will reconvene,” Heather Nauert told reporters on Thursday.");
    JsonNode a = new ObjectMapper().readTree(QuoteStage.QUOTES.toJson(d.get(QuoteStage.QUOTES)));
    assertEquals(1, a.size());
    JsonNode q = a.get(0);
    assertEquals("We will reconvene", q.get("text").asText());
    assertEquals("full", q.get("kind").asText());
    assertEquals("Heather Nauert", q.get("speaker").get("text").asText());
    assertEquals("heather-nauert", q.get("speaker").get("actor").get("id").asText());
    assertEquals("Heather Nauert", q.get("speaker").get("actor").get("name").asText());
    assertEquals("USAGOV", q.get("speaker").get("actor").get("code").asText());
    assertEquals("USA", q.get("speaker").get("actor").get("country").asText());
    assertEquals("told", q.get("cue").asText());
    assertEquals("reporters", q.get("addressee").get("text").asText());
    assertTrue(q.get("addressee").get("actor").isNull());
    assertEquals("2018-11-08", q.get("date").asText());
    for (String f : List.of("start", "end", "text", "kind", "speaker", "cue", "addressee", "date")) {
      assertTrue(q.has(f), f);
    }
  }

  @Test
  void theStageDeclaresWhatItNeeds() {
    QuoteStage s = new QuoteStage();
    assertEquals(QuoteStage.QUOTES, s.produces());
    assertTrue(s.requires().contains(TextStage.SENTENCES));
    assertTrue(s.requires().contains(ActorStage.MENTIONS));
  }

  // ---------------------------------------------------------------- the contract

  @Test
  void oneStageServesManyThreads() {
    String body = "“We will reconvene,” Heather Nauert said. “Conversations continue.” Kim Jong-un said, “We are ready.”";
    List<Quote> expected = quotes("2018-11-08", body);
    List<List<Quote>> got = IntStream.range(0, 64).parallel()
        .mapToObj(i -> quotes("2018-11-08", body)).toList();
    for (List<Quote> g : got) {
      assertEquals(expected, g);
    }
  }

  @Test
  void anEmptyBodyGivesNoQuotes() {
    assertTrue(quotes(null, "").isEmpty());
    assertTrue(quotes(null, "   \n\n  ").isEmpty());
  }

  @Test
  void randomTextKeepsTheContract() {
    String[] parts = {
      "“", "”", "\"", "'", "‘", "’", "«", "»", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "(", ")",
      "Kim said", " Trump told reporters", " he added", " according to KCNA", " the North", " saying",
      " Moon Jae-in", " 's", " was quoted as saying", " We are ready", " so-called", " titled", " it", " the ministry",
      " on Sunday", " Oct. 5", " and", " who", "\uD83D\uDE00", "a", "b", " Mr.", " U.S."
    };
    Random random = new Random(7);
    for (int round = 0; round < 400; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      assertContract(b.toString(), round % 3 == 0 ? null : "2019-10-07");
    }
  }

  @Test
  void realisticTextKeepsTheContract() {
    assertContract(
        "“It’s not a dare,” Trump said. “He's not going to threaten Guam.\n\n“Let's see,” he added, 'maybe'.\n\n"
            + "Kim said Trump was a “dotard.” The so-called \"maximum pressure\" failed, KCNA reported.",
        "2017-08-10");
  }

  private static void assertContract(String body, String date) {
    String copy = new String(body.toCharArray());
    List<Quote> first;
    try {
      first = quotes(date, body);
    } catch (RuntimeException e) {
      throw new AssertionError("the stage threw on " + show(body), e);
    }
    assertEquals(copy, body);
    assertEquals(first, quotes(date, body), () -> "not deterministic on " + show(body));
    int previous = -1;
    for (Quote q : first) {
      assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= body.length(), () -> q + " in " + show(body));
      assertTrue(q.start() >= previous, () -> "out of order: " + show(body));
      previous = q.start();
      assertTrue(body.substring(q.start(), q.end()).replaceAll("[“\"‘'«]", "").contains(q.text().replaceAll("[“\"‘'«]", "")),
          () -> "text not from its span: " + q + " in " + show(body));
      if (q.kind() == Quote.Kind.SCARE || q.kind() == Quote.Kind.TITLE) {
        assertNull(q.speaker(), () -> "a speaker for a " + q.kind() + ": " + show(body));
      }
      for (Speaker s : new Speaker[] {q.speaker(), q.addressee()}) {
        if (s != null) {
          assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= body.length(), () -> s + " in " + show(body));
          assertEquals(body.substring(s.start(), s.end()), s.text());
        }
      }
    }
  }

  private static String show(String body) {
    return "\"" + body.replace("\n", "\\n") + "\"";
  }
}
