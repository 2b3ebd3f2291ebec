package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley timeline} on hand-written articles ingested through the whole pipeline. */
class TimelineCommandTest {
  @TempDir Path tmp;

  private static final String A =
      "Pompeo and Kim Hold Talks in Pyongyang\n\nOctober 08, 2018 10:00\n\n"
          + "Secretary of State Mike Pompeo met North Korean leader Kim Jong-un in Pyongyang on Sunday.\n\n"
          + "The two men discussed plans for a second summit.\n";
  private static final String B =
      "Pompeo Trip Ends With Promise of More Talks\n\nOctober 09, 2018 09:00\n\n"
          + "Mike Pompeo met Kim Jong-un in Pyongyang on Sunday, officials said.\n\n"
          + "North Korea threatened to resume missile tests if sanctions stay.\n";
  private static final String C =
      "New York Meeting Called Off\n\nNovember 08, 2018 13:50\n\n"
          + "A meeting between Mike Pompeo and Kim Yong-chol planned for Thursday in New York has been canceled.\n";

  private Path write(String dir, String name, String text) throws IOException {
    Path d = tmp.resolve(dir);
    Files.createDirectories(d);
    Files.writeString(d.resolve(name), text, StandardCharsets.UTF_8);
    return d;
  }

  private Path ingestAll() throws IOException {
    write("all", "a.txt", A);
    write("all", "b.txt", B);
    Path in = write("all", "c.txt", C);
    Path db = tmp.resolve("all.db");
    Cli r = Cli.run("ingest", "--db", db.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("story merge:"), r.out());
    return db;
  }

  private static List<String> lines(Cli r) {
    assertEquals(0, r.code(), r.err());
    return r.out().lines().toList();
  }

  @Test
  void oneMeetingToldByTwoArticlesIsOneLineInDateOrder() throws IOException {
    Path db = ingestAll();
    List<String> lines = lines(Cli.run("timeline", "--db", db.toString()));
    String meeting = lines.stream().filter(l -> l.startsWith("2018-10-07")).findFirst().orElseThrow();
    assertTrue(meeting.contains("happened") && meeting.contains("Kim Jong-un <-> Mike Pompeo"), meeting);
    assertTrue(meeting.contains("2 articles, 2 mentions"), meeting);
    List<String> dates = lines.stream().map(l -> l.substring(0, 10)).toList();
    assertEquals(dates.stream().sorted().toList(), dates);
    String cancelled = lines.get(lines.size() - 1);
    assertTrue(cancelled.startsWith("2018-11-08") && cancelled.contains("cancelled"), cancelled);
  }

  @Test
  void filtersCombine() throws IOException {
    Path db = ingestAll();
    String d = db.toString();
    assertEquals(2, lines(Cli.run("timeline", "--db", d, "--pair", "USA,PRK")).size());
    assertEquals(2, lines(Cli.run("timeline", "--db", d, "--pair", "prk, usa")).size());
    assertEquals(2, lines(Cli.run("timeline", "--db", d, "--actor", "mike-pompeo")).size());
    List<String> cancelled = lines(Cli.run("timeline", "--db", d, "--actor", "Mike Pompeo", "--status", "cancelled"));
    assertEquals(1, cancelled.size());
    assertTrue(cancelled.get(0).contains("Kim Yong-chol"), cancelled.get(0));
    assertEquals(1, lines(Cli.run("timeline", "--db", d, "--pair", "USA,PRK", "--from", "2018-11")).size());
    assertEquals(1, lines(Cli.run("timeline", "--db", d, "--pair", "USA,PRK", "--to", "2018-10-07")).size());
    assertTrue(lines(Cli.run("timeline", "--db", d, "--type", "04")).size() >= 2);
    assertTrue(lines(Cli.run("timeline", "--db", d, "--type", "046")).isEmpty());
    assertEquals(1, lines(Cli.run("timeline", "--db", d, "--limit", "1")).size());
    assertTrue(lines(Cli.run("timeline", "--db", d, "--outlet", "Nowhere Gazette")).isEmpty());
  }

