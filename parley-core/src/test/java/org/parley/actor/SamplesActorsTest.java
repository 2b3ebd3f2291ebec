package org.parley.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.Parley;
import org.parley.ingest.Article;
import org.parley.ingest.Format;
import org.parley.ingest.Hints;
import org.parley.ingest.SharedData;
import org.parley.ingest.Sink;
import org.parley.pipeline.Pipeline;
import org.parley.text.TextStage;

/**
 * The measure of the actors issue on the two articles of {@code ../shared/samples}: every mention of Mike
 * Pompeo, Kim Jong-un, Kim Yong-chol, Heather Nauert, Moon Jae-in, Donald Trump, Kim Myong-gil, the US,
 * North Korea, South Korea, Sweden and the State Department is resolved, "the North", "Pompeo" and "Kim"
 * included. Each expectation is a pattern and the actor every occurrence must resolve to (the actor of the
 * mention that covers it; for a state named inside a longer mention, that mention's actor is of the state).
 * Skips, saying why, when
 * the shared folder is absent.
 */
class SamplesActorsTest {
  private static final Pipeline PIPELINE =
      Pipeline.builder().add(new TextStage()).add(new ActorStage(ActorBase.bundled())).build();

  /** Read as a user would: the sample file through the standard reader. */
  private static Article read(String name) throws Exception {
    Path p = SharedData.require("samples").resolve(name);
    List<Article> out = new ArrayList<>();
    Parley.standard().reader().readDocument(p.toString(), Format.TEXT, Files.readString(p, StandardCharsets.UTF_8), Hints.NONE, Sink.of(out::add, x -> {}));
    assertEquals(1, out.size());
    return out.get(0);
  }

  /** Every occurrence of {@code regex} in the body resolves to {@code id}; returns how many there are. */
  private static int expect(Article a, Mentions m, String regex, String id) {
    Matcher x = Pattern.compile(regex).matcher(a.body());
    int n = 0;
    while (x.find()) {
      n++;
      int start = x.start();
      int end = x.end();
      Mention found = null;
      for (Mention c : m.list()) {
        if (c.start() <= start && c.end() >= end) {
          found = c;
        }
      }
      String where = "'" + x.group() + "' at " + start + " in " + a.source();
      assertTrue(found != null, "no mention of " + where);
      ActorRef r = found.actor();
      assertTrue(r != null && r.isIdentified(), "unresolved: " + where + " -> " + found);
      // A state named inside a longer mention ("North Korean state media", "the North Korean leader") is
      // resolved when that mention's actor is of the state.
      boolean inside = found.start() < start || found.end() > end;
      boolean ok = id.equals(r.id()) || id.length() == 3 && id.equals(r.country()) && inside;
      assertTrue(ok, where + " resolved to " + r.id() + ", expected " + id);
    }
    return n;
  }

  @Test
  void chosunEditorialResolvesEveryMention() throws Exception {
    Article a = read("000_4666655c41e565a7.txt");
    Mentions m = PIPELINE.run(a).get(ActorStage.MENTIONS);
    int n = 0;
    n += expect(a, m, "\\bMike Pompeo\\b|\\bPompeo\\b", "mike-pompeo");
    n += expect(a, m, "\\bKim Jong-un\\b|\\bNorth Korean leader\\b(?! Kim)|\\bKim\\b(?= (was|wanted))", "kim-jong-un");
    n += expect(a, m, "\\bKim Yong-chol\\b", "kim-yong-chol");
    n += expect(a, m, "\\bHeather Nauert\\b", "heather-nauert");
    n += expect(a, m, "\\bMoon Jae-in\\b", "moon-jae-in");
    n += expect(a, m, "\\bTrump\\b", "donald-trump");
    n += expect(a, m, "\\bU\\.S\\.(?= Secretary|-| says| and| offer| a list)", "USA");
    n += expect(a, m, "\\bNorth Korea\\b(?!n)|\\b[Tt]he North\\b(?! Korea)|\\bNorth Korean\\b", "PRK");
    n += expect(a, m, "\\bState Department\\b", "us-state-department");
    assertTrue(n >= 30, "occurrences checked: " + n);
  }

  @Test
  void hankyorehEditorialResolvesEveryMention() throws Exception {
    Article a = read("004_16a58da97e3a78e6.txt");
    Mentions m = PIPELINE.run(a).get(ActorStage.MENTIONS);
    int n = 0;
    n += expect(a, m, "\\bKim Myong-gil\\b|\\bKim\\b(?= said)", "kim-myong-gil");
    n += expect(a, m, "\\bDonald Trump\\b", "donald-trump");
    n += expect(a, m, "\\bUS\\b", "USA");
    n += expect(a, m, "\\bNorth Korea\\b(?!n)|\\bthe North\\b(?! Korea)|\\bNorth Korean\\b", "PRK");
    n += expect(a, m, "\\bSwedish\\b|\\bStockholm\\b", "SWE");
    assertTrue(n >= 40, "occurrences checked: " + n);
  }

  @Test
  void pronounsOfTheSamplesFindTheirPeople() throws Exception {
    Article a = read("000_4666655c41e565a7.txt");
    Mentions m = PIPELINE.run(a).get(ActorStage.MENTIONS);
    int when = a.body().indexOf("When he reappeared he said");
    assertEquals("kim-jong-un", m.actorAt(when + 5).orElseThrow().id());
    assertEquals("kim-jong-un", m.actorAt(when + 19).orElseThrow().id());
    assertEquals("mike-pompeo", m.actorAt(a.body().indexOf("his fourth visit")).orElseThrow().id());
    Article b = read("004_16a58da97e3a78e6.txt");
    Mentions mb = PIPELINE.run(b).get(ActorStage.MENTIONS);
    assertEquals("kim-myong-gil", mb.actorAt(b.body().indexOf("his statement")).orElseThrow().id());
    int sides = b.body().indexOf("the two sides");
    assertEquals(2, mb.at(sides).orElseThrow().members().size());
  }
}
