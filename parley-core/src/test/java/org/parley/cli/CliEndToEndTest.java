package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.SharedData;

/** The command line driven from outside, on the bundled examples and on ../shared/samples. */
class CliEndToEndTest {
  static final Path EXAMPLES = Paths.get(System.getProperty("parley.examples", "examples"));
  @TempDir Path tmp;

  @Test
  void demoStoresTheExamplesAndWritesTheReport() throws IOException {
    Path db = tmp.resolve("demo.db");
    Path report = tmp.resolve("report");
    Cli r = Cli.run("demo", "--db", db.toString(), "--examples", EXAMPLES.toString(), "--report", report.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("9 articles"), r.out());
    assertTrue(Files.exists(report.resolve("index.html")));
    String index = Files.readString(report.resolve("index.html"));
    assertTrue(index.contains("The Valmora Ledger"), index);
    try (var pages = Files.list(report.resolve("articles"))) {
      assertEquals(9, pages.count());
    }
  }

  @Test
  void ingestingTwiceStoresEachArticleOnce() {
    Path db = tmp.resolve("twice.db");
    assertEquals(0, Cli.run("ingest", "--db", db.toString(), EXAMPLES.toString()).code());
    Cli again = Cli.run("ingest", "--db", db.toString(), EXAMPLES.toString());
    assertEquals(0, again.code());
    assertTrue(again.out().contains("0 new, 9 already stored"), again.out());
  }

