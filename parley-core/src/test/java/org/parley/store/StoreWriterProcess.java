package org.parley.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A child process for {@link CrashAtomicityTest}: stores generated articles {@code from} (inclusive) to
 * {@code to} (exclusive) in the database at {@code file}, printing {@code <i> NEW} or {@code <i> DUPLICATE}
 * after each commit, and {@code done} at the end. The test kills it with SIGKILL part-way.
 *
 * <p>With {@code --slow}, a trigger that burns a few milliseconds of CPU runs before each insert into {@code
 * article_sources}, the last write of a put. Most of a put's time is then spent after the article row is
 * written and before the put commits, so a kill nearly always lands there: without a transaction around the
 * put, it would leave an article with no source, which the test would find.
 *
 * <p>Usage: {@code StoreWriterProcess <file> <from> <to> [--slow]}
 */
public final class StoreWriterProcess {
  private StoreWriterProcess() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    PrintStream out = System.out;
    try (ArticleStore store = ArticleStore.open(file)) {
      if (args.length > 3 && args[3].equals("--slow")) {
        addSlowTrigger(file);
      }
      for (int i = from; i < to; i++) {
        PutResult result = store.put(TestArticles.doc(TestArticles.generated(i)));
        out.println(i + " " + result.outcome());
        out.flush();
      }
    }
    out.println("done");
    out.flush();
  }

  private static void addSlowTrigger(Path file) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.executeUpdate("PRAGMA busy_timeout = 10000");
      st.executeUpdate(
          "CREATE TABLE IF NOT EXISTS test_burn AS WITH RECURSIVE n(x) AS"
              + " (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 800) SELECT x FROM n");
      st.executeUpdate(
          "CREATE TRIGGER IF NOT EXISTS test_slow_source BEFORE INSERT ON article_sources BEGIN"
              + " SELECT count(*) FROM test_burn a, test_burn b; END");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot add the slow trigger: " + e.getMessage(), e);
    }
  }
}
