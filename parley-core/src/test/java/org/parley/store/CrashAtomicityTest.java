package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL ({@link Process#destroyForcibly()}) several times, and checks after
 * each kill that every article is either complete or absent: the database is intact, the stored articles are
 * exactly generated articles 0..n-1, each with its sentences, its source and its full-text entry. The writer
 * runs {@code --slow} (see {@link StoreWriterProcess}), so that the kills land inside a put's transaction; this
 * test fails when put writes its rows without one.
 */
class CrashAtomicityTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  @Test
  void killedWriterLeavesOnlyCompleteArticles() throws Exception {
    Path db = dir.resolve("crash/parley.db");
    int stored = 0;
    // First a fast writer killed after some 1500 articles, then slow ones killed mid-put. The
    // delay after the last reported commit keeps the kill from lining up with the start of the next put.
    record Round(String speed, int articles, int delayMillis) {}
    List<Round> rounds =
        List.of(
            new Round("--fast", 1500, 1),
            new Round("--slow", 30, 4),
            new Round("--slow", 25, 9),
            new Round("--slow", 20, 6));
    for (Round round : rounds) {
      Process writer = startWriter(db, stored, stored + 1_000_000, round.speed());
      int lastReported = readUntil(writer, stored + round.articles());
      Thread.sleep(round.delayMillis());
      writer.destroyForcibly();
      assertTrue(writer.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "writer did not die");

      int count = verify(db);
      assertTrue(count >= lastReported + 1, "lost committed articles: " + count + " <= " + lastReported);
      stored = count;
    }

    // A rerun over the same inputs (as after a crash) stores the missing ones and recognises the others.
    Process rerun = startWriter(db, stored - 5, stored + 5, "--fast");
    List<String> lines = readAll(rerun);
    assertTrue(rerun.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    assertEquals(0, rerun.exitValue(), "rerun failed: " + lines);
    for (int k = 0; k < 10; k++) {
      int i = stored - 5 + k;
      assertEquals(i + (k < 5 ? " DUPLICATE" : " NEW"), lines.get(k));
    }
    assertEquals(stored + 5, verify(db));
  }

  /** Checks every invariant; returns the article count. */
  private static int verify(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      assertEquals("ok", single(st, "PRAGMA integrity_check"));
      // Throws if the FTS index and the articles table disagree.
      st.executeUpdate("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
      int articles = Integer.parseInt(single(st, "SELECT count(*) FROM articles"));
      assertEquals(String.valueOf(articles), single(st, "SELECT count(*) FROM articles_fts_docsize"));
      assertEquals(
          "0",
          single(
              st,
              "SELECT count(*) FROM articles a WHERE NOT EXISTS"
                  + " (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)"));
      assertEquals(
          "0",
          single(
              st,
              "SELECT count(*) FROM article_sources s WHERE NOT EXISTS"
                  + " (SELECT 1 FROM articles a WHERE a.id = s.article_id)"));
      assertEquals("0", single(st, "SELECT count(*) FROM articles WHERE json_array_length(sentences) = 0"));
    }

    try (ArticleStore store = ArticleStore.open(db)) {
      int count = store.count();
      assertTrue(count > 0);
      int[] next = {0};
      store.forEach(
          stored -> {
            int i = next[0]++;
            var expected = TestArticles.generated(i);
            assertEquals(expected, stored.article(), "article " + i);
            assertEquals(TestArticles.spans(expected.body()), stored.sentences(), "sentences of " + i);
            assertEquals(List.of(expected.source()), stored.sources(), "sources of " + i);
          });
      assertEquals(count, next[0]);

      int last = count - 1;
      var hits = store.search(TestArticles.marker(last), 10);
      assertEquals(1, hits.size(), "search for the last stored article");
      assertEquals(TestArticles.generated(last).id(), hits.get(0).id());
      return count;
    }
  }

  private static String single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }

  private Process startWriter(Path db, int from, int to, String speed) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            StoreWriterProcess.class.getName(),
            db.toString(),
            String.valueOf(from),
            String.valueOf(to),
            speed);
    pb.redirectError(Files.createTempFile(dir, "writer", ".err").toFile());
    return pb.start();
  }

  /** Reads {@code <i> <outcome>} lines until article {@code killAfter} is reported; returns the last i read. */
  private static int readUntil(Process writer, int killAfter) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    String line;
    while ((line = in.readLine()) != null) {
      int i = Integer.parseInt(line.substring(0, line.indexOf(' ')));
      if (i >= killAfter) {
        return i;
      }
      if (System.nanoTime() > deadline) {
        writer.destroyForcibly();
        fail("writer too slow: reached only " + i);
      }
    }
    fail("writer ended before storing article " + killAfter + " (exit " + exitOf(writer) + ")");
    return -1;
  }

  private static List<String> readAll(Process writer) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String exitOf(Process p) {
    try {
      return p.waitFor(10, TimeUnit.SECONDS) ? String.valueOf(p.exitValue()) : "still running";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