  @Test
  void exportMatchesTheJsonSchema() throws IOException {
    Path db = tmp.resolve("export.db");
    Path out = tmp.resolve("out.jsonl");
    assertEquals(0, Cli.run("ingest", "--db", db.toString(), EXAMPLES.toString()).code());
    Cli r = Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(Paths.get("docs/export.schema.json")));
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(9, lines.size());
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      Set<ValidationMessage> errors = schema.validate(node);
      assertEquals(Set.of(), errors, line);
      String body = node.get("body").asText();
      for (JsonNode s : node.get("sentences")) {
        int start = s.get(0).asInt();
        int end = s.get(1).asInt();
        assertTrue(0 <= start && start < end && end <= body.length(), line);
      }
    }
  }

  @Test
  void searchAndShowFindAStoredArticle() {
    Path db = tmp.resolve("search.db");
    assertEquals(0, Cli.run("ingest", "--db", db.toString(), EXAMPLES.toString()).code());
    Cli hits = Cli.run("search", "--db", db.toString(), "Lindhaven");
    assertEquals(0, hits.code(), hits.err());
    String id = hits.out().split("\\s+")[0];
    assertTrue(id.matches("[0-9a-f]{16}"), hits.out());
    Cli show = Cli.run("show", "--db", db.toString(), id.substring(0, 8));
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("id:        " + id), show.out());
    Cli hostile = Cli.run("search", "--db", db.toString(), "\"NEAR(", "'; DROP TABLE articles; --");
    assertEquals(0, hostile.code(), hostile.err());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run("ingest").code());
    assertEquals(2, Cli.run("frobnicate").code());
    assertEquals(2, Cli.run("export", "--format", "xml").code());
    assertEquals(0, Cli.run("--help").code());
    assertEquals(0, Cli.run("ingest", "--help").code());
  }

  @Test
  void badInputsAreListedAndTheRestIsStored() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0});
    Files.write(in.resolve("truncated.txt.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
    Files.writeString(
        in.resolve("mixed.jsonl"),
        "{\"url\":\"https://news.example/a\",\"text\":\"Talks resumed in the capital on Monday after a long pause.\"}\n"
            + "{\"url\": broken\n"
            + "{\"url\":\"https://news.example/b\"}\n");
    byte[] latin1 =
        "Envoys met in Zürich on Tuesday and agreed to meet again.".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(in.resolve("latin1.txt"), latin1);
    try (var f = new java.io.RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    Path db = tmp.resolve("bad.db");
    Cli r = Cli.run("ingest", "--db", db.toString(), in.toString(), tmp.resolve("missing").toString());
    assertEquals(1, r.code(), r.err());
    String err = r.err();
    assertTrue(err.contains("empty.txt: empty file"), err);
    assertTrue(err.contains("binary.txt: binary content"), err);
    assertTrue(err.contains("truncated.txt.gz: truncated or corrupt gzip"), err);
    assertTrue(err.contains("mixed.jsonl:2: malformed JSON"), err);
    assertTrue(err.contains("mixed.jsonl:3: no \"text\" or \"html\" field"), err);
    assertTrue(err.contains("latin1.txt: warning: not valid UTF-8"), err);
    assertTrue(err.contains("huge.txt: file is 200 MB, over the 32 MB limit"), err);
    assertTrue(err.contains("missing: no such file or folder"), err);
    assertTrue(r.out().contains("2 articles, 2 new"), r.out());
    Cli show = Cli.run("search", "--db", db.toString(), "Zürich");
    assertTrue(show.out().contains("Zürich") || show.out().contains("[Zürich]"), show.out());
  }

  @Test
  void unreadableFolderIsReported() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("locked"));
    Files.writeString(in.resolve("a.txt"), "Delegates met on Friday and talked for an hour.");
    Path ok = Files.createDirectories(tmp.resolve("open"));
    Files.writeString(ok.resolve("b.txt"), "The envoy flew home on Saturday without a deal.");
    assertTrue(in.toFile().setReadable(false, false) && in.toFile().setExecutable(false, false));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isReadable(in.resolve("a.txt")), "skipped: running as root, permissions do not apply");
      Cli r = Cli.run("ingest", "--db", tmp.resolve("l.db").toString(), in.toString(), ok.toString());
      assertEquals(1, r.code());
      assertTrue(r.err().contains("locked"), r.err());
      assertTrue(r.out().contains("1 new"), r.out());
    } finally {
      in.toFile().setReadable(true, false);
      in.toFile().setExecutable(true, false);
    }
  }

  @Test
  void theReportEscapesWhatArticlesSay() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("hostile"));
    Files.writeString(
        in.resolve("a.jsonl"),
        "{\"url\":\"https://news.example/x\",\"headline\":\"<script>alert('x')</script> talks\","
            + "\"text\":\"Delegates met <b>on Monday</b> & agreed to meet again.\"}\n");
    Path db = tmp.resolve("h.db");
    assertEquals(0, Cli.run("ingest", "--db", db.toString(), in.toString()).code());
    Path report = tmp.resolve("rep");
    Cli r = Cli.run("report", "--db", db.toString(), "--out", report.toString());
    assertEquals(0, r.code(), r.err());
    String index = Files.readString(report.resolve("index.html"));
    assertTrue(index.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; talks"), index);
    assertTrue(!index.contains("<script>"), index);
  }

  @Test
  void aFolderThatLoopsIsReportedAndTheRestRead() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("loop"));
    Files.writeString(in.resolve("a.txt"), "Delegates met on Friday and talked for an hour.");
    Files.createSymbolicLink(in.resolve("again"), in);
    Cli r = Cli.run("ingest", "--db", tmp.resolve("loop.db").toString(), in.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("again"), r.err());
    assertTrue(r.out().contains("1 articles, 1 new"), r.out());
  }

  @Test
  void usersAddTheirOwnActors() throws IOException {
    Path actors = tmp.resolve("mine.txt");
    Files.writeString(
        actors,
        "person dagny-sorel Dagny Sorel\n  gender f\n  country XKS\n  surname Sorel\n"
            + "  role 2020..2030 XKSGOV Foreign Minister; foreign minister\n");
    Path db = tmp.resolve("actors.db");
    Path out = tmp.resolve("a.jsonl");
    Cli r = Cli.run("ingest", "--db", db.toString(), "--actors", actors.toString(), EXAMPLES.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(0, Cli.run("export", "--db", db.toString(), "--format", "jsonl", "--out", out.toString()).code());
    String all = Files.readString(out);
    assertTrue(all.contains("\"id\":\"dagny-sorel\""), "the user's actor is resolved");
    assertTrue(all.contains("\"code\":\"XKSGOV\""), "with the code of her role");

    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, "person\n");
    Cli refused = Cli.run("ingest", "--db", db.toString(), "--actors", bad.toString(), EXAMPLES.toString());
    assertEquals(2, refused.code());
    assertTrue(refused.err().contains("bad.txt"), refused.err());
  }

  @Test
  void theTwoSamplesAreIngested() {
    Path samples = SharedData.require("samples");
    Path db = tmp.resolve("samples.db");
    Cli r = Cli.run("ingest", "--db", db.toString(), samples.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2 articles, 2 new"), r.out());
    Cli hits = Cli.run("search", "--db", db.toString(), "Stockholm");
    assertTrue(hits.out().contains("The Hankyoreh"), hits.out());
  }
}