  @Test
  void anEventOpensItsMentionsWithTheirEvidence() throws IOException {
    Path db = ingestAll();
    String line =
        lines(Cli.run("timeline", "--db", db.toString(), "--pair", "USA,PRK", "--status", "happened")).get(0);
    String id = line.substring(line.lastIndexOf("| ") + 2).strip();
    Cli shown = Cli.run("timeline", "--db", db.toString(), "--event", id.substring(0, 8));
    assertEquals(0, shown.code(), shown.err());
    assertTrue(shown.out().contains("Secretary of State Mike Pompeo met North Korean leader Kim Jong-un"), shown.out());
    assertTrue(shown.out().contains("Mike Pompeo met Kim Jong-un in Pyongyang on Sunday, officials said."), shown.out());
    assertTrue(shown.out().contains("a.txt") && shown.out().contains("b.txt"), shown.out());
    JsonNode json =
        new ObjectMapper().readTree(Cli.run("timeline", "--db", db.toString(), "--event", id, "--json").out());
    assertEquals(id, json.path("id").asText());
    assertEquals("2018-10-07", json.path("date").path("value").asText());
    assertEquals(2, json.path("articles").asInt());
    assertTrue(json.path("mentions").size() >= 2);
    for (JsonNode m : json.path("mentions")) {
      assertTrue(m.path("evidence").asText().contains("Pompeo met"), m.toString());
    }
  }

  @Test
  void jsonLinesAreObjects() throws IOException {
    Path db = ingestAll();
    ObjectMapper mapper = new ObjectMapper();
    for (String l : lines(Cli.run("timeline", "--db", db.toString(), "--json"))) {
      JsonNode o = mapper.readTree(l);
      assertTrue(o.path("id").asText().matches("[0-9a-f]{16}"), l);
      assertTrue(o.path("disagreements").isArray(), l);
    }
  }

  @Test
  void ingestingInTwoBatchesGivesTheSameTimelineAsOne() throws IOException {
    Path all = ingestAll();
    write("first", "a.txt", A);
    Path first = write("first", "c.txt", C);
    Path second = write("second", "b.txt", B);
    Path db = tmp.resolve("two.db");
    assertEquals(0, Cli.run("ingest", "--db", db.toString(), first.toString()).code());
    assertEquals(0, Cli.run("ingest", "--db", db.toString(), second.toString()).code());
    assertEquals(
        Cli.run("timeline", "--db", all.toString(), "--json").out(),
        Cli.run("timeline", "--db", db.toString(), "--json").out());
  }

  @Test
  void badArgumentsAreClearUsageErrors() throws IOException {
    Path db = ingestAll();
    String d = db.toString();
    Cli r = Cli.run("timeline", "--db", d, "--from", "2018-13");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--from '2018-13' is not a date"), r.err());
    r = Cli.run("timeline", "--db", d, "--pair", "USA");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--pair"), r.err());
    assertEquals(2, Cli.run("timeline", "--db", d, "--type", "04'; DROP TABLE story_events; --").code());
    assertEquals(2, Cli.run("timeline", "--db", d, "--status", "maybe").code());
    assertEquals(2, Cli.run("timeline", "--db", d, "--limit", "0").code());
    assertEquals(2, Cli.run("timeline", "--db", d, "--from", "2019", "--to", "2018").code());
    r = Cli.run("timeline", "--db", d, "--event", "ffffffffffffffff");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no story event"), r.err());
    r = Cli.run("timeline", "--db", d, "--actor", "x' OR 1=1 --");
    assertEquals(0, r.code());
    assertEquals("", r.out());
    r = Cli.run("timeline", "--db", tmp.resolve("missing.db").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no such database"), r.err());
  }
}
