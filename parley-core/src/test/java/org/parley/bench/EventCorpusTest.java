package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ArticleStore;

class EventCorpusTest {
  @TempDir Path tmp;

  private static long one(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      StringBuilder b = new StringBuilder();
      while (rs.next()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          b.append(rs.getString(i)).append('|');
        }
        b.append('\n');
      }
      return b.toString();
    }
  }

  @Test
  void writesTheStoryEventsTheirMentionsAndArticles() throws SQLException {
    Path db = tmp.resolve("corpus.db");
    EventCorpus.Summary s = new EventCorpus(2_000, 1).write(db);
    assertEquals(2_000, s.events());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      assertEquals(2_000, one(c, "SELECT count(*) FROM story_events"));
      assertEquals(s.mentions(), one(c, "SELECT count(*) FROM event_mentions"));
      assertEquals(s.articles(), one(c, "SELECT count(*) FROM articles"));
      assertEquals(s.quotes(), one(c, "SELECT count(*) FROM quote_mentions"));
      assertTrue(s.mentions() > 2_000 && s.articles() < s.mentions(), s.toString());
      // Every mention points at a story event and an article, and its evidence is where it says in the body.
      assertEquals(0, one(c, "SELECT count(*) FROM event_mentions m LEFT JOIN story_events e ON e.id = m.story_id"
          + " WHERE e.id IS NULL"));
      assertEquals(0, one(c, "SELECT count(*) FROM event_mentions m JOIN articles a ON a.id = m.article_id"
          + " WHERE substr(a.body, m.start + 1, m.end - m.start) <> m.evidence"));
      assertEquals(0, one(c, "SELECT count(*) FROM quote_mentions q JOIN articles a ON a.id = q.article_id"
          + " WHERE substr(a.body, q.start + 1, q.end - q.start) <> q.text"));
      // The counts of a story event agree with its mentions.
      assertEquals(0, one(c, "SELECT count(*) FROM story_events e WHERE e.mentions <>"
          + " (SELECT count(*) FROM event_mentions m WHERE m.story_id = e.id)"
          + " OR e.articles <> (SELECT count(DISTINCT article_id) FROM event_mentions m WHERE m.story_id = e.id)"
          + " OR e.outlets <> (SELECT count(DISTINCT a.outlet) FROM event_mentions m JOIN articles a"
          + " ON a.id = m.article_id WHERE m.story_id = e.id)"));
      // Varied: dates over 2017-2020 at several granularities, many codes, statuses, outlets, actors.
      assertTrue(text(c, "SELECT min(date_lo) >= '2016-12', max(date_hi) <= '2021-02' FROM story_events")
          .equals("1|1|\n"));
      assertTrue(one(c, "SELECT count(DISTINCT date_granularity) FROM story_events") >= 4);
      assertTrue(one(c, "SELECT count(DISTINCT cameo) FROM story_events") > 100);
      assertEquals(7, one(c, "SELECT count(DISTINCT status) FROM story_events"));
      assertTrue(one(c, "SELECT count(DISTINCT outlet) FROM articles") > 30);
      assertTrue(one(c, "SELECT count(DISTINCT source_id) FROM story_events") > 50);
      assertTrue(one(c, "SELECT count(*) FROM story_events WHERE disagreements <> '[]'") > 10);
      assertTrue(one(c, "SELECT count(*) FROM story_events WHERE source_country IN ('USA', 'PRK')"
          + " AND target_country IN ('USA', 'PRK') AND source_country <> target_country") > 400);
      // Full text over the articles works.
      assertTrue(one(c, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'met'") > 10);
    }
    try (ArticleStore store = ArticleStore.open(db)) {
      assertEquals(s.articles(), store.count(), "a database ArticleStore reads");
    }
    Path fresh = tmp.resolve("fresh.db");
    ArticleStore.open(fresh).close();
    String schema = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name";
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Connection f = DriverManager.getConnection("jdbc:sqlite:" + fresh)) {
      assertEquals(text(f, schema), text(c, schema), "the same tables, indexes and triggers as a new database");
      assertEquals("wal", text(c, "PRAGMA journal_mode").trim().replace("|", ""));
      assertTrue(one(c, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'talks'") > 0);
    }
  }

  @Test
  void theSameSeedGivesTheSameDatabase() throws SQLException {
    Path a = tmp.resolve("a.db");
    Path b = tmp.resolve("b.db");
    new EventCorpus(300, 42).write(a);
    new EventCorpus(300, 42).write(b);
    String q = "SELECT id, block, cameo, date_value, status, mentions, outlets FROM story_events ORDER BY id";
    String m = "SELECT article_id, idx, evidence, story_id FROM event_mentions ORDER BY article_id, idx";
    try (Connection ca = DriverManager.getConnection("jdbc:sqlite:" + a);
        Connection cb = DriverManager.getConnection("jdbc:sqlite:" + b)) {
      assertEquals(text(ca, q), text(cb, q));
      assertEquals(text(ca, m), text(cb, m));
    }
  }

  @Test
  void refusesADatabaseThatHoldsArticlesAndABadCount() {
    Path db = tmp.resolve("full.db");
    new EventCorpus(10, 1).write(db);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EventCorpus(10, 1).write(db));
    assertTrue(e.getMessage().contains("already holds"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EventCorpus(0, 1));
  }
}
