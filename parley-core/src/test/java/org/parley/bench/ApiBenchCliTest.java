package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;

/** {@code parley bench --api} end to end, small: generate, serve, load, report; then reuse the database. */
class ApiBenchCliTest {
  @TempDir Path tmp;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true)) {
      code = Main.run(o, e, args);
    }
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void generatesServesAndReports() {
    Path db = tmp.resolve("bench.db");
    String[] r = run("bench", "--api", "--events", "300", "--requests", "40", "--threads", "2", "--seconds", "120",
        "--db", db.toString(), "--json");
    assertEquals("0", r[0], r[1] + r[2]);
    assertTrue(Files.exists(db));
    assertTrue(r[1].contains("(generated: 300 story events"), r[1]);
    assertTrue(r[1].contains("requests: 40 in "), r[1]);
    assertTrue(r[1].contains("0 errors"), r[1]);
    assertTrue(r[1].matches("(?s).*latency: p50 [0-9.]+ ms, p90 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms.*"), r[1]);
    assertTrue(r[1].contains("\"requests\":40,\"errors\":0"), r[1]);
    String[] again = run("bench", "--api", "--requests", "10", "--threads", "1", "--db", db.toString());
    assertEquals("0", again[0], again[1] + again[2]);
    assertTrue(again[1].contains("(reused: 300 story events)"), again[1]);
  }

  @Test
  void badSettingsAreUsageErrors() {
    String[] r = run("bench", "--api", "--events", "0", "--db", tmp.resolve("x.db").toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("--events"), r[2]);
  }
}
