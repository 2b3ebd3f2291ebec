package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ingest.Article;
import org.parley.ingest.Genre;
import org.parley.ingest.Published;
import org.parley.pipeline.Document;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/** The stage's contract: layer, requirements, offsets, determinism, threads, lookups and the export form. */
class ActorStageTest {
  private static final ActorStage STAGE = new ActorStage(ActorBase.bundled());
  private static final Pipeline PIPELINE = Pipeline.builder().add(new TextStage()).add(STAGE).build();

  static Mentions run(String body, String date) {
    Published p = date == null ? null : Published.day(LocalDate.parse(date));
    return PIPELINE.run(Article.of("t", "text", null, null, p, null, Genre.NEWS, "en", body)).get(ActorStage.MENTIONS);
  }

  @Test
  void producesTheExportedMentionsLayerFromSentences() {
    assertEquals(ActorStage.MENTIONS, STAGE.produces());
    assertEquals("mentions", ActorStage.MENTIONS.name());
    assertTrue(ActorStage.MENTIONS.isExported());
    assertEquals(Set.of(TextStage.SENTENCES), STAGE.requires());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Pipeline.builder().add(STAGE).build());
    assertTrue(e.getMessage().contains("sentences"), e.getMessage());
  }

  @Test
  void emptyBodyGivesNoMentions() {
    assertTrue(run("", "2019-10-07").list().isEmpty());
    assertTrue(run("   \n\n  ", null).list().isEmpty());
  }

  @Test
  void textWithoutActorsGivesNoMentions() {
    assertTrue(run("The weather was fine and the market closed higher on Tuesday.", "2019-10-07").list().isEmpty());
  }

  private static final String[] PIECES = {
    "Kim", " Jong-un", " said", " the North", " Pompeo", "'s", " “", "”", " he", " U.S.", "-", "N.Korea", ",",
    " ", ".", "\n\n", " Moon Jae-in", " Mr.", " President", " State Department spokeswoman", " Kim Yo Jong",
    " Seoul", " Pyongyang", " the two sides", " her", " KCNA", " Xi", " Ri Son-gwon", "\"", "(", ")", " é",
    "\uD83D\uDE00", " Trump-Kim", " North Korean", " leader", " of", " the", " his", " Kremlin aide Yuri Ushakov"
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomTextKeepsTheContract(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    String body = b.toString();
    Mentions m = run(body, seed % 2 == 0 ? null : "2018-11-08");
    assertContract(body, m);
    assertEquals(m, run(body, seed % 2 == 0 ? null : "2018-11-08"), "deterministic");
  }

  /** Offsets in bounds, text equal to the body there, ordered and not overlapping, lookups consistent. */
  static void assertContract(String body, Mentions m) {
    int previousEnd = 0;
    for (Mention x : m.list()) {
      assertTrue(x.start() >= previousEnd && x.end() > x.start() && x.end() <= body.length(), x::toString);
      assertEquals(body.substring(x.start(), x.end()), x.text());
      assertEquals(x, m.at(x.start()).orElseThrow());
      assertEquals(x, m.at(x.end() - 1).orElseThrow());
      assertEquals(x, m.covering(x.start(), x.end()).orElseThrow());
      previousEnd = x.end();
    }
  }

  @Test
  void sharedInstanceAgreesAcrossThreads() throws Exception {
    List<String> bodies = new ArrayList<>();
    for (ActorCases.Case c : ActorCases.read()) {
      if (!bodies.contains(c.text())) {
        bodies.add(c.text());
      }
    }
    List<Mentions> alone = new ArrayList<>();
    for (String b : bodies) {
      alone.add(run(b, "2019-06-30"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Mentions>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (String b : bodies) {
          futures.add(pool.submit(() -> run(b, "2019-06-30")));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(alone.get(i % bodies.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lookupsByOffset() {
    String body = "Pompeo met Kim Jong-un. He said the talks went well.";
    Mentions m = run(body, "2018-10-07");
    int he = body.indexOf("He");
    assertEquals("mike-pompeo", m.actorAt(he).orElseThrow().id());
    assertEquals("kim-jong-un", m.actorAt(body.indexOf("Jong")).orElseThrow().id());
    assertTrue(m.at(body.indexOf("met")).isEmpty());
    assertTrue(m.actorAt(body.indexOf("talks")).isEmpty());
    assertEquals(3, m.within(0, body.length()).size());
    assertEquals(2, m.within(0, he).size());
    assertEquals("Kim Jong-un", m.lastBefore(he).orElseThrow().text());
    assertTrue(m.lastBefore(0).isEmpty());
    assertTrue(m.covering(body.indexOf("Kim"), body.indexOf("He")).isEmpty(), "no mention covers two");
  }

  @Test
  void writesTheExportForm() throws Exception {
    String body = "U.S. Secretary of State Mike Pompeo met Kim Jong Un. The two sides did not agree.";
    Document d = PIPELINE.run(Article.of("t", "text", null, null, Published.day(LocalDate.of(2018, 10, 7)), null, Genre.NEWS, "en", body));
    JsonNode json = new ObjectMapper().readTree(ActorStage.MENTIONS.toJson(d.get(ActorStage.MENTIONS)));
    assertTrue(json.isArray());
    JsonNode pompeo = null;
    JsonNode sides = null;
    for (JsonNode x : json) {
      assertTrue(x.has("start") && x.has("end") && x.has("text") && x.has("actor") && x.has("resolution"));
      if (x.get("text").asText().equals("Mike Pompeo")) {
        pompeo = x;
      }
      if (x.get("text").asText().equals("The two sides")) {
        sides = x;
      }
    }
    JsonNode a = pompeo.get("actor");
    assertEquals("mike-pompeo", a.get("id").asText());
    assertEquals("Mike Pompeo", a.get("name").asText());
    assertEquals("USAGOV", a.get("code").asText());
    assertEquals("USA", a.get("country").asText());
    assertEquals("GOV", a.get("sector").asText());
    assertEquals("Secretary of State", a.get("role").asText());
    assertEquals("2018-10-07", a.get("as_of").asText());
    assertEquals("name", pompeo.get("resolution").asText());
    assertEquals("U.S. Secretary of State", pompeo.get("description").asText());
    assertEquals(body.indexOf("Mike"), pompeo.get("start").asInt());
    assertTrue(sides.get("actor").isNull());
    assertEquals("pronoun", sides.get("resolution").asText());
    assertEquals(2, sides.get("members").size());
  }

  @Test
  void anUndatedArticleTakesTheLatestRoleAndSaysSo() throws Exception {
    Mentions m = run("Pompeo spoke.", null);
    ActorRef a = m.list().get(0).actor();
    assertEquals("USAGOV", a.code());
    assertEquals(null, a.asOf());
    JsonNode json = new ObjectMapper().readTree(ActorStage.MENTIONS.toJson(m));
    assertEquals("latest", json.get(0).get("actor").get("as_of").asText());
  }

  @Test
  void theNoArgumentStageUsesTheBundledBase() {
    ActorStage s = new ActorStage();
    assertFalse(s.base().actors().isEmpty());
    Document d = Document.of(Article.of("t", "text", null, null, null, null, Genre.NEWS, "en", "Kim Jong Un spoke."));
    d = d.with(TextStage.SENTENCES, new TextStage().apply(d));
    assertEquals("kim-jong-un", s.apply(d).list().get(0).actor().id());
  }

  @Test
  void manyPronounsAndNamesStayFast() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      b.append("Kim met Moon, and he said Kim Jong Un's sister told him that she and Kim would meet Pompeo. ");
    }
    long t0 = System.nanoTime();
    Mentions m = run(b.toString(), "2018-10-07");
    assertTrue(m.list().size() > 10_000);
    assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "quadratic blow-up");
  }
}
