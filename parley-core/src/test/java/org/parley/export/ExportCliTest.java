package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;

/** {@code parley export} in each event format, driven from outside on the bundled examples. */
class ExportCliTest {
  private static final Path EXAMPLES = Paths.get(System.getProperty("parley.examples", "examples"));
  @TempDir static Path tmp;
  static Path db;

  /** Exit code and standard error of one run. */
  private record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(new StringWriter(), true);
        PrintWriter e = new PrintWriter(err, true)) {
      code = Main.run(o, e, args);
    }
    return new Run(code, err.toString());
  }

  @BeforeAll
  static void ingest() {
    db = tmp.resolve("export.db");
    Run r = run("ingest", "--db", db.toString(), EXAMPLES.toString());
    assertEquals(0, r.code(), r.err());
  }

  private static List<String> export(String format) throws IOException {
    Path out = tmp.resolve("out." + format);
    Run r = run("export", "--db", db.toString(), "--format", format, "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("exported "), r.err());
    return Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void csvHasAHeaderAndEventRows() throws IOException {
    List<String> lines = export("csv");
    assertEquals(String.join(",", CsvExport.COLUMNS), lines.get(0));
    assertTrue(lines.size() > 1, "the examples have events");
  }

  @Test
  void gdeltLinesHaveSixtyOneColumns() throws IOException {
    List<String> lines = export("gdelt");
    assertFalse(lines.isEmpty());
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      assertEquals(61, cells.length, line);
      assertTrue(cells[0].matches("\\d+") && cells[26].matches("\\d{2,4}"), line);
    }
  }

  @Test
  void ploverLinesAreJsonRecords() throws IOException {
    List<String> lines = export("plover");
    assertFalse(lines.isEmpty());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode r = json.readTree(line);
      assertTrue(r.has("id") && r.has("date") && r.get("actor").isArray() && r.get("event").isArray(), line);
    }
  }

  @Test
  void aMissingDatabaseIsNamed() {
    Run r = run("export", "--db", tmp.resolve("none.db").toString(), "--format", "gdelt");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no such database"), r.err());
  }
}
