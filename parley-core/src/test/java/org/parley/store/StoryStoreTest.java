package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.event.EventStage;
import org.parley.pipeline.Document;
import org.parley.pipeline.Layer;
import org.parley.quote.QuoteStage;

/** Event and quote rows written with their article, and story events kept in step, batch by batch. */
class StoryStoreTest {
  @TempDir Path tmp;

  @Test
  void rowsAreWrittenWithTheArticleAndADuplicateAddsNone() throws SQLException {
    List<Document> docs = StoryArticles.all();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("rows.db"))) {
      docs.forEach(store::put);
      int events = docs.stream().mapToInt(d -> d.get(EventStage.EVENTS).list().size()).sum();
      assertEquals(events, count(store, "SELECT count(*) FROM event_mentions"));
      assertEquals(1, count(store, "SELECT count(*) FROM quote_mentions"));
      store.put(docs.get(1));
      assertEquals(events, count(store, "SELECT count(*) FROM event_mentions"));
      assertEquals(
          List.of("2031-12|month|2031-12-01|2031-12-31|0|04|~|ida-vane|tomas-orso|planned"),
          rows(store,
              "SELECT date_value, date_granularity, date_lo, date_hi, date_from_publication, block, status"
                  + " FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                  + " WHERE a.source = 'press/1.txt' AND m.idx = 0"));
      assertEquals(
          List.of("2031-11-09|2031-11-09|1|tomas-orso|Tomas Orso|VALGOV|VAL|ida-vane"),
          rows(store,
              "SELECT date_lo, date_hi, date_from_publication, source_id, source_name, source_code,"
                  + " source_country, target_id FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                  + " WHERE a.source = 'wire/1.txt' AND m.idx = 0"));
      assertEquals(
          List.of("We made progress,|full|Orso|tomas-orso|Tomas Orso|said|2031-11-08"),
          rows(store, "SELECT text, kind, speaker_text, speaker_id, speaker_name, cue, said_on FROM quote_mentions"));
      assertEquals(1, count(store, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'progress'"));
      assertEquals(events, count(store, "SELECT count(*) FROM event_mentions WHERE story_id IS NULL"));
    }
  }

  @Test
  void theMergeGivesTheStoryEventsOfTheseArticles() throws SQLException {
    try (ArticleStore store = ArticleStore.open(tmp.resolve("merge.db"))) {
      StoryArticles.all().forEach(store::put);
      StoryUpdate u = store.updateStories();
      assertEquals(3, u.blocks()); // the pair's root 04 (meeting, visit, hypothetical), the threat, the blog
      assertEquals(5, u.storyEvents());
      assertEquals(0, count(store, "SELECT count(*) FROM event_mentions WHERE story_id IS NULL"));
      assertEquals(
          List.of(
              "2031-11-07|day|040|hypothetical|1|1|1|[]",
              "2031-11-08|day|040|happened|4|4|3|[{\"field\":\"date\",\"values\":{\"2031-11-08\":2,\"2031-11-07\":1}}]",
              "2031-11-08|day|138|happened|1|1|1|[]",
              "2031-12-12|day|042|cancelled|3|3|2|[{\"field\":\"status\",\"values\":{\"cancelled\":1,\"happened\":1}}]",
              "null|null|040|happened|1|1|1|[]"),
          rows(store,
              "SELECT date_value, date_granularity, cameo, status, mentions, articles, outlets, disagreements"
                  + " FROM story_events ORDER BY date_lo IS NULL, date_lo, cameo"));
      // Every mention points at a story event of its own block.
      assertEquals(
          0,
          count(store,
              "SELECT count(*) FROM event_mentions m LEFT JOIN story_events s ON s.id = m.story_id"
                  + " WHERE s.id IS NULL OR s.block <> m.block"));
      assertEquals(0, store.updateStories().blocks()); // nothing new
    }
  }

  @Test
  void batchesInAnyOrderGiveWhatOneMergeOfEverythingGives() throws SQLException {
    List<Document> docs = StoryArticles.all();
    List<List<String>> expected;
    try (ArticleStore store = ArticleStore.open(tmp.resolve("all.db"))) {
      docs.forEach(store::put);
      store.rebuildStories();
      expected = dump(store);
    }
    Random random = new Random(11);
    for (int round = 0; round < 8; round++) {
      List<Document> shuffled = new ArrayList<>(docs);
      Collections.shuffle(shuffled, random);
      int split = 1 + random.nextInt(shuffled.size() - 1);
      try (ArticleStore store = ArticleStore.open(tmp.resolve("batches" + round + ".db"))) {
        shuffled.subList(0, split).forEach(store::put);
        store.updateStories();
        shuffled.subList(split, shuffled.size()).forEach(store::put);
        StoryUpdate second = store.updateStories();
        assertTrue(second.blocks() <= 3);
        assertEquals(expected, dump(store), "round " + round + ", split at " + split);
      }
    }
  }

  /** The lookup tables of the event filters hold exactly the keys of the story events, after every kind of write. */
  @Test
  void theLookupTablesFollowTheStoryEventsThroughMergesAndRebuilds() throws SQLException {
    List<Document> docs = StoryArticles.all();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("lookups.db"))) {
      docs.subList(0, docs.size() / 2).forEach(store::put);
      store.updateStories();
      assertEquals(expectedLookups(store), lookups(store));
      docs.subList(docs.size() / 2, docs.size()).forEach(store::put);
      store.updateStories();
      List<List<String>> merged = lookups(store);
      assertEquals(expectedLookups(store), merged);
      assertFalse(merged.get(0).isEmpty());
      assertFalse(merged.get(1).isEmpty());
      assertFalse(merged.get(2).isEmpty());
      // No duplicate rows: each key once per story event.
      assertEquals(count(store, "SELECT count(*) FROM story_actors"), merged.get(0).size());
      assertEquals(count(store, "SELECT count(*) FROM story_pairs"), merged.get(1).size());
      assertEquals(count(store, "SELECT count(*) FROM story_outlets"), merged.get(2).size());
      store.rebuildStories();
      assertEquals(merged, lookups(store));
      // Re-merging a block replaces its rows rather than adding to them.
      try (Statement st = connection(store).createStatement()) {
        st.executeUpdate("UPDATE event_mentions SET story_id = NULL WHERE rowid IN (SELECT min(rowid) FROM event_mentions)");
      }
      assertEquals(1, store.updateStories().blocks());
      assertEquals(merged, lookups(store));
      // The full-text rows: one per story event, its mentions' distinct evidence sentences.
      assertEquals(
          rows(store, "SELECT s.id, (SELECT group_concat(e, char(10)) FROM (SELECT DISTINCT m.evidence AS e"
              + " FROM event_mentions m WHERE m.story_id = s.id ORDER BY 1)) FROM story_events s ORDER BY s.id"),
          rows(store, "SELECT s.id, f.evidence FROM story_events s JOIN story_events_fts f ON f.rowid = s.seq"
              + " ORDER BY s.id"));
      assertEquals(count(store, "SELECT count(*) FROM story_events"), count(store, "SELECT count(*) FROM story_events_fts"));
    }
  }

  @Test
  void onlyTheBlocksOfNewMentionsAreMergedAgain() throws SQLException {
    List<Document> docs = StoryArticles.all();
    try (ArticleStore store = ArticleStore.open(tmp.resolve("touched.db"))) {
      docs.stream().filter(d -> !d.article().source().equals("wire/2.txt")).forEach(store::put);
      store.updateStories();
      List<String> before = rows(store, "SELECT * FROM story_events ORDER BY id");
      store.put(docs.stream().filter(d -> d.article().source().equals("wire/2.txt")).findFirst().orElseThrow());
      StoryUpdate u = store.updateStories();
      assertEquals(1, u.blocks());
      assertEquals(1, u.mentions());
      List<String> after = rows(store, "SELECT * FROM story_events ORDER BY id");
      assertTrue(after.containsAll(before));
      assertEquals(before.size() + 1, after.size());
    }
  }

  @Test
  void aVersion2DatabaseGetsItsRowsAndStoriesWhenOpened() throws Exception {
    List<Document> docs = StoryArticles.all();
    Path fresh = tmp.resolve("fresh.db");
    try (ArticleStore store = ArticleStore.open(fresh)) {
      docs.forEach(store::put);
      store.updateStories();
    }
    Path old = tmp.resolve("v2.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
      new Migrations(Migrations.builtIn().scripts().subList(0, 2)).apply(c, "v2.db");
      for (Document d : docs) {
        try (PreparedStatement st = c.prepareStatement(ArticleRows.INSERT)) {
          ArticleRows.bindInsert(
              st, d.article(), d.article().contentHash(), TestArticles.spans(d.article().body()), Instant.EPOCH);
          st.executeUpdate();
        }
        for (Layer<?> layer : List.<Layer<?>>of(EventStage.EVENTS, QuoteStage.QUOTES)) {
          try (PreparedStatement st = c.prepareStatement(ArticleRows.INSERT_LAYER)) {
            st.setString(1, d.article().id());
            st.setString(2, layer.name());
            st.setString(3, layer.toJson(d.get(layer)));
            st.executeUpdate();
          }
        }
      }
    }
    try (ArticleStore store = ArticleStore.open(old)) {
      assertEquals(3, store.schemaVersion());
      assertEquals(0, count(store, "SELECT count(*) FROM records_backfill"));
      List<List<String>> backfilled = dump(store);
      try (ArticleStore reference = ArticleStore.open(fresh)) {
        assertEquals(dump(reference), backfilled);
        assertEquals(
            rows(reference, "SELECT * FROM quote_mentions ORDER BY article_id, idx"),
            rows(store, "SELECT * FROM quote_mentions ORDER BY article_id, idx"));
      }
      assertFalse(backfilled.get(0).isEmpty());
    }
    try (ArticleStore again = ArticleStore.open(old)) {
      assertEquals(0, again.updateStories().blocks());
    }
  }

  @Test
  void aBrokenLayerIsReportedByArticle() throws Exception {
    Path old = tmp.resolve("broken.db");
    Document d = StoryArticles.all().get(0);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
      new Migrations(Migrations.builtIn().scripts().subList(0, 2)).apply(c, "broken.db");
      try (PreparedStatement st = c.prepareStatement(ArticleRows.INSERT)) {
        ArticleRows.bindInsert(st, d.article(), d.article().contentHash(), List.of(), Instant.EPOCH);
        st.executeUpdate();
      }
      try (Statement st = c.createStatement()) {
        st.executeUpdate(
            "INSERT INTO article_layers VALUES ('" + d.article().id() + "', 'events', '[{\"start\":0}]')");
      }
    }
    StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> ArticleStore.open(old));
    assertTrue(e.getMessage().contains(d.article().id()), e.getMessage());
  }

  /** Every story event row, every mention's story id, and the filters' lookup tables. */
  static List<List<String>> dump(ArticleStore store) throws SQLException {
    return List.of(
        rows(store, "SELECT " + STORY_COLUMNS + " FROM story_events ORDER BY id"),
        rows(store, "SELECT article_id, idx, block, story_id FROM event_mentions ORDER BY article_id, idx"),
        rows(store, "SELECT * FROM story_actors ORDER BY story_id, key"),
        rows(store, "SELECT * FROM story_pairs ORDER BY story_id, a, b"),
        rows(store, "SELECT * FROM story_outlets ORDER BY story_id, outlet"),
        rows(store, "SELECT s.id, f.evidence FROM story_events s JOIN story_events_fts f ON f.rowid = s.seq ORDER BY s.id"));
  }

  /** Every column of story_events but seq (a rowid, numbered in the order events were written). */
  static final String STORY_COLUMNS =
      "id, block, cameo, cameo_root, cameo_name, goldstein, quad, plover_type, plover_mode, source_id, source_name,"
          + " source_code, source_country, target_id, target_name, target_code, target_country, symmetric,"
          + " date_value, date_granularity, date_mod, date_lo, date_hi, status, mentions, articles, outlets,"
          + " first_reported, disagreements";

  /** The columns a lookup table copies from its story event. */
  private static String copied(ResultSet rs) throws SQLException {
    return rs.getString("date_lo") + "|" + rs.getString("date_hi") + "|" + rs.getString("cameo") + "|"
        + rs.getString("status");
  }

  /**
   * The lookup tables, computed here from story_events and the mentions' articles: every key (id, code,
   * country) on either side; every (source key, target key) in both orders; every outlet, lower-cased.
   */
  static List<List<String>> expectedLookups(ArticleStore store) throws SQLException {
    java.util.TreeSet<String> actors = new java.util.TreeSet<>();
    java.util.TreeSet<String> pairs = new java.util.TreeSet<>();
    java.util.TreeSet<String> outlets = new java.util.TreeSet<>();
    try (Statement st = connection(store).createStatement();
        ResultSet rs = st.executeQuery("SELECT id, date_lo, source_id, source_code, source_country, target_id,"
            + " target_code, target_country, date_hi, cameo, status FROM story_events")) {
      while (rs.next()) {
        String id = rs.getString(1);
        String lo = copied(rs);
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        for (int i = 3; i <= 5; i++) {
          if (rs.getString(i) != null) {
            source.add(rs.getString(i));
          }
          if (rs.getString(i + 3) != null) {
            target.add(rs.getString(i + 3));
          }
        }
        for (String k : source) {
          actors.add(id + "|" + k + "|" + lo);
          for (String t : target) {
            pairs.add(id + "|" + k + "|" + t + "|" + lo);
            pairs.add(id + "|" + t + "|" + k + "|" + lo);
          }
        }
        for (String k : target) {
          actors.add(id + "|" + k + "|" + lo);
        }
      }
    }
    try (Statement st = connection(store).createStatement();
        ResultSet rs = st.executeQuery("SELECT s.id, s.date_lo, a.outlet, s.date_hi, s.cameo, s.status FROM story_events s"
            + " JOIN event_mentions m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id"
            + " WHERE a.outlet IS NOT NULL")) {
      while (rs.next()) {
        outlets.add(rs.getString(1) + "|" + rs.getString(3).toLowerCase(java.util.Locale.ROOT) + "|" + copied(rs));
      }
    }
    return List.of(new ArrayList<>(actors), new ArrayList<>(pairs), new ArrayList<>(outlets));
  }

  /** The lookup tables in the form of {@link #expectedLookups}. */
  static List<List<String>> lookups(ArticleStore store) throws SQLException {
    return List.of(
        new ArrayList<>(new java.util.TreeSet<>(
            rows(store, "SELECT story_id, key, date_lo, date_hi, cameo, status FROM story_actors"))),
        new ArrayList<>(new java.util.TreeSet<>(
            rows(store, "SELECT story_id, a, b, date_lo, date_hi, cameo, status FROM story_pairs"))),
        new ArrayList<>(new java.util.TreeSet<>(
            rows(store, "SELECT story_id, outlet, date_lo, date_hi, cameo, status FROM story_outlets"))));
  }

  static List<String> rows(ArticleStore store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = connection(store).createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (i > 1) {
            sb.append('|');
          }
          sb.append(rs.getString(i));
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  static int count(ArticleStore store, String sql) throws SQLException {
    return Integer.parseInt(rows(store, sql).get(0));
  }

  static Connection connection(ArticleStore store) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + store.file());
  }
}
